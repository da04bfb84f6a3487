#include "editing/DateField.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>

namespace innoatlas {

DateField::DateField(QWidget *parent) : QWidget(parent)
{
    m_edit = new QLineEdit(this);
    m_precision = new QComboBox(this);
    m_precision->setObjectName(QStringLiteral("precision"));
    for (const char *name : {"day", "month", "year", "approximate"})
        m_precision->addItem(QString(), QString::fromLatin1(name));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_precision);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The precision follows what was typed, unless the user said "approximate".
        if (m_precision->currentData().toString() != QLatin1String("approximate")) {
            const int parts = text.trimmed().isEmpty() ? 0 : int(text.trimmed().count(QLatin1Char('-'))) + 1;
            if (parts >= 1 && parts <= 3)
                m_precision->setCurrentIndex(3 - parts);
        }
        emit edited();
    });
    connect(m_precision, &QComboBox::currentIndexChanged, this, &DateField::edited);
    retranslate();
}

QString DateField::text() const
{
    return m_edit->text().trimmed();
}

QString DateField::precision() const
{
    return m_precision->currentData().toString();
}

void DateField::setDate(const QString &text, const QString &precision)
{
    m_edit->setText(text);
    const int index = m_precision->findData(precision);
    if (index >= 0)
        m_precision->setCurrentIndex(index);
}

void DateField::retranslate()
{
    m_edit->setPlaceholderText(tr("YYYY-MM-DD, YYYY-MM or YYYY"));
    m_precision->setItemText(0, tr("Day"));
    m_precision->setItemText(1, tr("Month"));
    m_precision->setItemText(2, tr("Year"));
    m_precision->setItemText(3, tr("Approximate"));
    m_precision->setToolTip(tr("How much of the date the source gives"));
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace innoatlas
