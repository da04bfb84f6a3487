#include "dataset/DatasetIssue.h"

namespace innoatlas {

QString DatasetIssue::toString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    if (!path.isEmpty())
        where += QStringLiteral(": ") + path;
    return where + QStringLiteral(": ") + message;
}

} // namespace innoatlas
