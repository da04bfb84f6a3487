#pragma once

#include "charts/Figure.h"
#include "charts/FigureStyle.h"
#include "charts/PresenterDeck.h"
#include "charts/SlideData.h"
#include "model/Dataset.h"

#include <QDate>

#include <functional>
#include <memory>

namespace innoatlas {

/** Makes the figure of a presenter slide (or of a named figure of the catalog) from a dataset. */
class SlideFigures
{
public:
    struct Options
    {
        FigureLook look = FigureLook::Standard;
        QDate today = QDate::currentDate();
        /** Lay charts out for both languages, so that switching keeps every bar in place. */
        bool sameLayoutInBothLanguages = false;
    };

    /** A slide of the timeline or the targets lets go of the charts @p data has read (SlideData::letGoOfCharts()). */
    static std::unique_ptr<Figure> create(const PresenterSlide &slide, SlideData &data, Language language,
                                          const Options &options);
    /** The same, every figure made from @p dataset. */
    static std::unique_ptr<Figure> create(const PresenterSlide &slide, const Dataset &dataset, Language language,
                                          const Options &options);

    /** Makes a figure; it may run on another thread. */
    using Maker = std::function<std::unique_ptr<Figure>()>;
    /**
     * What makes the figure of a timeline or targets slide, on any thread: its data is made from the dataset of the
     * timelines, which no one changes and the maker keeps while it runs, and its figure draws nothing until asked.
     * Null for a chart, made on the window's thread from the charts it has read (create()).
     */
    static Maker maker(const PresenterSlide &slide, SlideData &data, Language language, const Options &options);
};

} // namespace innoatlas
