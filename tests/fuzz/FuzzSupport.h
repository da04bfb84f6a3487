#pragma once

// What every libFuzzer target of InnoAtlas shares: a QCoreApplication (for the SQL driver
// plugin and the resources) and, for the targets that write, a database with the built-in
// dataset in a temporary folder.

#include "store/Database.h"
#include "store/UserDatabase.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace innoatlas::fuzz {

inline void startApplication(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
}

/** The built-in dataset in a database of its own, created once per fuzzing process. */
inline Database &builtinDatabase()
{
    static QTemporaryDir dir;
    // Closed by an exit handler registered once it is open, so before Qt SQL's own globals (made
    // while opening) are destroyed: a plain static Database would be closed after them and crash.
    static Database *database = [] {
        auto *opened = new Database;
        if (!UserDatabase::open(*opened, dir.filePath(QStringLiteral("fuzz.sqlite")))) {
            std::fprintf(stderr, "cannot create the fuzzing database: %s\n", qPrintable(opened->errorString()));
            std::abort();
        }
        std::atexit([] { delete database; });
        return opened;
    }();
    return *database;
}

} // namespace innoatlas::fuzz
