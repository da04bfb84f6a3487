#pragma once

#include <QString>

namespace innoatlas {

/**
 * SQLite's PRAGMA quick_check of a file on a read-only connection of its own, so that it can run
 * on another thread while the program already shows the file (see Database::setCheckLater()).
 */
class IntegrityCheck
{
public:
    /** "ok" when the file passes, else what SQLite found (or why the file could not be read). */
    static QString ofFile(const QString &path);
};

} // namespace innoatlas
