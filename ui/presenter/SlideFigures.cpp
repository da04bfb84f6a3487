#include "presenter/SlideFigures.h"

#include "charts/ChartFigure.h"
#include "charts/TargetsBuilder.h"
#include "charts/TargetsFigure.h"
#include "charts/TimelineBuilder.h"
#include "timeline/TimelineFigure.h"

namespace innoatlas {

std::unique_ptr<Figure> SlideFigures::create(const PresenterSlide &slide, SlideData &data, Language language,
                                             const Options &options)
{
    switch (slide.view) {
    case PresenterSlide::View::Chart: {
        const InvestmentRequest request = slide.chartRequest();
        auto figure = std::make_unique<ChartFigure>(data.chart(request, language), options.look);
        if (options.sameLayoutInBothLanguages) {
            const Language other = language == Language::Korean ? Language::English : Language::Korean;
            figure->setTwin(data.chart(request, other));
        }
        return figure;
    }
    case PresenterSlide::View::Timeline:
        data.letGoOfCharts();
        return std::make_unique<TimelineFigure>(
            TimelineBuilder(data.timelines()).build(slide.timelineRequest(), language), options.look, options.today);
    case PresenterSlide::View::Targets:
        data.letGoOfCharts();
        return std::make_unique<TargetsFigure>(
            TargetsBuilder(data.timelines()).build(slide.cityKeys(), slide.themeKeys(), language), options.look);
    }
    return nullptr;
}

std::unique_ptr<Figure> SlideFigures::create(const PresenterSlide &slide, const Dataset &dataset, Language language,
                                             const Options &options)
{
    // The caller keeps the dataset alive while the figure is made: the data only points at it (an empty owner).
    SlideData data(std::shared_ptr<const Dataset>(std::shared_ptr<const Dataset>(), &dataset));
    return create(slide, data, language, options);
}

} // namespace innoatlas
