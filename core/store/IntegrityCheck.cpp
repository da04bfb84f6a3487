#include "store/IntegrityCheck.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace innoatlas {

QString IntegrityCheck::ofFile(const QString &path)
{
    static QAtomicInt next;
    const QString name = QStringLiteral("innoatlas-integrity-%1").arg(next.fetchAndAddRelaxed(1));
    QString result;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!database.open()) {
            result = database.lastError().text();
        } else {
            QSqlQuery check(database);
            check.setForwardOnly(true);
            if (check.exec(QStringLiteral("PRAGMA quick_check(1)")) && check.next())
                result = check.value(0).toString();
            else
                result = check.lastError().text();
            check.finish();
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace innoatlas
