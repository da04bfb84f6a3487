// A plan's participations are found through indexes (schema 15): what is asked about one plan (its overview's
// partners, its rows in the navigator, the navigator's filter plan by plan), a search for a participant's name and
// the deletion of an event visit no more rows when other plans have thousands of participations (SQLite's own count
// of the steps of its virtual machine), and their answers stay the same.

#include "query/NavigatorQuery.h"
#include "query/OverviewQuery.h"
#include "review/ContentFilter.h"
#include "review/EntityScope.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqliteHandle.h"
#include "store/UserDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <sqlite3.h>

using namespace innoatlas;

namespace {
/** Adds the virtual-machine steps of each statement that finishes to the counter in @p context. */
int addSteps(unsigned, void *context, void *statement, void *)
{
    *static_cast<qint64 *>(context) +=
        sqlite3_stmt_status(static_cast<sqlite3_stmt *>(statement), SQLITE_STMTSTATUS_VM_STEP, 1);
    return 0;
}

/**
 * The steps of SQLite's virtual machine while @p work ran on @p database, which grow with every row a statement visits
 * (through an index or not): counted for each statement as it finishes, and for those still open afterwards.
 */
qint64 stepsWhile(const QSqlDatabase &database, const std::function<void()> &work)
{
    sqlite3 *handle = SqliteHandle::of(database);
    for (sqlite3_stmt *s = sqlite3_next_stmt(handle, nullptr); s; s = sqlite3_next_stmt(handle, s))
        sqlite3_stmt_status(s, SQLITE_STMTSTATUS_VM_STEP, 1);
    qint64 steps = 0;
    sqlite3_trace_v2(handle, SQLITE_TRACE_PROFILE, &addSteps, &steps);
    work();
    sqlite3_trace_v2(handle, 0, nullptr, nullptr);
    for (sqlite3_stmt *s = sqlite3_next_stmt(handle, nullptr); s; s = sqlite3_next_stmt(handle, s))
        steps += sqlite3_stmt_status(s, SQLITE_STMTSTATUS_VM_STEP, 1);
    return steps;
}

QString scalar(const QSqlDatabase &database, const QString &sql)
{
    return SqlQuery::scalar(database, sql).toString();
}
} // namespace

