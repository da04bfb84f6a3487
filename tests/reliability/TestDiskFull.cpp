// A full disk: imports and exports onto a small tmpfs fail with the operating system's reason,
// leave the database and the older output as they were, and work again once space is freed.
//
// The tmpfs is mounted in a private mount namespace (unshare; a user namespace too, so no root
// is needed) by a process that then sleeps. The program under test runs inside that namespace
// (nsenter); the test itself fills and reads the tmpfs through /proc/PID/root/..., and copies a
// database out before opening it: SQLite resolves the /proc/PID/root link to "/", the host's
// view, and would open the wrong file through that path.

#include "CrashSupport.h"
#include "common/CliRun.h"
#include "dataset/DatasetJsonWriter.h"
#include "store/Database.h"
#include "store/DatasetStore.h"
#include "store/SqlQuery.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <linux/magic.h>
#include <sys/vfs.h>

using namespace innoatlas;
using namespace innoatlas::test;

namespace {
/** Everything the database holds, with the row versions: equal dumps mean nothing changed. */
QByteArray dump(const QString &path)
{
    Database db;
    if (!db.open(path))
        return "cannot open: " + db.errorString().toUtf8();
    const QVariant versions =
        SqlQuery::scalar(db.connection(), QStringLiteral("SELECT count(*) || ':' || total(row_version) FROM entity"));
    return DatasetJsonWriter::toBytes(DatasetStore(db.connection()).load()) + versions.toString().toUtf8();
}

/** PRAGMA integrity_check with the plain Qt SQLite driver, read-only. */
QString integrity(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = QStringLiteral("cannot open");
        } else {
            QSqlQuery q(db);
            result = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString()
                                                                                  : QStringLiteral("cannot check");
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return result;
}

qint64 budgetLines(const QString &path)
{
    Database db;
    if (!db.open(path))
        return -1;
    return SqlQuery::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM budget_line")).toLongLong();
}

constexpr qint64 tmpfsBytes = 48 * 1024 * 1024;

/** True when @p path is on the test's small tmpfs: never fill any other file system. */
bool onTmpfs(const QString &path)
{
    // The size too: a /tmp that is itself a tmpfs must not be taken for the test's own mount.
    struct statfs info = {};
    return ::statfs(QFile::encodeName(path).constData(), &info) == 0 && info.f_type == TMPFS_MAGIC &&
           qint64(info.f_blocks) * qint64(info.f_bsize) <= tmpfsBytes;
}

/** Fills the tmpfs of @p folder up to all but about @p room bytes; returns the filler's path. */
QString fillUp(const QString &folder, qint64 room)
{
    const QString path = folder + QStringLiteral("/filler");
    if (!onTmpfs(folder))
        return QString();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return QString();
    const QByteArray block(64 * 1024, 'x');
    while (file.size() <= tmpfsBytes && file.write(block) == block.size()) {
    }
    const QByteArray page(4096, 'x');
    while (file.size() <= tmpfsBytes && file.write(page) == page.size()) {
    }
    if (file.size() > tmpfsBytes)
        return QString(); // not the small file system it should be
    file.close();
    QFile::resize(path, qMax<qint64>(0, QFileInfo(path).size() - room));
    return path;
}
} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void importFailsWithTheRealReason_data();
    void importFailsWithTheRealReason();
    void exportFailsWithTheRealReason_data();
    void exportFailsWithTheRealReason();

private:
    bool mountTmpfs(const QStringList &unshareOptions, QString *why);
    /** innoatlas-cli run inside the namespace, where the tmpfs is mounted. */
    CliRun runInside(const QStringList &arguments) const;
    /** A copy of the database (and its log) on the tmpfs, on the ordinary disk, for SQLite to open. */
    QString copyOut(const QString &name) const;

    QTemporaryDir m_dir;
    QProcess m_holder;
    QStringList m_enter;  ///< nsenter's options to join the holder's namespaces
    QString m_mountPoint; ///< the mount inside the namespace
    QString m_tmpfs;      ///< the mount, as seen through the holder's root
    QString m_pristine;
    QString m_csv;
};

