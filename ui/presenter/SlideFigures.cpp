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
    if (const Maker make = maker(slide, data, language, options))
        return make();
    const InvestmentRequest request = slide.chartRequest();
    auto figure = std::make_unique<ChartFigure>(data.chart(request, language), options.look);
    if (options.sameLayoutInBothLanguages) {
        const Language other = language == Language::Korean ? Language::English : Language::Korean;
        figure->setTwin(data.chart(request, other));
    }
    return figure;
}

SlideFigures::Maker SlideFigures::maker(const PresenterSlide &slide, SlideData &data, Language language,
                                        const Options &options)
{
    switch (slide.view) {
    case PresenterSlide::View::Chart:
        return nullptr;
    case PresenterSlide::View::Timeline:
        data.letGoOfCharts();
        return [dataset = data.sharedTimelines(), request = slide.timelineRequest(), language, options] {
            return std::make_unique<TimelineFigure>(TimelineBuilder(*dataset).build(request, language), options.look,
                                                    options.today);
        };
    case PresenterSlide::View::Targets:
        data.letGoOfCharts();
        return [dataset = data.sharedTimelines(), cities = slide.cityKeys(), themes = slide.themeKeys(), language,
                options] {
            return std::make_unique<TargetsFigure>(TargetsBuilder(*dataset).build(cities, themes, language),
                                                   options.look);
        };
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
