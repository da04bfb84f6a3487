#include "charts/TimelineData.h"

namespace innoatlas {

QVector<const TimelineItem *> TimelineData::itemsOf(const QString &laneKey) const
{
    QVector<const TimelineItem *> result;
    for (const TimelineItem &item : items) {
        if (item.laneKey == laneKey)
            result.append(&item);
    }
    return result;
}

const TimelineItem *TimelineData::item(const QString &key) const
{
    for (const TimelineItem &item : items) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

} // namespace innoatlas
