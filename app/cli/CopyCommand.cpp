#include "CopyCommand.h"

#include "store/Database.h"
#include "store/ServerAddress.h"
#include "store/StoreCopy.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace innoatlas {

namespace {
const Database::Initialiser schemaOnly = [](Database &, QString *) { return true; };

/** Opens one end of a copy; @p created tells whether a new file was made for it. */
bool openEnd(Database &database, const QString &where, bool isTarget, bool *created)
{
    *created = false;
    if (ServerAddress::isServerAddress(where))
        return database.openServer(where);
    if (!isTarget || QFileInfo::exists(where))
        return database.open(where);
    *created = true;
    return database.openOrCreate(where, schemaOnly);
}
} // namespace

QList<QCommandLineOption> CopyCommand::options()
{
    return {QCommandLineOption(QStringLiteral("replace"),
                               Cli::tr("copy: overwrite the data of a target that already holds some."))};
}

QString CopyCommand::help()
{
    return Cli::tr("  copy FROM TO [--replace]         copy a database to another, all or nothing: a file or\n"
                   "                                   postgresql://user@host:port/dbname (password from\n"
                   "                                   ~/.pgpass); refuses a target with data unless --replace");
}

int CopyCommand::run(const CliContext &context, const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.size() != 2) {
        context.err << Cli::tr("copy: give the source and the target (copy FROM TO)") << Qt::endl;
        return ExitUsage;
    }
    const QString &from = arguments.at(0);
    const QString &to = arguments.at(1);
    Database source;
    bool created = false;
    if (!openEnd(source, from, false, &created)) {
        context.err << Cli::tr("copy: %1").arg(source.errorString()) << Qt::endl;
        return ExitDatabase;
    }
    Database target;
    if (!openEnd(target, to, true, &created)) {
        context.err << Cli::tr("copy: %1").arg(target.errorString()) << Qt::endl;
        return ExitDatabase;
    }
    if (source.path() == target.path()) {
        context.err << Cli::tr("copy: the source and the target are the same database") << Qt::endl;
        return ExitUsage;
    }
    try {
        const qint64 rows = StoreCopy::copy(source, target, parser.isSet(QStringLiteral("replace")));
        context.out << Cli::tr("%n rows copied to %1", nullptr, int(rows)).arg(target.path()) << Qt::endl;
    } catch (const StoreError &e) {
        target.close();
        // A file made for this copy goes again: all or nothing.
        if (created)
            QFile::remove(to);
        context.err << Cli::tr("copy: %1; nothing was changed").arg(e.message()) << Qt::endl;
        return ExitProblems;
    }
    return ExitOk;
}

} // namespace innoatlas
