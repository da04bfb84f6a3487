// The filter plan by plan (NavigatorQuery::planHoldsFind(), filterPlan()): for a text found in much of a
// large database, the navigator asks only about the plans it is about to show, and each question reads the
// labels of one plan, comparing them as the filter does (ignoring case, any language).

#include "query/NavigatorQuery.h"

#include "query/LabelMatcher.h"
#include "query/NavigatorQueryReaders.h"
#include "store/SqlQuery.h"
#include "store/SqliteHandle.h"
#include "store/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

#include <sqlite3.h>

namespace innoatlas {

namespace {
const char containsName[] = "innoatlas_navigator_contains";

// innoatlas_navigator_contains(text, key): 1 when text holds key, ignoring case as QString does (LabelMatcher). The
// key is the same on every row: its matcher is kept with the statement (SQLite's auxiliary data of the argument).
void containsFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(values[0]));
    const int textBytes = sqlite3_value_bytes(values[0]);
    const auto *matcher = static_cast<const LabelMatcher *>(sqlite3_get_auxdata(context, 1));
    std::optional<LabelMatcher> once;
    if (!matcher) {
        const auto *key = static_cast<const char16_t *>(sqlite3_value_text16(values[1]));
        if (!key) {
            sqlite3_result_int(context, 0);
            return;
        }
        const QString typed = QStringView(key, sqlite3_value_bytes16(values[1]) / 2).toString();
        sqlite3_set_auxdata(context, 1, new LabelMatcher(typed),
                            [](void *data) { delete static_cast<LabelMatcher *>(data); });
        // SQLite deletes it at once when it cannot keep it.
        matcher = static_cast<const LabelMatcher *>(sqlite3_get_auxdata(context, 1));
        if (!matcher)
            matcher = &once.emplace(typed);
    }
    sqlite3_result_int(context, text && matcher->isIn(QByteArrayView(text, textBytes)) ? 1 : 0);
}

/** Registers the comparison on the connection the first time it is needed there. */
void ensureContains(const QSqlDatabase &db)
{
    QString error;
    if (!SqliteHandle::defineFunction(db, containsName, 2, &containsFunction, &error))
        throw StoreError(QStringLiteral("The navigator filter could not be set up: %1").arg(error));
}

/**
 * The labelled rows of one plan's contents that hold the text, as (id, kind): @p plan is the plan's id (an
 * expression, or a placeholder bound before the text in each part); the text is bound once for each of the @p parts.
 * The smaller parts first, so that EXISTS stops early.
 */
QString labelledRows(const QString &plan, int &parts)
{
    const QString match = QStringLiteral(" AND ") + QLatin1String(containsName) + QStringLiteral("(t.text, ?)");
    const auto part = [&](const QString &table, const QString &planColumn, const QString &field) {
        return QStringLiteral("SELECT x.id, '%1' FROM %1 x JOIN localized_text t ON t.entity_id = x.id "
                              "AND t.field = '%2' WHERE x.%3 = %4")
                   .arg(table, field, planColumn, plan) +
               match;
    };
    const QStringList list = {
        part(QStringLiteral("event"), QStringLiteral("plan_id"), QStringLiteral("title")),
        part(QStringLiteral("element"), QStringLiteral("plan_id"), QStringLiteral("name")),
        part(QStringLiteral("target"), QStringLiteral("plan_id"), QStringLiteral("metric")),
        part(QStringLiteral("indicator"), QStringLiteral("owner_id"), QStringLiteral("metric")),
        // A participation is found by its participant's name (an organisation or a region), in its plan or in
        // an event of its plan: two parts, each found through an index (by plan; by the plan's events, then by
        // event: CROSS JOIN keeps SQLite from taking every participation of no plan through the index by plan).
        QStringLiteral("SELECT pt.id, 'participation' FROM participation pt JOIN localized_text t ON t.entity_id IN "
                       "(pt.organisation_id, pt.region_id) AND t.field = 'name' WHERE pt.plan_id = %1")
                .arg(plan) +
            match,
        QStringLiteral("SELECT pt.id, 'participation' FROM event v CROSS JOIN participation pt ON pt.event_id = v.id "
                       "JOIN localized_text t ON t.entity_id IN (pt.organisation_id, pt.region_id) "
                       "AND t.field = 'name' WHERE v.plan_id = %1 AND pt.plan_id IS NULL")
                .arg(plan) +
            match,
        part(QStringLiteral("budget_line"), QStringLiteral("plan_id"), QStringLiteral("label"))};
    parts = int(list.size());
    return list.join(QStringLiteral(" UNION ALL "));
}

