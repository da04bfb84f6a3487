#pragma once

// Runs the innoatlas-cli built with the tests (INNOATLAS_CLI) and collects what it did.

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStringList>

namespace innoatlas::test {

struct CliRun
{
    int exitCode = -1; ///< -1 when the program crashed
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(INNOATLAS_CLI), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        qFatal("innoatlas-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

/** SHA-256 of a file, to prove it was left untouched. */
inline QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace innoatlas::test
