// A JSON export killed (SIGKILL) at random points never leaves a half-written file: the output is
// the older export or the complete new one, and the next export still succeeds.

#include "CrashSupport.h"
#include "common/CliRun.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace innoatlas;
using namespace innoatlas::test;

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QString integrity(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                result = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return result;
}
} // namespace

class TestExportCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("db"))));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("out"))));
        m_database = m_dir.filePath(QStringLiteral("db/innoatlas.sqlite"));
        m_output = m_dir.filePath(QStringLiteral("out/export.json"));

        // The older export: the built-in dataset alone.
        QVERIFY(timedRun(exportArguments()) > 0);
        m_old = readAll(m_output);
        // The newer: a budget table imported on top makes the export long enough to be caught writing.
        const QString csv = m_dir.filePath(QStringLiteral("budget.csv"));
        QVERIFY(writeBudgetTable(csv, rows));
        QByteArray output;
        QVERIFY2(
            timedRun({QStringLiteral("--database"), m_database, QStringLiteral("import"), QStringLiteral("--format"),
                      QStringLiteral("csv"), QStringLiteral("--mapping"), QStringLiteral("fiscal-budget"), csv},
                     &output) > 0,
            output.constData());
        m_duration = timedRun(exportArguments(), &output);
        QVERIFY2(m_duration > 0, output.constData());
        m_new = readAll(m_output);

        for (const QByteArray *bytes : {&m_old, &m_new}) {
            QJsonParseError error;
            QJsonDocument::fromJson(*bytes, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        }
        QVERIFY(m_old != m_new);
        // Exports are reproducible: the same database gives the same bytes.
        QVERIFY(timedRun(exportArguments()) > 0);
        QCOMPARE(readAll(m_output), m_new);
        qInfo("export: older %lld bytes, newer %lld bytes, a complete export takes %lld ms", qint64(m_old.size()),
              qint64(m_new.size()), m_duration);
    }

    void killedExportLeavesOldOrNew()
    {
        QRandomGenerator random(crashSeed + 1);
        const QString folder = m_dir.filePath(QStringLiteral("out"));
        int oldKept = 0, newWritten = 0, whileWriting = 0, finished = 0;
        QStringList leftovers;
        for (int i = 0; i < crashRuns; ++i) {
            QVERIFY(writeAll(m_output, m_old));
            // The file is written in the last few per cent of the run, after the database was read: every
            // second kill is aimed at the last fifth so that some land while it is being written.
            const quint32 from = i % 2 ? quint32(m_duration * 4 / 5) : 0;
            const int delay = int(from + random.bounded(quint32(m_duration + 1) - from));
            const KilledRun run = runAndKill(exportArguments(), delay);
            const QString where = QStringLiteral("run %1, killed after %2 ms").arg(i).arg(delay);
            if (run.finished) {
                ++finished;
                QVERIFY2(run.exitCode == 0, qPrintable(where + QString::fromUtf8(run.err)));
            }
            const auto writing = [&folder](const QString &open) { return open.startsWith(folder + QLatin1Char('/')); };
            if (std::any_of(run.openFiles.cbegin(), run.openFiles.cend(), writing))
                ++whileWriting; // the temporary file beside the output was open

            const QByteArray now = readAll(m_output);
            QVERIFY2(now == m_old || now == m_new,
                     qPrintable(where + QStringLiteral(": the output is %1 bytes of neither").arg(now.size())));
            if (now == m_old)
                ++oldKept;
            else
                ++newWritten;
            if (run.finished)
                QCOMPARE(now, m_new);

            // QSaveFile writes an unnamed file (O_TMPFILE on Linux) that vanishes with the process. Only
            // when OUT exists does it give the complete file a name, export.json.XXXXXX, for a moment
            // before renaming it over OUT: a kill in that moment leaves it. Such a file must be complete.
            for (const QString &name : filesIn(folder)) {
                if (name == QLatin1String("export.json") || leftovers.contains(name))
                    continue;
                leftovers.append(name);
                QVERIFY2(name.startsWith(QLatin1String("export.json.")),
                         qPrintable(where + QStringLiteral(": ") + name));
                QVERIFY2(readAll(folder + QLatin1Char('/') + name) == m_new,
                         qPrintable(where + QStringLiteral(": ") + name));
            }
        }
        qInfo("%d kills in 0..%lld ms (every second one in the last fifth): older export kept %d times, newer written "
              "%d times (%d ended before the kill); "
              "%d kills landed while the temporary file was open; files left beside the output: %lld %s",
              crashRuns, m_duration, oldKept, newWritten, finished, whileWriting, qint64(leftovers.size()),
              qPrintable(leftovers.join(QLatin1Char(' '))));

        // Whatever was left behind, the next export replaces the output completely.
        QVERIFY(writeAll(m_output, m_old));
        QVERIFY(timedRun(exportArguments()) > 0);
        QCOMPARE(readAll(m_output), m_new);
        for (const QString &name : leftovers)
            QVERIFY(QFile::remove(folder + QLatin1Char('/') + name));

        // The killed exports had the database open for writing: it is whole and opens.
        QCOMPARE(integrity(m_database), QStringLiteral("ok"));
        Database database;
        QVERIFY2(database.open(m_database), qPrintable(database.errorString()));
    }

private:
    static constexpr int rows = 3000;

    QStringList exportArguments() const
    {
        return {QStringLiteral("--database"),
                m_database,
                QStringLiteral("export"),
                QStringLiteral("--format"),
                QStringLiteral("json"),
                QStringLiteral("-o"),
                m_output};
    }

    QTemporaryDir m_dir;
    QString m_database;
    QString m_output;
    QByteArray m_old;
    QByteArray m_new;
    qint64 m_duration = 0;
};

QTEST_GUILESS_MAIN(TestExportCrash)
#include "TestExportCrash.moc"
