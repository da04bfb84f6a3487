#pragma once

// An InnoAtlas file with enough rows for pages of their own beyond the schema's, and the same
// with an index page near its end overwritten: a damage that opening reads past and only a
// quick_check finds.

#include "store/Database.h"

#include <QFile>
#include <QSqlQuery>

namespace innoatlas::testing {

inline bool makeDatabase(const QString &path, bool damaged)
{
    {
        Database db;
        const bool made = db.openOrCreate(path, [](Database &created, QString *) {
            QSqlQuery insert(created.connection());
            insert.prepare(QStringLiteral("INSERT INTO entity (kind, key) VALUES ('theme', ?)"));
            for (int i = 0; i < 3000; ++i) {
                insert.addBindValue(QStringLiteral("theme.%1-with-a-longer-key-to-fill-pages").arg(i));
                if (!insert.exec())
                    return false;
            }
            return true;
        });
        if (!made)
            return false;
    }
    if (!damaged)
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(file.size() - 8192))
        return false;
    return file.write(QByteArray(4096, '\xA5')) == 4096;
}

} // namespace innoatlas::testing
