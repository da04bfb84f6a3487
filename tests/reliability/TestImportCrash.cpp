// A CSV import killed (SIGKILL) at random points leaves the database whole, with the import wholly
// there or wholly absent, no stray files beside it, and usable by the program afterwards.

#include "CrashSupport.h"
#include "common/CliRun.h"
#include "store/Database.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;
using namespace innoatlas::test;

namespace {
/** What an import adds to: compared before and after a killed run. */
struct Counts
{
    qint64 budgetLines = -1;
    qint64 entities = -1;
    qint64 texts = -1;
    qint64 figures = -1;
    bool operator==(const Counts &other) const
    {
        return budgetLines == other.budgetLines && entities == other.entities && texts == other.texts &&
               figures == other.figures;
    }
};

QString describe(const Counts &c)
{
    return QStringLiteral("%1 budget lines, %2 entities, %3 texts, %4 figures")
        .arg(c.budgetLines)
        .arg(c.entities)
        .arg(c.texts)
        .arg(c.figures);
}

/** Opens @p path with the plain Qt SQLite driver (not InnoAtlas's checks): integrity and counts. */
bool inspect(const QString &path, Counts *counts, QString *problem)
{
    const QString name = QStringLiteral("inspect");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            *problem = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()) {
                *problem = q.lastError().text();
            } else if (q.value(0).toString() != QLatin1String("ok")) {
                *problem = QStringLiteral("integrity_check: ") + q.value(0).toString();
            } else {
                auto count = [&db](const char *sql) {
                    QSqlQuery c(db);
                    return c.exec(QString::fromLatin1(sql)) && c.next() ? c.value(0).toLongLong() : -1;
                };
                counts->budgetLines = count("SELECT count(*) FROM budget_line");
                counts->entities = count("SELECT count(*) FROM entity");
                counts->texts = count("SELECT count(*) FROM localized_text");
                counts->figures = count("SELECT count(*) FROM figure");
                ok = true;
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : -1;
}
} // namespace

class TestImportCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = m_dir.filePath(QStringLiteral("budget.csv"));
        QVERIFY(writeBudgetTable(m_csv, rows));
        // The pristine database: the built-in dataset, created and closed cleanly by the program.
        m_pristine = m_dir.filePath(QStringLiteral("pristine.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--database"), m_pristine, QStringLiteral("summary")}).exitCode, 0);
        QString problem;
        QVERIFY2(inspect(m_pristine, &m_before, &problem), qPrintable(problem));

        // The whole import, once, uninterrupted: what "wholly present" means and how long it takes.
        const QString complete = m_dir.filePath(QStringLiteral("complete.sqlite"));
        QVERIFY(QFile::copy(m_pristine, complete));
        QByteArray output;
        m_duration = timedRun(importArguments(complete), &output);
        QVERIFY2(m_duration > 0, output.constData());
        QVERIFY2(inspect(complete, &m_after, &problem), qPrintable(problem));
        QCOMPARE(m_after.budgetLines, m_before.budgetLines + rows);
        qInfo("%d rows: a complete import takes %lld ms; before: %s; after: %s", rows, m_duration,
              qPrintable(describe(m_before)), qPrintable(describe(m_after)));
    }

    void killedImportIsAllOrNothing()
    {
        QRandomGenerator random(crashSeed);
        int absent = 0, present = 0, duringWrite = 0, afterCommit = 0, finished = 0;
        const QString folder = m_dir.filePath(QStringLiteral("runs"));
        for (int i = 0; i < crashRuns; ++i) {
            QDir(folder).removeRecursively();
            QVERIFY(QDir().mkpath(folder));
            const QString db = folder + QStringLiteral("/innoatlas.sqlite");
            QVERIFY(QFile::copy(m_pristine, db));
            const int delay = int(random.bounded(quint32(m_duration + 1)));
            const KilledRun run = runAndKill(importArguments(db), delay);
            const QString where = QStringLiteral("run %1, killed after %2 ms").arg(i).arg(delay);
            if (run.finished)
                QVERIFY2(run.exitCode == 0, qPrintable(where + QString::fromUtf8(run.err)));

            // Nothing but the database and SQLite's own write-ahead log and index may be left.
            const QStringList left = filesIn(folder);
            for (const QString &name : left) {
                QVERIFY2(name == QLatin1String("innoatlas.sqlite") || name == QLatin1String("innoatlas.sqlite-wal") ||
                             name == QLatin1String("innoatlas.sqlite-shm"),
                         qPrintable(where + QStringLiteral(": left ") + name));
            }
            const qint64 walBytes = fileSize(db + QStringLiteral("-wal"));

            Counts counts;
            QString problem;
            QVERIFY2(inspect(db, &counts, &problem), qPrintable(where + QStringLiteral(": ") + problem));
            QVERIFY2(counts == m_before || counts == m_after,
                     qPrintable(where + QStringLiteral(": ") + describe(counts)));
            if (counts == m_before) {
                ++absent;
                QVERIFY2(!run.finished, qPrintable(where + QStringLiteral(": ended well but imported nothing")));
                if (walBytes > 32) // more than the header: frames written
                    ++duringWrite; // log frames without their commit: the transaction was under way
            } else {
                ++present;
                if (run.finished)
                    ++finished;
                else
                    ++afterCommit;
            }

            Database database;
            QVERIFY2(database.open(db), qPrintable(where + QStringLiteral(": ") + database.errorString()));
            database.close();
            const CliRun summary = runCli({QStringLiteral("--database"), db, QStringLiteral("summary")});
            QVERIFY2(summary.exitCode == 0, qPrintable(where + QStringLiteral(": summary: ") + summary.err));
        }
        qInfo("%d kills in 0..%lld ms: import absent %d times (%d of them killed while writing), present %d times "
              "(%d killed after the commit, %d ended before the kill)",
              crashRuns, m_duration, absent, duringWrite, present, afterCommit, finished);
    }

private:
    static constexpr int rows = 3000;

    QStringList importArguments(const QString &database) const
    {
        return {QStringLiteral("--database"),    database,
                QStringLiteral("import"),        QStringLiteral("--format"),
                QStringLiteral("csv"),           QStringLiteral("--mapping"),
                QStringLiteral("fiscal-budget"), m_csv};
    }

    QTemporaryDir m_dir;
    QString m_csv;
    QString m_pristine;
    qint64 m_duration = 0;
    Counts m_before;
    Counts m_after;
};

QTEST_GUILESS_MAIN(TestImportCrash)
#include "TestImportCrash.moc"