bool TestDiskFull::mountTmpfs(const QStringList &unshareOptions, QString *why)
{
    const QString point = m_dir.filePath(QStringLiteral("mnt"));
    m_holder.start(QStringLiteral("unshare"),
                   unshareOptions +
                       QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                   QStringLiteral("mount -t tmpfs -o size=48m,nr_inodes=1000 innoatlas-full \"$0\" && "
                                                  "echo ready && exec sleep 3600"),
                                   point});
    if (!m_holder.waitForStarted(5000)) {
        *why = m_holder.errorString();
        return false;
    }
    m_holder.waitForReadyRead(10000);
    if (!m_holder.readAllStandardOutput().startsWith("ready")) {
        m_holder.waitForFinished(5000);
        *why += QString::fromLocal8Bit(m_holder.readAllStandardError()).trimmed() + QLatin1Char(' ');
        return false;
    }
    m_mountPoint = point;
    m_tmpfs = QStringLiteral("/proc/%1/root%2").arg(m_holder.processId()).arg(point);
    m_enter = QStringList{QStringLiteral("--target"), QString::number(m_holder.processId()), QStringLiteral("--mount")};
    if (unshareOptions.contains(QStringLiteral("--user")))
        m_enter << QStringLiteral("--user") << QStringLiteral("--preserve-credentials");
    return true;
}

CliRun TestDiskFull::runInside(const QStringList &arguments) const
{
    QProcess process;
    process.start(QStringLiteral("nsenter"),
                  m_enter + QStringList{QStringLiteral("--"), QStringLiteral(INNOATLAS_CLI)} + arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        qFatal("innoatlas-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString TestDiskFull::copyOut(const QString &name) const
{
    const QString copy = m_dir.filePath(QStringLiteral("copy-") + name);
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile::remove(copy + suffix);
        if (QFileInfo::exists(m_tmpfs + QLatin1Char('/') + name + suffix))
            QFile::copy(m_tmpfs + QLatin1Char('/') + name + suffix, copy + suffix);
    }
    QFile::remove(copy + QStringLiteral("-shm"));
    return copy;
}

void TestDiskFull::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("mnt"))));
    QString why;
    // Without root a user namespace grants the mount; as root (CI) a mount namespace alone is enough.
    if (!mountTmpfs({QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--mount")}, &why) &&
        !mountTmpfs({QStringLiteral("--mount")}, &why))
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (unshare --user --map-root-user --mount: "
                                        "needs user namespaces, or root): ") +
                         why));
    m_pristine = m_dir.filePath(QStringLiteral("pristine.sqlite"));
    QCOMPARE(runCli({QStringLiteral("--database"), m_pristine, QStringLiteral("summary")}).exitCode, 0);
    m_csv = m_dir.filePath(QStringLiteral("budget.csv"));
    QVERIFY(writeBudgetTable(m_csv, 3000));
}

void TestDiskFull::cleanupTestCase()
{
    if (m_holder.state() != QProcess::NotRunning) {
        m_holder.kill(); // the mount goes with its namespace
        m_holder.waitForFinished(5000);
    }
}

void TestDiskFull::init()
{
    QVERIFY(QFileInfo(m_tmpfs).isDir());
    QVERIFY2(onTmpfs(m_tmpfs), "the tmpfs is no longer mounted");
}

void TestDiskFull::cleanup()
{
    const QDir mount(m_tmpfs);
    for (const QString &name : mount.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (!QFile::remove(mount.filePath(name)))
            QDir(mount.filePath(name)).removeRecursively();
    }
}

void TestDiskFull::importFailsWithTheRealReason_data()
{
    QTest::addColumn<qint64>("room");
    QTest::addColumn<QString>("stage");
    // With almost no room the backup before the import fails; with room for the backup, the import's
    // own write (about 10 MB of log for 3,000 rows) does.
    QTest::newRow("no room for the backup") << qint64(256 * 1024) << QStringLiteral("backup");
    QTest::newRow("room for the backup only") << qint64(-1) << QStringLiteral("import");
}

