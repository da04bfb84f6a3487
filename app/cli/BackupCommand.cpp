#include "BackupCommand.h"

#include "backup/Backups.h"
#include "store/Database.h"
#include "store/UserDatabase.h"

#include <QFileInfo>
#include <QLocale>

namespace innoatlas {

int BackupCommand::backup(const CliContext &context)
{
    Database database;
    if (!UserDatabase::open(database, context.databasePath)) {
        context.err << database.errorString() << Qt::endl;
        return ExitDatabase;
    }
    BackupInfo created;
    QString error;
    if (!Backups::create(database.connection(), Backups::Reason::Manual, &created, &error)) {
        context.err << error << Qt::endl;
        return ExitIo;
    }
    context.out << created.path << Qt::endl;
    return ExitOk;
}

int BackupCommand::list(const CliContext &context)
{
    const QVector<BackupInfo> backups = Backups::list(context.databasePath);
    if (backups.isEmpty()) {
        context.err
            << Cli::tr("%1: no backups in %2").arg(context.databasePath, Backups::folderFor(context.databasePath))
            << Qt::endl;
        return ExitOk;
    }
    const QLocale locale(QLocale::English);
    for (const BackupInfo &info : backups) {
        context.out << info.created.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) << "  "
                    << locale.toString(info.size).rightJustified(12) << "  " << info.reason.leftJustified(16) << "  "
                    << QFileInfo(info.path).fileName() << '\n';
    }
    context.out.flush();
    return ExitOk;
}

int BackupCommand::restore(const CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1) {
        context.err << Cli::tr("restore: name one backup (a file, or a name that \"backups\" lists)") << Qt::endl;
        return ExitUsage;
    }
    const QString backup = Backups::resolve(context.databasePath, arguments.first());
    if (backup.isEmpty()) {
        context.err << Cli::tr("%1: no such backup").arg(arguments.first()) << Qt::endl;
        return ExitProblems;
    }
    BackupInfo safety;
    QString error;
    if (!Backups::restore(backup, context.databasePath, &safety, &error)) {
        context.err << error << Qt::endl;
        return ExitProblems;
    }
    Database restored;
    if (!restored.open(context.databasePath)) {
        context.err << restored.errorString() << Qt::endl;
        return ExitDatabase;
    }
    if (!safety.path.isEmpty())
        context.err << Cli::tr("The file before the restore was kept as %1.").arg(safety.path) << Qt::endl;
    context.err << Cli::tr("Restored %1 from %2.").arg(context.databasePath, backup) << Qt::endl;
    return ExitOk;
}

bool BackupCommand::beforeImport(const CliContext &context, const Database &database)
{
    QString error;
    if (Backups::beforeImport(database.connection(), &error))
        return true;
    context.err << error << Qt::endl << Cli::tr("Nothing was imported.") << Qt::endl;
    return false;
}

} // namespace innoatlas
