#include "editing/ReadOnlyBanner.h"

#include <QEvent>
#include <QLabel>

namespace innoatlas {

ReadOnlyBanner::ReadOnlyBanner(QWidget *parent) : QToolBar(parent)
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    setMovable(false);
    setFloatable(false);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("readOnlyBannerText"));
    // One line: a wrapped label in a toolbar asks for the height of its narrowest layout.
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // Amber with dark text in every colour theme: a warning, readable on light and dark desktops.
    m_label->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; color: #3d2e00; padding: 6px 10px; "
                                          "border: 1px solid #e0b400; border-radius: 3px; }"));
    addWidget(m_label);
    // The banner says why editing is off; hiding it through the toolbar menu would hide that.
    toggleViewAction()->setVisible(false);
}

void ReadOnlyBanner::setReason(const QString &file, const QString &reason)
{
    m_file = file;
    m_reason = reason;
    retranslate();
}

QString ReadOnlyBanner::text() const
{
    return m_label->text();
}

void ReadOnlyBanner::retranslate()
{
    setWindowTitle(tr("Read-only"));
    m_label->setText(tr("Read-only: %1 — %2. Editing is turned off; you can still browse, search and export.")
                         .arg(m_file, m_reason));
}

void ReadOnlyBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

} // namespace innoatlas
