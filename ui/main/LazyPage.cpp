#include "main/LazyPage.h"

#include <QVBoxLayout>

namespace innoatlas {

LazyPage::LazyPage(const QString &objectName, Factory factory, Refresh refresh, QWidget *parent)
    : QWidget(parent), m_factory(std::move(factory)), m_refresh(std::move(refresh))
{
    setObjectName(objectName);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPage::ensureView()
{
    if (m_view)
        return m_view;
    m_view = m_factory();
    m_stale = false;
    layout()->addWidget(m_view);
    // A child added while the page is being shown would otherwise appear only after the next event loop.
    if (isVisible())
        m_view->show();
    emit viewCreated(m_view);
    return m_view;
}

QWidget *LazyPage::upToDateView()
{
    QWidget *view = ensureView();
    if (m_stale) {
        m_stale = false;
        m_refresh(view);
    }
    return view;
}

void LazyPage::refresh()
{
    if (!m_view)
        return;
    if (isVisible()) {
        m_stale = false;
        m_refresh(m_view);
    } else {
        m_stale = true;
    }
}

void LazyPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Built here rather than at start: a national database makes each of these views read the
    // whole dataset, which would hold up the first paint of the window.
    upToDateView();
}

} // namespace innoatlas
