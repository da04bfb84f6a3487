#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace innoatlas {

/** Exit codes of innoatlas-cli. */
enum CliExit
{
    ExitOk = 0,
    ExitProblems = 1,
    ExitUsage = 2,
    ExitDatabase = 3,
    ExitIo = 4
};

/** What every command needs: where to write, which database, which language. */
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    QString databasePath;
    QString language; ///< content language, "ko" or "en"
};

/** Translation context for the command-line companion's messages. */
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace innoatlas
