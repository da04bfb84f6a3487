#pragma once

#include "review/Clock.h"
#include "review/Finding.h"

#include <QSet>
#include <QSqlDatabase>

namespace innoatlas {

/**
 * Findings a translator accepted as they are (migration 005's finding_dismissal): a number
 * that legitimately differs, a term that is right in context. A dismissal names the finding
 * by its check, field, language and the excerpts it quotes, so the same finding stays quiet
 * while a changed text that raises a different one is reported again. The workspace and
 * `innoatlas-cli check` leave dismissed findings out and count them.
 *
 * Each write is one transaction. Refusals come back as a message in the interface language.
 */
class FindingDismissals
{
public:
    explicit FindingDismissals(QSqlDatabase database, Clock clock = systemClock());

    /** Records @p finding as accepted by @p userName; false with @p error set when it cannot. */
    bool dismiss(const Finding &finding, const QString &userName, QString *error = nullptr);
    /** Forgets the dismissal of @p finding, so that it is reported again. */
    bool restore(const Finding &finding, QString *error = nullptr);
    /** Reads the dismissals again (after another connection changed them). */
    void reload();

    bool isDismissed(const Finding &finding) const;
    /** The findings of @p findings that are not dismissed; @p dismissed receives how many were left out. */
    QVector<Finding> open(const QVector<Finding> &findings, int *dismissed = nullptr) const;
    int count() const { return m_dismissed.size(); }

    /** The excerpts of a finding as stored: its arguments joined with U+001F. */
    static QString argumentText(const Finding &finding);

private:
    static QString identity(const QString &entityKey, const QString &field, const QString &lang, const QString &checkId,
                            const QString &arguments);
    static QString identity(const Finding &finding);
    bool write(const Finding &finding, const QString *userName, QString *error);

    QSqlDatabase m_database;
    Clock m_clock;
    QSet<QString> m_dismissed;
};

} // namespace innoatlas
