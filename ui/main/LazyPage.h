#pragma once

#include <QWidget>

#include <functional>

namespace innoatlas {

/**
 * A light page that stands in a central tab for a view that is costly to build (a chart, the
 * timeline): the view is created the first time the page is shown, or when ensureView() asks for
 * it. refresh() brings an existing view up to date now when it is on screen, or when it is next
 * shown; a view that does not exist yet is left alone (it reads the data as they are when created).
 */
class LazyPage : public QWidget
{
    Q_OBJECT

public:
    using Factory = std::function<QWidget *()>;
    using Refresh = std::function<void(QWidget *)>;

    LazyPage(const QString &objectName, Factory factory, Refresh refresh, QWidget *parent = nullptr);

    /** The view, or nullptr while it has not been created. */
    QWidget *view() const { return m_view; }
    /** The view, created now when it does not exist yet. */
    QWidget *ensureView();
    /** The view, created now when it does not exist yet, and brought up to date now when a refresh waits. */
    QWidget *upToDateView();
    /** Brings the view up to date: now when it is visible, else when it is next shown; nothing without a view. */
    void refresh();
    /** Whether a refresh waits for the page to be shown. */
    bool isStale() const { return m_stale; }

signals:
    /** The view was just created (and parented to this page). */
    void viewCreated(QWidget *view);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Factory m_factory;
    Refresh m_refresh;
    QWidget *m_view = nullptr;
    bool m_stale = false;
};

} // namespace innoatlas