void TestDiskFull::importFailsWithTheRealReason()
{
    QFETCH(qint64, room);
    QFETCH(QString, stage);
    const QString name = QStringLiteral("innoatlas.sqlite");
    const QString db = m_mountPoint + QLatin1Char('/') + name; // inside the namespace
    QVERIFY(QFile::copy(m_pristine, m_tmpfs + QLatin1Char('/') + name));
    const QByteArray before = dump(copyOut(name));
    QVERIFY(!before.startsWith("cannot open"));
    if (room < 0)
        room = QFileInfo(m_pristine).size() * 2 + 2 * 1024 * 1024;
    const QString filler = fillUp(m_tmpfs, room);
    QVERIFY(!filler.isEmpty());

    const QStringList import{QStringLiteral("--database"),    db,
                             QStringLiteral("import"),        QStringLiteral("--mapping"),
                             QStringLiteral("fiscal-budget"), m_csv};
    const CliRun failed = runInside(import);
    QVERIFY2(failed.exitCode == (stage == QLatin1String("backup") ? 4 : 1), qPrintable(failed.err));
    QVERIFY2(failed.err.contains(QLatin1String("No space left on device")), qPrintable(failed.err));
    QVERIFY2(failed.err.contains(QLatin1String("Nothing was imported.")), qPrintable(failed.err));
    if (stage == QLatin1String("backup"))
        QVERIFY2(failed.err.contains(QLatin1String("the backup of")), qPrintable(failed.err));
    else
        QVERIFY2(failed.err.contains(QLatin1String("the database refused the import")), qPrintable(failed.err));
    QCOMPARE(integrity(copyOut(name)), QStringLiteral("ok"));
    // No half-written backup is left either.
    for (const QString &name : QDir(m_tmpfs + QStringLiteral("/backups")).entryList(QDir::Files))
        QVERIFY2(!name.endsWith(QLatin1String(".partial")), qPrintable(name));

    // Space freed: nothing of the failed import is there, and the same import now goes through.
    QVERIFY(QFile::remove(filler));
    QCOMPARE(dump(copyOut(name)), before);
    const CliRun retried = runInside(import);
    QVERIFY2(retried.exitCode == 0, qPrintable(retried.err));
    QCOMPARE(integrity(copyOut(name)), QStringLiteral("ok"));
    QCOMPARE(budgetLines(copyOut(name)), budgetLines(m_pristine) + 3000);
}

void TestDiskFull::exportFailsWithTheRealReason_data()
{
    QTest::addColumn<QStringList>("format");
    QTest::newRow("json") << QStringList{QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("csv") << QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--table"),
                                        QStringLiteral("budget-lines")};
}

void TestDiskFull::exportFailsWithTheRealReason()
{
    QFETCH(QStringList, format);
    // The database stays on the ordinary disk; only the output goes to the full one.
    const QString db = m_dir.filePath(QStringLiteral("export-%1.sqlite").arg(QTest::currentDataTag()));
    QFile::remove(db);
    QVERIFY(QFile::copy(m_pristine, db));
    const QString out = m_mountPoint + QStringLiteral("/out");
    const QByteArray older("an older export that must survive\n");
    {
        QFile file(m_tmpfs + QStringLiteral("/out"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(older);
    }
    const QString filler = fillUp(m_tmpfs, 0);
    const QStringList exportArguments = QStringList{QStringLiteral("--database"), db, QStringLiteral("export")} +
                                        format + QStringList{QStringLiteral("-o"), out};
    const CliRun failed = runInside(exportArguments);
    QVERIFY2(failed.exitCode == 4, qPrintable(failed.err));
    QVERIFY2(failed.err.contains(out) && failed.err.contains(QLatin1String("No space left on device")),
             qPrintable(failed.err));
    QFile kept(m_tmpfs + QStringLiteral("/out"));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), older);
    kept.close();
    QCOMPARE(QDir(m_tmpfs).entryList(QDir::Files | QDir::Hidden),
             (QStringList{QStringLiteral("filler"), QStringLiteral("out")}));

    QVERIFY(QFile::remove(filler));
    const CliRun retried = runInside(exportArguments);
    QVERIFY2(retried.exitCode == 0, qPrintable(retried.err));
    QVERIFY(QFileInfo(m_tmpfs + QStringLiteral("/out")).size() > 1024);
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "TestDiskFull.moc"
