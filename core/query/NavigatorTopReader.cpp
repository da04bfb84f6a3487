#include "query/NavigatorTopReader.h"

#include "query/NavigatorQueryReaders.h"
#include "query/QueryText.h"
#include "store/BulkStatement.h"

#include <QHash>

namespace innoatlas {

using namespace QueryText;

namespace {
/** A statement of QueryText's pieces (the field names are constants), as BulkStatement takes it. */
QByteArray sql(std::initializer_list<QString> parts)
{
    QString text;
    for (const QString &part : parts)
        text += part;
    return text.toUtf8();
}

QString text(const BulkStatement &statement, int column)
{
    return QString::fromUtf8(statement.textAt(column));
}

void readRegions(const QSqlDatabase &database, QVector<NavigatorEntry> &entries)
{
    const QByteArray statement =
        sql({QStringLiteral("SELECT e.key, r.level, "), textColumns(QStringLiteral("nm")),
             QStringLiteral(" FROM region r JOIN entity e ON e.id = r.id "),
             textJoins(QStringLiteral("nm"), QStringLiteral("r.id"), QStringLiteral("name")),
             QStringLiteral(" WHERE (EXISTS (SELECT 1 FROM plan p WHERE p.region_id = r.id) OR "
                            "EXISTS (SELECT 1 FROM event v WHERE v.region_id = r.id AND v.plan_id IS NULL)) "
                            "ORDER BY r.ordinal")});
    BulkStatement regions(database, statement.constData());
    while (regions.next()) {
        NavigatorEntry entry;
        entry.key = text(regions, 0);
        entry.kind = QStringLiteral("region");
        entry.regionKey = entry.key;
        entry.subKind = text(regions, 1);
        entry.label = readText(regions, 2);
        entries.append(std::move(entry));
    }
}

/** The plans in their order; @p keys gets each plan's key by its id. */
void readPlans(const QSqlDatabase &database, QVector<NavigatorEntry> &entries, QHash<qint64, QString> &keys)
{
    const QByteArray statement =
        sql({QStringLiteral("SELECT p.id, e.key, re.key, "), textColumns(QStringLiteral("tt")),
             QStringLiteral(" FROM plan p JOIN entity e ON e.id = p.id JOIN entity re ON re.id = p.region_id "),
             textJoins(QStringLiteral("tt"), QStringLiteral("p.id"), QStringLiteral("title")),
             QStringLiteral(" ORDER BY p.ordinal")});
    BulkStatement plans(database, statement.constData());
    while (plans.next()) {
        NavigatorEntry entry;
        entry.key = text(plans, 1);
        entry.kind = QStringLiteral("plan");
        entry.parentKey = text(plans, 2);
        entry.planKey = entry.key;
        entry.regionKey = entry.parentKey;
        entry.label = readText(plans, 3);
        keys.insert(plans.int64At(0), entry.key);
        entries.append(std::move(entry));
    }
}

/** The themes, each with its plans in the plans' order (@p planKeys: the keys of the plans by id). */
QVector<NavigatorTheme> readThemes(const QSqlDatabase &database, const QHash<qint64, QString> &planKeys)
{
    const QByteArray statement = sql({QStringLiteral("SELECT t.id, e.key, "), textColumns(QStringLiteral("nm")),
                                      QStringLiteral(" FROM theme t CROSS JOIN entity e ON e.id = t.id "),
                                      textJoins(QStringLiteral("nm"), QStringLiteral("t.id"), QStringLiteral("name")),
                                      QStringLiteral(" ORDER BY t.ordinal")});
    BulkStatement themes(database, statement.constData());
    QVector<NavigatorTheme> result;
    QHash<qint64, int> index;
    while (themes.next()) {
        NavigatorTheme theme;
        theme.key = text(themes, 1);
        theme.name = readText(themes, 2);
        index.insert(themes.int64At(0), int(result.size()));
        result.append(std::move(theme));
    }
    // The links by plan, in the plans' order: the keys are those already read, not looked up again.
    BulkStatement links(database, "SELECT pt.plan_id, pt.theme_id FROM plan p CROSS JOIN plan_theme pt "
                                  "ON pt.plan_id = p.id ORDER BY p.ordinal");
    while (links.next()) {
        const auto theme = index.constFind(links.int64At(1));
        const auto plan = planKeys.constFind(links.int64At(0));
        if (theme != index.cend() && plan != planKeys.cend())
            result[*theme].planKeys << *plan;
    }
    return result;
}
} // namespace

NavigatorData NavigatorTopReader::read(const QSqlDatabase &database)
{
    NavigatorData data;
    readRegions(database, data.entries);
    QHash<qint64, QString> planKeys;
    readPlans(database, data.entries, planKeys);
    data.themes = readThemes(database, planKeys);
    BulkStatement counts(database, NavigatorQueryReaders::regionEventCounts);
    while (counts.next())
        data.regionEventCounts.insert(text(counts, 0), int(counts.int64At(1)));
    return data;
}

} // namespace innoatlas