/** The text to look for, trimmed; when there is one, the comparison is registered on the connection. */
QString searchText(const QSqlDatabase &db, const QString &typed)
{
    const QString text = typed.trimmed();
    if (!text.isEmpty())
        ensureContains(db);
    return text;
}

qint64 planId(const QSqlDatabase &db, const QString &planKey)
{
    SqlQuery query(db, QStringLiteral("SELECT id FROM entity WHERE key = ? AND kind = 'plan'"));
    query.bind(planKey).exec();
    return query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

QSet<QString> NavigatorQuery::plansHoldingFinds(const QSqlDatabase &database, const QStringList &planKeys,
                                                const QString &typed)
{
    QSet<QString> result;
    const QString text = searchText(database, typed);
    if (text.isEmpty())
        return result;
    if (planKeys.isEmpty())
        return result;
    int parts = 0;
    SqlQuery query(database, QStringLiteral("SELECT pe.key FROM entity pe WHERE pe.kind = 'plan' AND pe.key IN "
                                            "(SELECT value FROM json_each(?)) AND EXISTS (") +
                                 labelledRows(QStringLiteral("pe.id"), parts) + QLatin1Char(')'));
    query.bind(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(planKeys)).toJson(QJsonDocument::Compact)));
    for (int i = 0; i < parts; ++i)
        query.bind(text);
    query.exec();
    while (query.next())
        result.insert(query.value(0).toString());
    return result;
}

NavigatorFinds NavigatorQuery::filterPlan(const QSqlDatabase &database, const QString &planKey, const QString &typed)
{
    NavigatorFinds finds;
    const QString text = searchText(database, typed);
    if (text.isEmpty())
        return finds;
    const qint64 plan = planId(database, planKey);
    if (plan < 0)
        return finds;
    int parts = 0;
    // The plan is bound rather than written in, so that the statement is prepared once (StatementCache): each part
    // names the plan before the text.
    SqlQuery query(database, labelledRows(QStringLiteral("?"), parts));
    for (int i = 0; i < parts; ++i)
        query.bind(plan).bind(text);
    query.exec();
    QHash<qint64, QString> contents;
    QSet<qint64> elements;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        contents.insert(id, planKey);
        if (query.value(1).toString() == QLatin1String("element"))
            elements.insert(id);
    }
    NavigatorQueryReaders::addElementsAround(database, contents, elements);
    if (!contents.isEmpty())
        finds.plans.insert(planKey, contents.keys().toVector());
    return finds;
}

QSet<QString> NavigatorQuery::regionEventFinds(const QSqlDatabase &database, const QString &regionKey,
                                               const QString &typed)
{
    QSet<QString> result;
    const QString text = searchText(database, typed);
    if (text.isEmpty())
        return result;
    SqlQuery query(database, QStringLiteral("SELECT e.key FROM event v JOIN entity e ON e.id = v.id "
                                            "JOIN localized_text t ON t.entity_id = v.id AND t.field = 'title' "
                                            "WHERE v.plan_id IS NULL AND v.region_id = "
                                            "(SELECT id FROM entity WHERE key = ?) AND ") +
                                 QLatin1String(containsName) + QStringLiteral("(t.text, ?)"));
    query.bind(regionKey).bind(text).exec();
    while (query.next())
        result.insert(query.value(0).toString());
    return result;
}

} // namespace innoatlas
