#include "model/Dataset.h"

namespace innoatlas {

void Dataset::append(const Dataset &other)
{
    sources += other.sources;
    themes += other.themes;
    regions += other.regions;
    organisations += other.organisations;
    plans += other.plans;
    events += other.events;
    participations += other.participations;
}

} // namespace innoatlas
