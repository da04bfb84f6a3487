#pragma once

#include <QObject>

namespace innoatlas {

class Database;
class InvestmentChartView;
class MainWindow;
class TargetsView;
class TimelineWidget;

/**
 * Puts the figure views (investment charts, timeline, targets) into the main window's central
 * tabs, with presenter mode (F5) and the deck they add slides to, and keeps their tab titles
 * in the interface language.
 */
class FigureViews : public QObject
{
    Q_OBJECT

public:
    FigureViews(MainWindow &window, Database &database);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    MainWindow &m_window;
    Database &m_database;
    InvestmentChartView *m_charts = nullptr;
    TimelineWidget *m_timeline = nullptr;
    TargetsView *m_targets = nullptr;
};

} // namespace innoatlas
