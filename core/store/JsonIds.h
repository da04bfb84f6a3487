#pragma once

#include <QString>
#include <QStringList>

namespace innoatlas {

/**
 * Ids as one JSON array ("[4,8,15]"), bound to the one placeholder of "x IN (SELECT value FROM json_each(?))": a
 * statement of one parameter however many ids it is asked about.
 */
template <typename Ids>
QString jsonIds(const Ids &ids)
{
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id);
    return QLatin1Char('[') + list.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace innoatlas
