#pragma once

#include "model/Event.h"
#include "model/Plan.h"
#include "model/Region.h"
#include "model/Source.h"

namespace innoatlas {

/**
 * Everything InnoAtlas knows, as plain values: what a dataset file holds and what
 * the store loads and saves in one piece.
 */
struct Dataset
{
    QVector<Source> sources;
    QVector<Theme> themes;
    QVector<Region> regions;
    QVector<Organisation> organisations;
    QVector<Plan> plans;
    QVector<Event> events;
    QVector<Participation> participations;

    /** Appends another dataset's entities after this one's. */
    void append(const Dataset &other);

    bool operator==(const Dataset &o) const
    {
        return sources == o.sources && themes == o.themes && regions == o.regions && organisations == o.organisations &&
               plans == o.plans && events == o.events && participations == o.participations;
    }
};

} // namespace innoatlas
