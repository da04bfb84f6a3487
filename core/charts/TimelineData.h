#pragma once

#include "charts/TimeScale.h"
#include "charts/TimelineRequest.h"
#include "model/LocalizedText.h"
#include "model/PartialDate.h"

#include <QHash>
#include <QStringList>

namespace innoatlas {

/** A plan's period (a span), an event (a point or a band) or a target (a marker at its year). */
struct TimelineItem
{
    enum class Kind
    {
        Period,
        Event,
        Target
    };

    Kind kind = Kind::Event;
    QString key; ///< the entity: plan, event or target key
    QString laneKey;
    QString planKey;
    QString regionKey;
    QString label;  ///< what is written beside it, in the timeline's language
    QString detail; ///< the date or period as far as known, or the target's change
    QDate first;    ///< first day it may stand for (PartialDate::earliest())
    QDate last;     ///< last day it may stand for (PartialDate::latest())
    DatePrecision precision = DatePrecision::Day;
    QString eventKind;      ///< for events: Vocabulary::eventKinds()
    QStringList sourceKeys; ///< the sources of its date, period or value

    /** Known to the day: drawn as a point; anything else is drawn as the span it stands for. */
    bool isPoint() const { return kind == Kind::Event && precision == DatePrecision::Day; }
};

struct TimelineLane
{
    QString key;
    QString label;
    QString regionKey;
};

/**
 * A timeline, computed in full by TimelineBuilder: lanes, items with their true date ranges,
 * the time scale, and the words around it in one language. The scene only draws it.
 */
struct TimelineData
{
    TimelineRequest request;
    Language language = Language::Korean;
    QString title;
    QVector<TimelineLane> lanes;
    QVector<TimelineItem> items; ///< sorted by lane, then by first day
    TimeScale scale;
    QStringList notes;
    QString sourceLine;
    QStringList sourceKeys;
    QHash<QString, QString> sourceNames; ///< source key → "publisher, date"

    /** The items of a lane, in order. */
    QVector<const TimelineItem *> itemsOf(const QString &laneKey) const;
    const TimelineItem *item(const QString &key) const;
};

} // namespace innoatlas
