#pragma once

#include "model/Figure.h"

namespace innoatlas {

/** Something that happened or is scheduled: a ceremony, an agreement, a visit. */
struct Event
{
    QString key;
    QString regionKey;
    QString planKey;
    QString kind;
    LocalizedText title;
    LocalizedText description;
    DateFigure date;

    bool operator==(const Event &o) const
    {
        return key == o.key && regionKey == o.regionKey && planKey == o.planKey && kind == o.kind && title == o.title &&
               description == o.description && date == o.date;
    }
};

/** An organisation or region taking part in a plan or an event, in a role. */
struct Participation
{
    QString key;
    QString organisationKey;
    QString regionKey;
    QString planKey;
    QString eventKey;
    QString role;
    LocalizedText description;
    QStringList quoteKeys;

    bool operator==(const Participation &o) const
    {
        return key == o.key && organisationKey == o.organisationKey && regionKey == o.regionKey &&
               planKey == o.planKey && eventKey == o.eventKey && role == o.role && description == o.description &&
               quoteKeys == o.quoteKeys;
    }
};

} // namespace innoatlas
