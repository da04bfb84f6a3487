#pragma once

#include "CliContext.h"

#include <QStringList>

namespace innoatlas {

/** innoatlas-cli backup, backups and restore: the database's backups folder. */
class BackupCommand
{
public:
    /** backup: one backup of the database now; prints its path. */
    static int backup(const CliContext &context);
    /** backups: the backups of the database, newest first. */
    static int list(const CliContext &context);
    /** restore BACKUP: replaces the database with a backup, all or nothing. */
    static int restore(const CliContext &context, const QStringList &arguments);
    /** The backup before an import; false after printing why (nothing may be imported then). */
    static bool beforeImport(const CliContext &context, const class Database &database);
};

} // namespace innoatlas
