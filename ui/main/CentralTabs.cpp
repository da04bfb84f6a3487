#include "main/CentralTabs.h"

#include <QEvent>

namespace innoatlas {

CentralTabs::CentralTabs(QWidget *parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("centralTabs"));
    setDocumentMode(true);
    setTabBarAutoHide(true);
    // Focus goes to the views themselves; the tab widget would hand it to a tab bar that is hidden while
    // there is a single view, and Tab would stop there.
    setFocusPolicy(Qt::NoFocus);
}

int CentralTabs::addView(QWidget *view)
{
    view->installEventFilter(this);
    const int index = addTab(view, view->windowTitle());
    setTabToolTip(index, view->windowTitle());
    return index;
}

bool CentralTabs::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::WindowTitleChange) {
        auto *view = qobject_cast<QWidget *>(watched);
        const int index = view ? indexOf(view) : -1;
        if (index >= 0) {
            setTabText(index, view->windowTitle());
            setTabToolTip(index, view->windowTitle());
        }
    }
    return QTabWidget::eventFilter(watched, event);
}

} // namespace innoatlas
