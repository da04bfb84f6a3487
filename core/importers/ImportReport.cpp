#include "importers/ImportReport.h"

namespace innoatlas {

QString RejectedRow::toString() const
{
    if (line <= 0)
        return field.isEmpty() ? reason : QStringLiteral("%1: %2").arg(field, reason);
    if (column > 0 && !field.isEmpty())
        return ImportReport::tr("line %1, column %2 (%3): %4").arg(line).arg(column).arg(field, reason);
    if (column > 0)
        return ImportReport::tr("line %1, column %2: %3").arg(line).arg(column).arg(reason);
    if (!field.isEmpty())
        return ImportReport::tr("line %1 (%2): %3").arg(line).arg(field, reason);
    return ImportReport::tr("line %1: %2").arg(line).arg(reason);
}

void ImportReport::skip(const QString &reason, qint64 rows)
{
    skipped += rows;
    skipReasons[reason] += rows;
}

void ImportReport::reject(qint64 line, int column, const QString &field, const QString &reason)
{
    ++rejectedCount;
    if (rejected.size() < maxRejectedRows)
        rejected.append({line, column, field, reason});
}

} // namespace innoatlas
