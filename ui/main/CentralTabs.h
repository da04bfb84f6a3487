#pragma once

#include <QTabWidget>

namespace innoatlas {

/**
 * The views of the central area (overview, and the timeline and charts views that plug in
 * with addView()). A tab is labelled with its view's window title and follows it when the
 * view retitles itself (for instance after a change of interface language).
 */
class CentralTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit CentralTabs(QWidget *parent = nullptr);

    /** Adds @p view as a tab labelled with its windowTitle(); returns the tab's index. */
    int addView(QWidget *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace innoatlas
