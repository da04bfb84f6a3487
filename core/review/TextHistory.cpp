#include "review/TextHistory.h"

#include "store/SqlQuery.h"

namespace innoatlas {

QVector<HistoryEntry> TextHistory::select(const QString &where, const QVariantList &values, const QString &order) const
{
    SqlQuery query(m_database,
                   QStringLiteral("SELECT h.id, h.batch, h.changed_at, h.user_name, h.origin, e.key, h.field, h.lang, "
                                  "h.old_text, h.new_text, h.old_status, h.new_status, h.reason "
                                  "FROM text_history h JOIN entity e ON e.id = h.entity_id WHERE ") +
                       where + QStringLiteral(" ORDER BY ") + order);
    for (const QVariant &value : values)
        query.bind(value);
    query.exec();
    QVector<HistoryEntry> entries;
    while (query.next()) {
        HistoryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.batch = query.value(1).toLongLong();
        entry.changedAt = query.value(2).toString();
        entry.userName = query.value(3).toString();
        entry.origin = query.value(4).toString();
        entry.edit.key = {query.value(5).toString(), query.value(6).toString()};
        entry.edit.language = query.value(7).toString() == QLatin1String("ko") ? Language::Korean : Language::English;
        entry.edit.oldText = query.value(8).toString();
        entry.edit.newText = query.value(9).toString();
        parseReviewStatus(query.value(10).toString(), &entry.edit.oldStatus);
        parseReviewStatus(query.value(11).toString(), &entry.edit.newStatus);
        parseEditReason(query.value(12).toString(), &entry.edit.reason);
        entries << entry;
    }
    return entries;
}

QVector<HistoryEntry> TextHistory::ofField(const FieldKey &key, std::optional<Language> language) const
{
    QString where = QStringLiteral("e.key = ? AND h.field = ?");
    QVariantList values{key.entityKey, key.field};
    if (language) {
        where += QStringLiteral(" AND h.lang = ?");
        values << languageCode(*language);
    }
    return select(where, values, QStringLiteral("h.id DESC"));
}

QVector<HistoryEntry> TextHistory::ofEntity(const QString &entityKey) const
{
    return select(QStringLiteral("e.key = ?"), {entityKey}, QStringLiteral("h.id DESC"));
}

QVector<HistoryEntry> TextHistory::ofBatch(qint64 batch) const
{
    return select(QStringLiteral("h.batch = ?"), {batch}, QStringLiteral("h.id"));
}

QHash<FieldKey, HistoryEntry> TextHistory::latestPerField() const
{
    QHash<FieldKey, HistoryEntry> latest;
    const QVector<HistoryEntry> entries =
        select(QStringLiteral("h.id IN (SELECT MAX(id) FROM text_history GROUP BY entity_id, field)"), {},
               QStringLiteral("h.id"));
    for (const HistoryEntry &entry : entries)
        latest.insert(entry.edit.key, entry);
    return latest;
}

QVector<HistoryEntry> TextHistory::recent(int limit) const
{
    return select(QStringLiteral("1"), {limit}, QStringLiteral("h.id DESC LIMIT ?"));
}

} // namespace innoatlas
