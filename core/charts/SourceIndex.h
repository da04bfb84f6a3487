#pragma once

#include "model/Dataset.h"

#include <QCoreApplication>
#include <QHash>

namespace innoatlas {

/**
 * Finds the source of every quote of a dataset and writes the source lines charts carry:
 * "Sources: Kuki News (2023-11-29, 2024-03); Hankook Ilbo (2023-11-29)".
 */
class SourceIndex
{
    Q_DECLARE_TR_FUNCTIONS(SourceIndex)

public:
    explicit SourceIndex(const Dataset &dataset);

    /** The source a quote belongs to, or nullptr. */
    const Source *sourceOfQuote(const QString &quoteKey) const;
    const Source *source(const QString &sourceKey) const;
    /** The distinct sources of @p quoteKeys, in order of first mention; unknown quotes are skipped. */
    QStringList sourceKeys(const QStringList &quoteKeys) const;

    /** "Kuki News, 2023-11-29" ("c. 2022-01" for an approximate date). */
    QString describe(const QString &sourceKey, Language language) const;
    /** A source's date as far as it is known: "2023-11-29", "2023-11", "2011", "c. 2022-01". */
    static QString dateText(const PartialDate &date);

    /**
     * One line naming every source by publisher with its dates, publishers in order of first
     * mention: "Sources: Kuki News (2023-11-29, 2024-03); …". Empty when @p sourceKeys is.
     */
    QString sourceLine(const QStringList &sourceKeys, Language language) const;

private:
    QHash<QString, const Source *> m_sources;
    QHash<QString, const Source *> m_quoteSources;
};

} // namespace innoatlas
