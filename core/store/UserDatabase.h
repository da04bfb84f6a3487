#pragma once

#include "store/Database.h"

namespace innoatlas {

/**
 * The user's database file: where it lives by default, and how it comes to be.
 * A file that does not exist yet is created from the built-in dataset, so the
 * program opens on the curated plans with no set-up.
 */
class UserDatabase
{
public:
    /** The per-user data folder's innoatlas.sqlite. */
    static QString defaultPath();
    /**
     * Opens @p path, creating it from the built-in dataset first when it does not exist. A server
     * address (postgresql://user@host:port/dbname) opens that database, filling it from the built-in
     * dataset when it holds none; @p password is for the server (empty: libpq's password file).
     */
    static bool open(Database &database, const QString &path, const QString &password = QString());
    /** Fills a new database with the built-in dataset and indexes its texts. */
    static bool initialiseFromBuiltin(Database &database, QString *error);
};

} // namespace innoatlas
