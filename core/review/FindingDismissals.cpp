#include "review/FindingDismissals.h"

#include "review/ReviewText.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

namespace innoatlas {

namespace {
const QChar kSeparator(0x1f);
}

FindingDismissals::FindingDismissals(QSqlDatabase database, Clock clock)
    : m_database(std::move(database)), m_clock(clock ? std::move(clock) : systemClock())
{
    reload();
}

QString FindingDismissals::argumentText(const Finding &finding)
{
    return finding.arguments.join(kSeparator);
}

QString FindingDismissals::identity(const QString &entityKey, const QString &field, const QString &lang,
                                    const QString &checkId, const QString &arguments)
{
    return QStringList{entityKey, field, lang, checkId, arguments}.join(QChar(0x1e));
}

QString FindingDismissals::identity(const Finding &finding)
{
    return identity(finding.key.entityKey, finding.key.field, languageCode(finding.language), finding.checkId,
                    argumentText(finding));
}

void FindingDismissals::reload()
{
    m_dismissed.clear();
    SqlQuery query(m_database, QStringLiteral("SELECT e.key, d.field, d.lang, d.check_id, d.arguments "
                                              "FROM finding_dismissal d JOIN entity e ON e.id = d.entity_id"));
    query.exec();
    while (query.next()) {
        m_dismissed.insert(identity(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                    query.value(3).toString(), query.value(4).toString()));
    }
}

bool FindingDismissals::isDismissed(const Finding &finding) const
{
    return m_dismissed.contains(identity(finding));
}

QVector<Finding> FindingDismissals::open(const QVector<Finding> &findings, int *dismissed) const
{
    QVector<Finding> result;
    for (const Finding &finding : findings) {
        if (!isDismissed(finding))
            result << finding;
    }
    if (dismissed)
        *dismissed = int(findings.size() - result.size());
    return result;
}

bool FindingDismissals::dismiss(const Finding &finding, const QString &userName, QString *error)
{
    return write(finding, &userName, error);
}

bool FindingDismissals::restore(const Finding &finding, QString *error)
{
    return write(finding, nullptr, error);
}

bool FindingDismissals::write(const Finding &finding, const QString *userName, QString *error)
{
    try {
        Transaction transaction(m_database);
        SqlQuery entity(m_database, QStringLiteral("SELECT id FROM entity WHERE key = ?"));
        entity.bind(finding.key.entityKey).exec();
        if (!entity.next()) {
            if (error)
                *error = ReviewText::tr("no entity has the key \"%1\"").arg(finding.key.entityKey);
            return false;
        }
        const qint64 id = entity.value(0).toLongLong();
        if (userName) {
            SqlQuery(m_database, QStringLiteral("INSERT OR REPLACE INTO finding_dismissal (entity_id, field, lang, "
                                                "check_id, arguments, dismissed_at, dismissed_by) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?)"))
                .bind(id)
                .bind(finding.key.field)
                .bind(languageCode(finding.language))
                .bind(finding.checkId)
                .bind(argumentText(finding))
                .bind(historyTimestamp(m_clock()))
                .bind(*userName)
                .exec();
        } else {
            SqlQuery(m_database, QStringLiteral("DELETE FROM finding_dismissal WHERE entity_id = ? AND field = ? "
                                                "AND lang = ? AND check_id = ? AND arguments = ?"))
                .bind(id)
                .bind(finding.key.field)
                .bind(languageCode(finding.language))
                .bind(finding.checkId)
                .bind(argumentText(finding))
                .exec();
        }
        transaction.commit();
    } catch (const StoreError &e) {
        if (error)
            *error = e.message();
        return false;
    }
    if (userName)
        m_dismissed.insert(identity(finding));
    else
        m_dismissed.remove(identity(finding));
    return true;
}

} // namespace innoatlas
