#pragma once

#include "charts/PresenterDeck.h"

#include <QCoreApplication>

#include <optional>

namespace innoatlas {

/**
 * The named figures scripts can export ("by-city", "by-year", "targets", "timeline-cities" ...):
 * each a slide with its settings, and a one-line description for --list-charts.
 */
class FigureCatalog
{
    Q_DECLARE_TR_FUNCTIONS(FigureCatalog)

public:
    struct Entry
    {
        QString name;
        QString description;
        PresenterSlide slide;
    };

    static QVector<Entry> entries();
    static std::optional<Entry> find(const QString &name);
};

} // namespace innoatlas
