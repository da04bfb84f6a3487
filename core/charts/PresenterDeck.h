#pragma once

#include "charts/InvestmentRequest.h"
#include "charts/TimelineRequest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVector>

namespace innoatlas {

/** One slide of a presenter deck: a view and its settings. */
struct PresenterSlide
{
    enum class View
    {
        Chart,
        Timeline,
        Targets
    };

    View view = View::Chart;
    /** InvestmentRequest::toJson(), TimelineRequest::toJson(), or {"cities": [...], "themes": [...]}. */
    QJsonObject settings;

    static PresenterSlide chart(const InvestmentRequest &request);
    static PresenterSlide timeline(const TimelineRequest &request);
    static PresenterSlide targets(const QStringList &cityKeys = {}, const QStringList &themeKeys = {});

    InvestmentRequest chartRequest() const { return InvestmentRequest::fromJson(settings); }
    TimelineRequest timelineRequest() const { return TimelineRequest::fromJson(settings); }
    QStringList cityKeys() const;
    QStringList themeKeys() const;

    bool operator==(const PresenterSlide &o) const { return view == o.view && settings == o.settings; }
};

/** "chart", "timeline", "targets" (as stored). */
QString presenterViewName(PresenterSlide::View view);
bool parsePresenterViewName(const QString &name, PresenterSlide::View *view);

/** An ordered list of slides shown full screen in presenter mode. */
struct PresenterDeck
{
    Q_DECLARE_TR_FUNCTIONS(PresenterDeck)

public:
    QString name;
    QVector<PresenterSlide> slides;

    /** The deck a database without decks starts with: the main charts, the targets and both timelines. */
    static PresenterDeck standard();

    bool operator==(const PresenterDeck &o) const { return name == o.name && slides == o.slides; }
};

} // namespace innoatlas
