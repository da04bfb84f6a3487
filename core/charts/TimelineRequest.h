#pragma once

#include <QJsonObject>
#include <QStringList>

namespace innoatlas {

/** Which timeline to draw: one lane per city or per plan, over which cities and themes. */
struct TimelineRequest
{
    enum class Lanes
    {
        Cities,
        Plans
    };

    Lanes lanes = Lanes::Cities;
    QStringList cityKeys;  ///< only these regions; empty for all
    QStringList themeKeys; ///< only items of plans with one of these themes; empty for all

    QJsonObject toJson() const;
    /** Reads what toJson() wrote; unknown or missing members keep their defaults. */
    static TimelineRequest fromJson(const QJsonObject &object);

    bool operator==(const TimelineRequest &o) const
    {
        return lanes == o.lanes && cityKeys == o.cityKeys && themeKeys == o.themeKeys;
    }
};

} // namespace innoatlas
