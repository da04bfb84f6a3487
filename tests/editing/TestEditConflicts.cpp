// Two writers on one database file: row-version conflicts, a held write lock, a read-only file.

#include "EditingTestDatabase.h"
#include "editing/ChangeApplier.h"
#include "editing/DatabaseDump.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace innoatlas;

class TestEditConflicts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void staleUpdateIsAConflictNamingTheEntity();
    void overwriteAppliesMineOnTop();
    void staleDeleteIsAConflict();
    void undoAfterAnotherWriterIsAConflict();
    void heldWriteLockIsBusyNamingTheFile();
    void readOnlyDatabaseRefusesEdits();

private:
    QSqlDatabase other();

    std::unique_ptr<EditingTestDatabase> m_db;
};

void TestEditConflicts::init()
{
    m_db = std::make_unique<EditingTestDatabase>();
}

void TestEditConflicts::cleanup()
{
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("other"), false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    m_db.reset();
}

// A second connection on the same file, as another program (or a second window) would have.
QSqlDatabase TestEditConflicts::other()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
    db.setDatabaseName(m_db->path());
    if (!db.open())
        qFatal("second connection: %s", qPrintable(db.lastError().text()));
    return db;
}

namespace {
void theirEdit(QSqlDatabase db, const QString &key)
{
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("UPDATE localized_text SET text = 'Theirs', status = 'draft' WHERE lang = 'en' AND "
                                  "field = 'title' AND entity_id = (SELECT id FROM entity WHERE key = '%1')")
                       .arg(key)));
    QVERIFY(q.exec(QStringLiteral("UPDATE entity SET row_version = row_version + 1 WHERE key = '%1'").arg(key)));
}
} // namespace

void TestEditConflicts::staleUpdateIsAConflictNamingTheEntity()
{
    const QString key = m_db->keyOf(m_db->first(QStringLiteral("plan")));
    EntityEditor editor(m_db->connection(), m_db->path());
    std::optional<EntityRecord> mine = editor.load(key);
    QVERIFY(mine);
    theirEdit(other(), key);
    const QStringList afterTheirs = DatabaseDump::of(m_db->connection());

    mine->texts["title"].en = QStringLiteral("Mine");
    const EditOutcome outcome = editor.update(*mine);
    QCOMPARE(outcome.status, EditOutcome::Status::Conflict);
    QVERIFY(outcome.message.contains(key));
    QCOMPARE(DatabaseDump::of(m_db->connection()), afterTheirs);
    QCOMPARE(editor.load(key)->texts.value("title").en, QStringLiteral("Theirs"));
}

void TestEditConflicts::overwriteAppliesMineOnTop()
{
    const QString key = m_db->keyOf(m_db->first(QStringLiteral("plan")));
    EntityEditor editor(m_db->connection(), m_db->path());
    std::optional<EntityRecord> mine = editor.load(key);
    theirEdit(other(), key);
    const QStringList afterTheirs = DatabaseDump::of(m_db->connection());
    mine->texts["title"].en = QStringLiteral("Mine");
    const EditOutcome outcome = editor.update(*mine, EntityEditor::OnConflict::Overwrite);
    QVERIFY(outcome.ok());
    QCOMPARE(editor.load(key)->texts.value("title").en, QStringLiteral("Mine"));
    QCOMPARE(editor.load(key)->rowVersion, mine->rowVersion + 2);
    // The overwrite is an ordinary change: undoing it gives their version back.
    QVERIFY(ChangeApplier(m_db->connection()).undo(outcome.change).ok());
    QCOMPARE(DatabaseDump::of(m_db->connection()), afterTheirs);
}

void TestEditConflicts::staleDeleteIsAConflict()
{
    const QString key = m_db->keyOf(m_db->first(QStringLiteral("plan")));
    EntityEditor editor(m_db->connection());
    const int version = editor.load(key)->rowVersion;
    theirEdit(other(), key);
    const EditOutcome outcome = editor.remove(key, version, true);
    QCOMPARE(outcome.status, EditOutcome::Status::Conflict);
    QVERIFY(editor.load(key));
}

void TestEditConflicts::undoAfterAnotherWriterIsAConflict()
{
    const QString key = m_db->keyOf(m_db->first(QStringLiteral("plan")));
    EntityEditor editor(m_db->connection());
    std::optional<EntityRecord> mine = editor.load(key);
    mine->texts["title"].en = QStringLiteral("Mine");
    const EditOutcome outcome = editor.update(*mine);
    QVERIFY(outcome.ok());
    theirEdit(other(), key);
    const QStringList afterTheirs = DatabaseDump::of(m_db->connection());
    const EditOutcome undone = ChangeApplier(m_db->connection()).undo(outcome.change);
    QCOMPARE(undone.status, EditOutcome::Status::Conflict);
    QVERIFY(undone.message.contains(key));
    QCOMPARE(DatabaseDump::of(m_db->connection()), afterTheirs);
}

void TestEditConflicts::heldWriteLockIsBusyNamingTheFile()
{
    QSqlDatabase holder = other();
    QSqlQuery lock(holder);
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    // The program waits a few seconds for the lock; the test does not need to.
    SqlQuery::run(m_db->connection(), QStringLiteral("PRAGMA busy_timeout = 100"));
    const EditOutcome outcome =
        EntityEditor(m_db->connection(), m_db->path()).create(m_db->sample(QStringLiteral("theme")));
    QCOMPARE(outcome.status, EditOutcome::Status::Busy);
    QVERIFY(outcome.message.contains(m_db->path()));
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(EntityEditor(m_db->connection()).create(m_db->sample(QStringLiteral("theme"))).ok());
}

void TestEditConflicts::readOnlyDatabaseRefusesEdits()
{
    const QString path = m_db->path();
    Database readOnly;
    QVERIFY2(readOnly.open(path, Database::Mode::ReadOnly), qPrintable(readOnly.errorString()));
    const QStringList before = DatabaseDump::of(readOnly.connection());
    const EditOutcome outcome = EntityEditor(readOnly.connection(), path).create(m_db->sample(QStringLiteral("theme")));
    QCOMPARE(outcome.status, EditOutcome::Status::ReadOnly);
    QVERIFY(outcome.message.contains(path));
    QCOMPARE(DatabaseDump::of(readOnly.connection()), before);
}

QTEST_GUILESS_MAIN(TestEditConflicts)
#include "TestEditConflicts.moc"
