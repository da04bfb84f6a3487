#include "common/OldSchemaFile.h"
#include "model/Vocabulary.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/SqlQuery.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;

namespace {
/** The values a table's CHECK constraints allow for @p column: every `column = 'value'` of its definition. */
QStringList allowedValues(const QSqlDatabase &database, const QString &table, const QString &column)
{
    const QString sql =
        SqlQuery::scalar(
            database, QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = '%1'").arg(table))
            .toString();
    QStringList values;
    const QRegularExpression comparison(QStringLiteral("\\b%1 = '([^']*)'").arg(column));
    for (auto it = comparison.globalMatch(sql); it.hasNext();)
        values << it.next().captured(1);
    return values;
}

/** How many temporary tables SQLite's program for @p statement opens. */
int temporaryTablesOf(const QSqlDatabase &database, const QString &statement)
{
    QSqlQuery explain(database);
    if (!explain.exec(QStringLiteral("EXPLAIN ") + statement))
        return -1;
    int count = 0;
    while (explain.next())
        count += explain.value(1).toString() == QLatin1String("OpenEphemeral");
    return count;
}

/** A database file left at schema @p version, as an older InnoAtlas wrote it, with one theme. */
void makeOldDatabase(const QString &path, int version)
{
    const QString error = testing::writeOldSchemaFile(
        path, version,
        {QStringLiteral("INSERT INTO entity (id, kind, key) VALUES (7, 'theme', 'theme:old')"),
         QStringLiteral("INSERT INTO theme (id, ordinal) VALUES (7, 0)")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
}
} // namespace

/**
 * The schema's CHECK constraints: they allow exactly the names the data uses, refuse any other,
 * and cost a write no temporary table, in a new file as in one upgraded from before version 12.
 */
class TestSchemaChecks : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void checksAllowExactlyTheVocabulary_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("source kind") << "source"
                                     << "kind" << Vocabulary::sourceKinds();
        QTest::newRow("source language") << "source"
                                         << "language" << Vocabulary::languages();
        QTest::newRow("region level") << "region"
                                      << "level" << Vocabulary::regionLevels();
        QTest::newRow("organisation kind") << "organisation"
                                           << "kind" << Vocabulary::organisationKinds();
        QTest::newRow("element kind") << "element"
                                      << "kind" << Vocabulary::elementKinds();
        QTest::newRow("stated count kind") << "stated_count"
                                           << "kind" << Vocabulary::elementKinds();
        QTest::newRow("budget funding") << "budget_line"
                                        << "funding" << Vocabulary::fundingSources();
        QTest::newRow("budget kind") << "budget_line"
                                     << "kind" << Vocabulary::budgetKinds();
        QTest::newRow("target unit") << "target"
                                     << "unit" << Vocabulary::targetUnits();
        QTest::newRow("indicator unit") << "indicator"
                                        << "unit" << Vocabulary::targetUnits();
        QTest::newRow("event kind") << "event"
                                    << "kind" << Vocabulary::eventKinds();
        QTest::newRow("participation role") << "participation"
                                            << "role" << Vocabulary::participationRoles();
        QTest::newRow("text language") << "localized_text"
                                       << "lang" << Vocabulary::languages();
    }

    void checksAllowExactlyTheVocabulary()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QStringList, names);
        Database db;
        QVERIFY2(
            db.openOrCreate(m_dir.filePath(QStringLiteral("new.sqlite")), [](Database &, QString *) { return true; }),
            qPrintable(db.errorString()));
        QCOMPARE(allowedValues(db.connection(), table, column), names);
    }

    void writesOpenNoTemporaryTables_data()
    {
        QTest::addColumn<bool>("upgraded");
        QTest::newRow("new file") << false;
        QTest::newRow("file of schema 11") << true;
    }

    void writesOpenNoTemporaryTables()
    {
        // The connection that upgraded the file writes with the new definitions, as does one opened
        // before the upgrade and one opened after it.
        QFETCH(bool, upgraded);
        const QString path = m_dir.filePath(upgraded ? QStringLiteral("v11.sqlite") : QStringLiteral("fresh.sqlite"));
        QList<QSqlDatabase> connections;
        if (upgraded) {
            makeOldDatabase(path, 11);
            QSqlDatabase earlier = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("earlier"));
            earlier.setDatabaseName(path);
            QVERIFY(earlier.open());
            QCOMPARE(SqlQuery::scalar(earlier, QStringLiteral("SELECT count(*) FROM entity")).toInt(), 1);
            connections << earlier;
        }
        Database db;
        QVERIFY2(upgraded ? db.open(path) : db.openOrCreate(path, [](Database &, QString *) { return true; }),
                 qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        Database later;
        QVERIFY2(later.open(path), qPrintable(later.errorString()));
        connections << db.connection() << later.connection();
        // What an import writes for every line, and an edit of a line, a quote and a text. (Deleting
        // an entity cascades to the rows of several tables, which SQLite lists aside first.)
        const QStringList writes = {
            QStringLiteral("INSERT INTO entity (kind, key) VALUES ('budget_line', 'line:1')"),
            QStringLiteral("INSERT INTO localized_text (entity_id, field, lang, text, status) "
                           "VALUES (1, 'label', 'ko', '연구', 'draft')"),
            QStringLiteral("INSERT INTO budget_line (id, plan_id, ordinal, amount, funding, kind) "
                           "VALUES (1, 2, 0, 5, 'city', 'planned')"),
            QStringLiteral("INSERT INTO search_doc (entity_id, origin, field, lang, tier) "
                           "VALUES (1, 'text', 'label', 'ko', 0)"),
            QStringLiteral("INSERT INTO quote (id, source_id, ordinal, text) VALUES (3, 4, 0, '예산')"),
            QStringLiteral("INSERT INTO element (id, plan_id, ordinal, kind) VALUES (5, 2, 0, 'task')"),
            QStringLiteral("INSERT INTO figure (id, owner_id, field) VALUES (6, 1, 'amount')"),
            QStringLiteral("UPDATE quote SET text = '새 예산' WHERE id = 3"),
            QStringLiteral("UPDATE localized_text SET text = '개발' "
                           "WHERE entity_id = 1 AND field = 'label' AND lang = 'ko'"),
            QStringLiteral("UPDATE budget_line SET element_id = NULL WHERE id = 1"),
        };
        for (const QSqlDatabase &connection : std::as_const(connections)) {
            // A statement run checks the schema's version, and reads the schema again when it changed.
            QCOMPARE(SqlQuery::scalar(connection, QStringLiteral("SELECT count(*) FROM entity")).toInt(),
                     upgraded ? 1 : 0);
            for (const QString &write : writes)
                QVERIFY2(temporaryTablesOf(connection, write) == 0, qPrintable(write));
        }
        if (upgraded)
            connections.first().close();
        connections.clear();
        QSqlDatabase::removeDatabase(QStringLiteral("earlier"));
    }

    void anUpgradedFileKeepsItsRowsAndRefusesOtherNames()
    {
        const QString path = m_dir.filePath(QStringLiteral("kept.sqlite"));
        makeOldDatabase(path, 11);
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(SqlQuery::scalar(db.connection(), QStringLiteral("SELECT key FROM entity WHERE id = 7")).toString(),
                 QStringLiteral("theme:old"));
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO entity (kind, key) VALUES ('spaceship', 'x')")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("CHECK constraint failed")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO entity (kind, key) VALUES ('figure', 'x')")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(SqlQuery::scalar(db.connection(), QStringLiteral("PRAGMA quick_check")).toString(),
                 QStringLiteral("ok"));
    }

    void aFailedUpgradeLeavesTheFileAsItWas()
    {
        // A file whose schema 11 lacks a trigger that migration 12 replaces: the upgrade stops
        // half-way, and what it did before is undone with it.
        const QString path = m_dir.filePath(QStringLiteral("half.sqlite"));
        makeOldDatabase(path, 11);
        const QString name = QStringLiteral("tamper");
        QSet<QString> before;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER search_quote_updated")));
            q.finish();
            before = Migrations::schemaOf(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        {
            Database db;
            QVERIFY(!db.open(path));
            QVERIFY2(db.errorString().contains(QStringLiteral("search_quote_updated")), qPrintable(db.errorString()));
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QCOMPARE(SqlQuery::scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 11);
        QCOMPARE(Migrations::schemaOf(db), before);
        QCOMPARE(SqlQuery::scalar(db, QStringLiteral("SELECT key FROM entity WHERE id = 7")).toString(),
                 QStringLiteral("theme:old"));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSchemaChecks)
#include "TestSchemaChecks.moc"
