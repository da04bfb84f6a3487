#pragma once

#include "charts/Figure.h"
#include "charts/FigureStyle.h"
#include "charts/PresenterDeck.h"
#include "charts/TimelineData.h"
#include "model/Dataset.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QToolButton;

namespace innoatlas {

class RebuildWhenShown;

class Database;
class TimelineView;

/**
 * Per-city and per-plan timelines with their controls: lanes by city or plan, filters by city
 * and theme, zoom in, zoom out, fit all, export (the whole timeline), add to the presenter deck;
 * the title above and the notes and sources below. Clicking an item emits its entity key.
 *
 * A standalone widget: it needs only the dataset (or a database to read it from).
 */
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(Database &database, QWidget *parent = nullptr);
    explicit TimelineWidget(std::shared_ptr<const Dataset> dataset, QWidget *parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> dataset);
    TimelineRequest request() const { return m_request; }
    void setRequest(const TimelineRequest &request);
    void setToday(const QDate &date);
    const TimelineData &data() const { return m_data; }
    TimelineView *view() const { return m_view; }
    /** The whole timeline as a figure (for exports and presenter slides). */
    std::unique_ptr<Figure> createFigure(FigureLook look = FigureLook::Standard) const;

signals:
    void entitySelected(const QString &key);
    void addToDeckRequested(const innoatlas::PresenterSlide &slide);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void readControls();

    std::shared_ptr<const Dataset> m_dataset;
    TimelineRequest m_request;
    TimelineData m_data;
    QDate m_today;
    bool m_syncing = false;

    QComboBox *m_lanes = nullptr;
    QComboBox *m_city = nullptr;
    QComboBox *m_theme = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QToolButton *m_fit = nullptr;
    QToolButton *m_export = nullptr;
    QToolButton *m_addToDeck = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_footer = nullptr;
    TimelineView *m_view = nullptr;
    RebuildWhenShown *m_languageRebuild = nullptr; ///< after a language switch
};

} // namespace innoatlas
