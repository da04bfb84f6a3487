#include "importers/RegionIndex.h"

#include "store/SqlQuery.h"

namespace innoatlas {

void RegionIndex::load(const QSqlDatabase &database)
{
    m_database = database;
    m_regions.clear();
    m_byCode.clear();
    m_byKey.clear();
    m_byName.clear();
    m_countryKey.clear();

    SqlQuery regions(database, QStringLiteral("SELECT r.id, e.key, r.code, r.level, r.country, p.key FROM region r "
                                              "JOIN entity e ON e.id = r.id LEFT JOIN entity p ON p.id = r.parent_id "
                                              "ORDER BY r.ordinal"));
    regions.exec();
    QHash<qint64, int> byId;
    while (regions.next()) {
        ExistingRegion region;
        region.id = regions.value(0).toLongLong();
        region.key = regions.value(1).toString();
        region.code = regions.value(2).toString();
        region.level = regions.value(3).toString();
        region.country = regions.value(4).toString();
        region.parentKey = regions.value(5).toString();
        byId.insert(region.id, int(m_regions.size()));
        m_regions.append(region);
    }

    SqlQuery names(database, QStringLiteral("SELECT t.entity_id, t.lang, t.text, t.status FROM localized_text t "
                                            "JOIN region r ON r.id = t.entity_id WHERE t.field = 'name'"));
    names.exec();
    while (names.next()) {
        const auto index = byId.constFind(names.value(0).toLongLong());
        if (index == byId.constEnd())
            continue;
        LocalizedText &name = m_regions[*index].name;
        ReviewStatus status = ReviewStatus::Missing;
        parseReviewStatus(names.value(3).toString(), &status);
        if (names.value(1).toString() == QLatin1String("ko")) {
            name.ko = names.value(2).toString();
            name.koStatus = status;
        } else {
            name.en = names.value(2).toString();
            name.enStatus = status;
        }
    }

    SqlQuery population(database, QStringLiteral("SELECT id, region_id, year, value FROM population"));
    population.exec();
    while (population.next()) {
        const auto index = byId.constFind(population.value(1).toLongLong());
        if (index != byId.constEnd())
            m_regions[*index].population.insert(population.value(2).toInt(),
                                                {population.value(0).toLongLong(), population.value(3).toLongLong()});
    }

    for (int i = 0; i < m_regions.size(); ++i) {
        const ExistingRegion &region = m_regions.at(i);
        if (!region.code.isEmpty())
            m_byCode.insert(region.code, i);
        m_byKey.insert(region.key, i);
        if (!region.name.ko.isEmpty())
            m_byName.insert(region.name.ko, i);
        if (region.level == QLatin1String("country") && region.country == QLatin1String("KR") && m_countryKey.isEmpty())
            m_countryKey = region.key;
    }
}

const ExistingRegion *RegionIndex::byCode(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.constEnd() ? nullptr : &m_regions.at(*it);
}

const ExistingRegion *RegionIndex::byKey(const QString &key) const
{
    const auto it = m_byKey.constFind(key);
    return it == m_byKey.constEnd() ? nullptr : &m_regions.at(*it);
}

QVector<const ExistingRegion *> RegionIndex::byKoreanName(const QString &name) const
{
    QVector<const ExistingRegion *> found;
    for (auto it = m_byName.constFind(name); it != m_byName.constEnd() && it.key() == name; ++it)
        found.append(&m_regions.at(*it));
    return found;
}

bool RegionIndex::keyInUse(const QString &key) const
{
    if (m_byKey.contains(key))
        return true;
    SqlQuery query(m_database, QStringLiteral("SELECT 1 FROM entity WHERE key = ?"));
    query.bind(key).exec();
    return query.next();
}

} // namespace innoatlas
