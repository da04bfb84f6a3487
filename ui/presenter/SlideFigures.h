#pragma once

#include "charts/Figure.h"
#include "charts/FigureStyle.h"
#include "charts/PresenterDeck.h"
#include "charts/SlideData.h"
#include "model/Dataset.h"

#include <QDate>

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
};

} // namespace innoatlas
