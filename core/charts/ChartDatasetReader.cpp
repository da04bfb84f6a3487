#include "charts/ChartDatasetReader.h"

#include "query/QueryText.h"
#include "store/SqlQuery.h"

#include <QHash>

namespace innoatlas {

namespace {
/** The keys and texts of the few entities a chart names: plans, regions, themes and sources. */
struct Names
{
    QHash<qint64, QString> keys;
    QHash<QPair<qint64, QString>, LocalizedText> texts;

    explicit Names(const QSqlDatabase &database)
    {
        const QString owners = QStringLiteral("(SELECT id FROM plan UNION ALL SELECT id FROM region UNION ALL "
                                              "SELECT id FROM theme UNION ALL SELECT id FROM source)");
        SqlQuery entities(database, QStringLiteral("SELECT id, key FROM entity WHERE id IN ") + owners);
        entities.exec();
        while (entities.next())
            keys.insert(entities.value(0).toLongLong(), entities.value(1).toString());
        SqlQuery rows(database, QStringLiteral("SELECT entity_id, field, lang, text, status FROM localized_text "
                                               "WHERE field IN ('title', 'name', 'publisher') AND entity_id IN ") +
                                    owners);
        rows.exec();
        while (rows.next()) {
            QueryText::setLanguage(texts[{rows.value(0).toLongLong(), rows.value(1).toString()}],
                                   rows.value(2).toString(), rows.value(3).toString(), rows.value(4).toString());
        }
    }

    QString key(const QVariant &id) const { return id.isNull() ? QString() : keys.value(id.toLongLong()); }
    LocalizedText text(qint64 id, const char *field) const { return texts.value({id, QString::fromLatin1(field)}); }
};
} // namespace

Dataset ChartDatasetReader::read(const QSqlDatabase &database)
{
    const Names names(database);
    Dataset dataset;

    // The quotes of population figures, by population, and the sources they belong to.
    QHash<qint64, QStringList> populationQuotes;
    QHash<qint64, QVector<Quote>> sourceQuotes;
    SqlQuery cited(database,
                   QStringLiteral("SELECT f.owner_id, e.key, q.source_id FROM population p "
                                  "JOIN figure f ON f.owner_id = p.id AND f.field = 'value' "
                                  "JOIN figure_quote fq ON fq.figure_id = f.id JOIN quote q ON q.id = "
                                  "fq.quote_id JOIN entity e ON e.id = q.id ORDER BY f.owner_id, fq.ordinal"));
    cited.exec();
    while (cited.next()) {
        const QString quoteKey = cited.value(1).toString();
        populationQuotes[cited.value(0).toLongLong()] << quoteKey;
        sourceQuotes[cited.value(2).toLongLong()].append({quoteKey, QString(), {}});
    }

    SqlQuery sources(database, QStringLiteral("SELECT id, kind, published, published_precision, language "
                                              "FROM source ORDER BY ordinal"));
    sources.exec();
    while (sources.next()) {
        const qint64 id = sources.value(0).toLongLong();
        Source source;
        source.key = names.keys.value(id);
        source.kind = sources.value(1).toString();
        source.published = QueryText::readDate(sources.value(2), sources.value(3));
        source.language = sources.value(4).toString();
        source.publisher = names.text(id, "publisher");
        source.title = names.text(id, "title");
        source.quotes = sourceQuotes.value(id);
        dataset.sources.append(std::move(source));
    }

    SqlQuery themes(database, QStringLiteral("SELECT id FROM theme ORDER BY ordinal"));
    themes.exec();
    while (themes.next()) {
        const qint64 id = themes.value(0).toLongLong();
        dataset.themes.append({names.keys.value(id), names.text(id, "name")});
    }

    QHash<qint64, QVector<PopulationFigure>> populations;
    SqlQuery population(database, QStringLiteral("SELECT id, region_id, year, value FROM population "
                                                 "ORDER BY region_id, ordinal"));
    population.exec();
    while (population.next()) {
        PopulationFigure figure{population.value(2).toInt(), population.value(3).toLongLong(), {}};
        figure.citation.quoteKeys = populationQuotes.value(population.value(0).toLongLong());
        populations[population.value(1).toLongLong()].append(figure);
    }
    SqlQuery regions(database,
                     QStringLiteral("SELECT id, code, level, country, parent_id FROM region ORDER BY ordinal"));
    regions.exec();
    while (regions.next()) {
        const qint64 id = regions.value(0).toLongLong();
        Region region;
        region.key = names.keys.value(id);
        region.code = regions.value(1).toString();
        region.level = regions.value(2).toString();
        region.country = regions.value(3).toString();
        region.parentKey = names.key(regions.value(4));
        region.name = names.text(id, "name");
        region.population = populations.value(id);
        dataset.regions.append(std::move(region));
    }

    QHash<qint64, QStringList> planThemes;
    SqlQuery themeRows(database, QStringLiteral("SELECT plan_id, theme_id FROM plan_theme ORDER BY plan_id, ordinal"));
    themeRows.exec();
    while (themeRows.next())
        planThemes[themeRows.value(0).toLongLong()] << names.keys.value(themeRows.value(1).toLongLong());
    SqlQuery plans(database, QStringLiteral("SELECT id, region_id FROM plan ORDER BY ordinal"));
    plans.exec();
    while (plans.next()) {
        const qint64 id = plans.value(0).toLongLong();
        Plan plan;
        plan.key = names.keys.value(id);
        plan.regionKey = names.key(plans.value(1));
        plan.title = names.text(id, "title");
        plan.themeKeys = planThemes.value(id);
        dataset.plans.append(std::move(plan));
    }
    return dataset;
}

} // namespace innoatlas
