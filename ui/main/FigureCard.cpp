#include "main/FigureCard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace innoatlas {

FigureCard::FigureCard(const QString &objectName, QWidget *parent) : QFrame(parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_caption = new QLabel(this);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_value = new QLabel(this);
    m_value->setObjectName(objectName + QStringLiteral("Value"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_value->setWordWrap(true);
    QFont font = m_value->font();
    font.setPointSizeF(font.pointSizeF() * 1.45);
    font.setBold(true);
    m_value->setFont(font);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    setFocusPolicy(Qt::TabFocus);
}

void FigureCard::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    setAccessibleName(caption);
}

void FigureCard::setValue(const QString &value, const QString &toolTip)
{
    m_value->setText(value);
    setToolTip(toolTip);
    m_value->setToolTip(toolTip);
    setAccessibleDescription(value);
    setVisible(!value.isEmpty());
}

QString FigureCard::value() const
{
    return m_value->text();
}

} // namespace innoatlas
