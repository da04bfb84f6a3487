#pragma once

#include "charts/TimeScale.h"
#include "charts/TimelineData.h"

namespace innoatlas {

/** @p lanes lanes of @p perLane one-day events each, over three years: a timeline as dense as a test needs. */
inline TimelineData denseTimeline(int lanes, int perLane)
{
    TimelineData data;
    data.title = QStringLiteral("Dense timeline");
    QVector<QPair<QDate, QDate>> spans;
    for (int lane = 0; lane < lanes; ++lane) {
        const QString laneKey = QStringLiteral("lane.%1").arg(lane);
        data.lanes.append({laneKey, QStringLiteral("Lane %1").arg(lane), QString()});
        for (int i = 0; i < perLane; ++i) {
            TimelineItem item;
            item.key = QStringLiteral("ev.%1.%2").arg(lane).arg(i);
            item.laneKey = laneKey;
            item.label = QStringLiteral("Event %1 of lane %2").arg(i).arg(lane);
            item.first = item.last = QDate(2020, 1, 1).addDays((i * 37 + lane * 11) % 1000);
            data.items.append(item);
            spans.append({item.first, item.last});
        }
    }
    data.scale = TimeScale::compressed(spans);
    return data;
}

} // namespace innoatlas