class TestParticipationLookups : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_database;
    QString m_plan;         ///< a plan with participations of its own and of its events
    QString m_organisation; ///< the name of an organisation taking part in it
    qint64 m_event = 0;     ///< an event of the plan with participations

    /** What each question answers, and the steps it took. */
    struct Asked
    {
        QStringList answers;
        qint64 steps = 0;
    };

    QHash<QString, Asked> askEverything()
    {
        const QSqlDatabase db = m_database.connection();
        QHash<QString, Asked> asked;
        const auto ask = [&](const QString &name, const std::function<QStringList()> &question) {
            Asked &a = asked[name];
            a.steps = stepsWhile(db, [&] { a.answers = question(); });
        };
        ask(QStringLiteral("overview partners"), [&] {
            QStringList keys;
            for (const OverviewParticipant &p : OverviewQuery(db).plan(m_plan).participants)
                keys << p.key;
            return keys;
        });
        ask(QStringLiteral("navigator rows"), [&] {
            QStringList keys;
            for (const NavigatorEntry &entry : NavigatorQuery::planContents(db, m_plan)) {
                if (entry.kind == QLatin1String("participation"))
                    keys << entry.key;
            }
            return keys;
        });
        ask(QStringLiteral("filter plan by plan"), [&] {
            QStringList ids;
            for (const qint64 id : NavigatorQuery::filterPlan(db, m_plan, m_organisation).plans.value(m_plan))
                ids << QString::number(id);
            std::sort(ids.begin(), ids.end());
            return ids;
        });
        ask(QStringLiteral("plans holding the name"), [&] {
            QStringList keys = NavigatorQuery::plansHoldingFinds(db, {m_plan}, m_organisation).values();
            std::sort(keys.begin(), keys.end());
            return keys;
        });
        ask(QStringLiteral("filter for the name"), [&] {
            QStringList plans = NavigatorQuery::filter(db, m_organisation).plans.keys();
            std::sort(plans.begin(), plans.end());
            return plans;
        });
        ask(QStringLiteral("review scope of the plan"), [&] {
            ContentFilter filter;
            filter.planKey = m_plan;
            QStringList ids;
            for (const qint64 id : EntityScope::resolve(db, filter).value_or(QSet<qint64>()))
                ids << QString::number(id);
            std::sort(ids.begin(), ids.end());
            return ids;
        });
        ask(QStringLiteral("deleting an event"), [&] {
            QSqlQuery query(db);
            const bool done = query.exec(QStringLiteral("SAVEPOINT probe")) &&
                              query.exec(QStringLiteral("DELETE FROM event WHERE id = %1").arg(m_event));
            const QString left =
                scalar(db, QStringLiteral("SELECT count(*) FROM participation WHERE event_id = %1").arg(m_event));
            query.exec(QStringLiteral("ROLLBACK TO probe"));
            query.exec(QStringLiteral("RELEASE probe"));
            return QStringList{done ? QStringLiteral("deleted") : query.lastError().text(), left};
        });
        return asked;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(UserDatabase::open(m_database, m_dir.filePath(QStringLiteral("builtin.sqlite"))),
                 qPrintable(m_database.errorString()));
        const QSqlDatabase db = m_database.connection();
        // A plan whose partners take part both in it and in its events.
        m_plan = scalar(
            db, QStringLiteral("SELECT pe.key FROM plan p JOIN entity pe ON pe.id = p.id "
                               "WHERE EXISTS (SELECT 1 FROM participation WHERE plan_id = p.id AND organisation_id "
                               "IS NOT NULL) AND EXISTS (SELECT 1 FROM participation x JOIN event v ON v.id = "
                               "x.event_id WHERE v.plan_id = p.id AND x.plan_id IS NULL) ORDER BY pe.key LIMIT 1"));
        QVERIFY(!m_plan.isEmpty());
        m_organisation =
            scalar(db, QStringLiteral("SELECT t.text FROM participation x JOIN entity pe ON pe.id = x.plan_id "
                                      "JOIN localized_text t ON t.entity_id = x.organisation_id AND t.field = 'name' "
                                      "AND t.lang = 'en' WHERE pe.key = '%1' ORDER BY x.ordinal LIMIT 1")
                           .arg(m_plan));
        QVERIFY(!m_organisation.isEmpty());
        m_event = SqlQuery::scalar(db, QStringLiteral("SELECT v.id FROM participation x JOIN event v ON v.id = "
                                                      "x.event_id JOIN entity pe ON pe.id = v.plan_id WHERE pe.key "
                                                      "= '%1' ORDER BY v.id LIMIT 1")
                                           .arg(m_plan))
                      .toLongLong();
        QVERIFY(m_event > 0);
    }

    void otherPlansParticipationsAreNotRead()
    {
        const QSqlDatabase db = m_database.connection();
        const QHash<QString, Asked> before = askEverything();
        for (const Asked &asked : before)
            QVERIFY(!asked.answers.isEmpty());
        QCOMPARE(before.value(QStringLiteral("plans holding the name")).answers, QStringList{m_plan});

        // Three thousand participations of a region in the other plans and their events.
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        QVERIFY2(
            query.exec(
                QStringLiteral(
                    "CREATE TEMP TABLE extra AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                    "WHERE i < 3000), o AS (SELECT p.id AS plan, row_number() OVER (ORDER BY p.id) - 1 AS k FROM "
                    "plan p JOIN entity pe ON pe.id = p.id WHERE pe.key <> '%1') SELECT (SELECT max(id) FROM entity) "
                    "+ n.i AS id, n.i AS i, o.plan AS plan FROM n JOIN o ON o.k = n.i % (SELECT count(*) FROM o)")
                    .arg(m_plan)),
            qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO entity (id, kind, key) SELECT id, 'participation', "
                                           "'participation.extra-' || i FROM extra")),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral(
                     "INSERT INTO participation (id, ordinal, region_id, plan_id, event_id, role) SELECT x.id, "
                     "1000 + x.i, (SELECT min(id) FROM region), CASE WHEN x.i % 2 = 0 OR v.id IS NULL THEN x.plan "
                     "END, CASE WHEN x.i % 2 = 1 THEN v.id END, 'partner' FROM extra x LEFT JOIN (SELECT plan_id, "
                     "min(id) AS id FROM event GROUP BY plan_id) v ON v.plan_id = x.plan")),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("COMMIT")));
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM participation")).toInt() > 3000);

        const QHash<QString, Asked> after = askEverything();
        QStringList failures;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const Asked &now = after.value(it.key());
            if (now.answers != it->answers)
                failures << it.key() + QStringLiteral(": the answer changed");
            // Each participation asked for is found through an index: the 3,000 others would add several steps each.
            if (now.steps > it->steps + 300)
                failures << QStringLiteral("%1: %2 steps, %3 before").arg(it.key()).arg(now.steps).arg(it->steps);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("; "))));
    }
};

QTEST_GUILESS_MAIN(TestParticipationLookups)
#include "TestParticipationLookups.moc"
