#pragma once

// A database created from the built-in dataset in a temporary folder, for the tests of this folder.

#include "store/Database.h"
#include "store/UserDatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace innoatlas {

class BuiltinDatabase
{
public:
    BuiltinDatabase()
    {
        if (!m_dir.isValid())
            qFatal("no temporary folder");
        m_database = std::make_unique<Database>();
        if (!UserDatabase::open(*m_database, m_dir.filePath(QStringLiteral("builtin.sqlite"))))
            qFatal("the built-in database cannot be created: %s", qPrintable(m_database->errorString()));
    }

    Database &database() { return *m_database; }
    QSqlDatabase connection() const { return m_database->connection(); }
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

} // namespace innoatlas
