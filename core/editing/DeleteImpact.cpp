#include "editing/DeleteImpact.h"

#include "store/SqlQuery.h"

#include <QHash>

#include <algorithm>

namespace innoatlas {

namespace {
struct Reference
{
    const char *table;
    const char *column;
    /** The referring entity's id column (the link tables' other side). */
    const char *idColumn;
    ImpactItem::Effect effect;
};

// The schema's references to entities, with what deleting the referenced entity does to the referrer.
const Reference references[] = {
    {"quote", "source_id", "id", ImpactItem::Effect::Deleted},
    {"population", "region_id", "id", ImpactItem::Effect::Deleted},
    {"participation", "region_id", "id", ImpactItem::Effect::Deleted},
    {"participation", "organisation_id", "id", ImpactItem::Effect::Deleted},
    {"participation", "plan_id", "id", ImpactItem::Effect::Deleted},
    {"participation", "event_id", "id", ImpactItem::Effect::Deleted},
    {"element", "plan_id", "id", ImpactItem::Effect::Deleted},
    {"element", "parent_id", "id", ImpactItem::Effect::Deleted},
    {"stated_count", "plan_id", "id", ImpactItem::Effect::Deleted},
    {"budget_line", "plan_id", "id", ImpactItem::Effect::Deleted},
    {"target", "plan_id", "id", ImpactItem::Effect::Deleted},
    {"indicator", "owner_id", "id", ImpactItem::Effect::Deleted},
    {"figure", "owner_id", "id", ImpactItem::Effect::Deleted},
    {"organisation", "region_id", "id", ImpactItem::Effect::Unlinked},
    {"budget_line", "element_id", "id", ImpactItem::Effect::Unlinked},
    {"event", "plan_id", "id", ImpactItem::Effect::Unlinked},
    {"figure_quote", "quote_id", "figure_id", ImpactItem::Effect::Unlinked},
    {"citation", "quote_id", "entity_id", ImpactItem::Effect::Unlinked},
    {"plan_theme", "theme_id", "plan_id", ImpactItem::Effect::Unlinked},
    {"region", "parent_id", "id", ImpactItem::Effect::Blocking},
    {"plan", "region_id", "id", ImpactItem::Effect::Blocking},
    {"event", "region_id", "id", ImpactItem::Effect::Blocking},
};

void describe(const QSqlDatabase &database, ImpactItem &item)
{
    SqlQuery entity(database, QStringLiteral("SELECT key, kind FROM entity WHERE id = ?"));
    entity.bind(item.id).exec();
    if (entity.next()) {
        item.key = entity.value(0).toString();
        item.kind = entity.value(1).toString();
    }
    // The entity's most prominent text: its name, title, label or metric; a quote's own words.
    SqlQuery text(database,
                  QStringLiteral("SELECT lang, text FROM localized_text WHERE entity_id = ? AND text <> '' AND field = "
                                 "(SELECT field FROM localized_text WHERE entity_id = ? AND text <> '' ORDER BY "
                                 "CASE field WHEN 'name' THEN 0 WHEN 'title' THEN 1 WHEN 'label' THEN 2 "
                                 "WHEN 'metric' THEN 3 ELSE 4 END LIMIT 1)"));
    text.bind(item.id).bind(item.id).exec();
    while (text.next())
        (text.value(0).toString() == QLatin1String("ko") ? item.nameKo : item.nameEn) = text.value(1).toString();
    if (item.nameKo.isEmpty() && item.nameEn.isEmpty() && item.kind == QLatin1String("quote")) {
        SqlQuery quote(database, QStringLiteral("SELECT text FROM quote WHERE id = ?"));
        quote.bind(item.id).exec();
        if (quote.next())
            item.nameKo = item.nameEn = quote.value(0).toString();
    }
}
} // namespace

DeleteImpact DeleteImpact::of(const QSqlDatabase &database, qint64 id)
{
    DeleteImpact impact;
    QHash<qint64, int> seen{{id, 0}}; // id → index in m_items
    impact.m_items.append(ImpactItem{ImpactItem::Effect::Deleted, id, {}, {}, {}, {}});
    // Breadth first: what the entity takes with it, then what those take with them.
    for (int i = 0; i < impact.m_items.size(); ++i) {
        if (impact.m_items.at(i).effect != ImpactItem::Effect::Deleted)
            continue;
        const qint64 current = impact.m_items.at(i).id;
        for (const Reference &ref : references) {
            SqlQuery query(database,
                           QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %3 = ?")
                               .arg(QLatin1String(ref.idColumn), QLatin1String(ref.table), QLatin1String(ref.column)));
            query.bind(current).exec();
            while (query.next()) {
                const qint64 other = query.value(0).toLongLong();
                const auto known = seen.constFind(other);
                if (known == seen.constEnd()) {
                    seen.insert(other, int(impact.m_items.size()));
                    impact.m_items.append(ImpactItem{ref.effect, other, {}, {}, {}, {}});
                } else if (ref.effect == ImpactItem::Effect::Deleted) {
                    const int index = *known;
                    if (impact.m_items.at(index).effect == ImpactItem::Effect::Deleted)
                        continue;
                    // Found first as merely unlinked, but a cascade takes it too: it is deleted, and
                    // listed again at the end so that what it takes with it is followed as well.
                    ImpactItem item = impact.m_items.at(index);
                    item.effect = ImpactItem::Effect::Deleted;
                    impact.m_items[index].id = -1; // dropped below
                    seen.insert(other, int(impact.m_items.size()));
                    impact.m_items.append(item);
                }
            }
        }
    }
    impact.m_items.erase(std::remove_if(impact.m_items.begin(), impact.m_items.end(),
                                        [](const ImpactItem &item) { return item.id < 0; }),
                         impact.m_items.end());
    for (ImpactItem &item : impact.m_items)
        describe(database, item);
    return impact;
}

QVector<ImpactItem> DeleteImpact::filtered(ImpactItem::Effect effect) const
{
    QVector<ImpactItem> result;
    for (const ImpactItem &item : m_items) {
        if (item.effect == effect)
            result.append(item);
    }
    return result;
}

QList<qint64> DeleteImpact::ids() const
{
    QList<qint64> ids;
    for (const ImpactItem &item : m_items)
        ids << item.id;
    return ids;
}

} // namespace innoatlas
