#include "common/RebuildWhenShown.h"

#include <QEvent>
#include <QWidget>

namespace innoatlas {

RebuildWhenShown::RebuildWhenShown(QWidget *view, std::function<void()> rebuild)
    : QObject(view), m_view(view), m_rebuild(std::move(rebuild))
{
    view->installEventFilter(this);
}

void RebuildWhenShown::languageChanged()
{
    m_outOfDate = true;
    if (m_view->isVisible()) {
        m_outOfDate = false;
        m_rebuild();
    }
}

bool RebuildWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_outOfDate) {
        m_outOfDate = false;
        m_rebuild();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace innoatlas
