#include "store/IntegrityCheck.h"

#include "store/Migrations.h"
#include "store/ReadOnlyConnection.h"
#include "store/StoreError.h"

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
    if (!check.exec(QStringLiteral("PRAGMA quick_check(1)")) || !check.next())
        return check.lastError().text();
    const QString found = check.value(0).toString();
    if (found != QLatin1String("ok"))
        return found;
    check.finish();
    try {
        const QString difference = Migrations::schemaDifference(reader.connection());
        if (!difference.isEmpty())
            return QStringLiteral("unexpected schema: %1").arg(difference);
    } catch (const StoreError &e) {
        return e.message();
    }
    return found;
}

} // namespace innoatlas
