#include "presenter/SlideFigures.h"

#include "charts/ChartFigure.h"
#include "charts/InvestmentChartBuilder.h"
#include "charts/TargetsBuilder.h"
#include "charts/TargetsFigure.h"
#include "charts/TimelineBuilder.h"
#include "timeline/TimelineFigure.h"

namespace innoatlas {

std::unique_ptr<Figure> SlideFigures::create(const PresenterSlide &slide, const Dataset &dataset, Language language,
                                             const Options &options)
{
    switch (slide.view) {
    case PresenterSlide::View::Chart: {
        const InvestmentChartBuilder builder(dataset);
        const InvestmentRequest request = slide.chartRequest();
        auto figure = std::make_unique<ChartFigure>(builder.build(request, language), options.look);
        if (options.sameLayoutInBothLanguages) {
            const Language other = language == Language::Korean ? Language::English : Language::Korean;
            figure->setTwin(builder.build(request, other));
        }
        return figure;
    }
    case PresenterSlide::View::Timeline:
        return std::make_unique<TimelineFigure>(TimelineBuilder(dataset).build(slide.timelineRequest(), language),
                                                options.look, options.today);
    case PresenterSlide::View::Targets:
        return std::make_unique<TargetsFigure>(
            TargetsBuilder(dataset).build(slide.cityKeys(), slide.themeKeys(), language), options.look);
    }
    return nullptr;
}

} // namespace innoatlas
