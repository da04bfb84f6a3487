#pragma once

#include <QString>

namespace innoatlas {

/**
 * The checks Database::open() can leave for later (Database::setCheckLater()): SQLite's PRAGMA
 * quick_check of a file and the comparison of its schema with the one the migrations make, on a
 * read-only connection of its own, so that they can run on another thread while the program
 * already shows the file.
 */
class IntegrityCheck
{
public:
    /**
     * "ok" when the file passes, else what SQLite found, "unexpected schema: <object>" or why the file
     * could not be read.
     */
    static QString ofFile(const QString &path);
};

} // namespace innoatlas
