#include "store/IntegrityCheck.h"

#include "store/ReadOnlyConnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace innoatlas {

QString IntegrityCheck::ofFile(const QString &path)
{
    const ReadOnlyConnection reader(path);
    if (!reader.isOpen())
        return reader.errorString();
    QSqlQuery check(reader.connection());
    check.setForwardOnly(true);
    if (check.exec(QStringLiteral("PRAGMA quick_check(1)")) && check.next())
        return check.value(0).toString();
    return check.lastError().text();
}

} // namespace innoatlas
