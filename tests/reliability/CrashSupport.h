#pragma once

// Shared by the crash-consistency tests: generating a budget table, starting innoatlas-cli and
// killing it (SIGKILL, no chance to clean up) after a delay, looking at what is left in a folder.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QStringList>

#include <signal.h>

namespace innoatlas::test {

/** Every run kills at the same points: the delays come from this seed. */
constexpr quint32 crashSeed = 20261122;
constexpr int crashRuns = 50;

/** A fiscal-budget table (docs/IMPORT.md) of @p rows detail businesses, each new to the database. */
inline bool writeBudgetTable(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray bytes;
    bytes += "\"2024년도 세출 세부사업 예산편성현황\"\r\n(단위: 천원)\r\n\r\n";
    bytes +=
        "회계연도,소관명,회계명,분야명,부문명,프로그램명,단위사업명,세부사업명,정부안(천원),국회확정(천원),비고\r\n";
    for (int i = 0; i < rows; ++i) {
        const qint64 amount = 1000 + (qint64(i) * 7919) % 99000000;
        bytes += QStringLiteral(
                     "2024,소관부처%1,일반회계,분야%2,부문%3,프로그램%4,단위사업%5,세부사업 %6,\"%7\",\"%7\",\r\n")
                     .arg(i % 50)
                     .arg(i % 16)
                     .arg(i % 40)
                     .arg(i % 200)
                     .arg(i % 2000)
                     .arg(i)
                     .arg(QLocale(QLocale::English).toString(amount))
                     .toUtf8();
    }
    return file.write(bytes) == bytes.size();
}

/** How one run of innoatlas-cli ended. */
struct KilledRun
{
    bool finished = false; ///< it ended by itself before the kill
    int exitCode = -1;
    QStringList openFiles; ///< what it had open when it was stopped for the kill (Linux /proc)
    QByteArray err;
};

/** Starts innoatlas-cli, and SIGKILLs it after @p delayMs unless it has ended by then. */
inline KilledRun runAndKill(const QStringList &arguments, int delayMs)
{
    QProcess process;
    process.start(QStringLiteral(INNOATLAS_CLI), arguments);
    process.closeWriteChannel();
    if (!process.waitForStarted(30000))
        qFatal("innoatlas-cli did not start");
    KilledRun run;
    run.finished = process.waitForFinished(delayMs) && process.exitStatus() == QProcess::NormalExit;
    if (!run.finished) {
        // Stopped first so that what it has open is seen at the very point of the kill.
        const auto pid = process.processId();
        ::kill(pid_t(pid), SIGSTOP);
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        for (const QFileInfo &fd : fds.entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot))
            run.openFiles.append(fd.symLinkTarget());
        process.kill(); // SIGKILL on Unix
        process.waitForFinished(30000);
    }
    run.exitCode = run.finished ? process.exitCode() : -1;
    run.err = process.readAllStandardError();
    return run;
}

/** Runs innoatlas-cli to its end and returns how long it took, in milliseconds (-1 when it failed). */
inline qint64 timedRun(const QStringList &arguments, QByteArray *errors = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(QStringLiteral(INNOATLAS_CLI), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return -1;
    if (errors)
        *errors = process.readAllStandardError() + process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 ? timer.elapsed() : -1;
}

/** The names of the files in @p folder, sorted. */
inline QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace innoatlas::test
