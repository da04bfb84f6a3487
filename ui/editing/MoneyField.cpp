#include "editing/MoneyField.h"

#include "money/MoneyFormatter.h"
#include "money/MoneyParser.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace innoatlas {

MoneyField::MoneyField(QWidget *parent) : QWidget(parent)
{
    m_edit = new QLineEdit(this);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("moneyPreview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_preview);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        updatePreview();
        emit edited();
    });
    updatePreview();
}

QString MoneyField::text() const
{
    return m_edit->text();
}

void MoneyField::setAmount(const QVariant &won)
{
    if (won.isNull())
        m_edit->clear();
    else if (won.typeId() == QMetaType::QString)
        m_edit->setText(won.toString()); // text that was typed and not yet accepted
    else
        m_edit->setText(MoneyFormatter::formatKorean(won.toLongLong()));
}

QVariant MoneyField::value() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return {};
    const MoneyParseResult parsed = MoneyParser::parseWon(text);
    return parsed.ok ? QVariant(qint64(parsed.money.amount)) : QVariant(text);
}

void MoneyField::updatePreview()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        m_preview->setVisible(true);
        m_preview->setText(tr("For example 3,500억, 1.2조 원 or KRW 350 billion"));
        m_preview->setEnabled(false);
        return;
    }
    m_preview->setEnabled(true);
    const MoneyParseResult parsed = MoneyParser::parseWon(text);
    // The form says beside the field why the text is not an amount; the preview only shows amounts.
    m_preview->setVisible(parsed.ok);
    if (!parsed.ok)
        return;
    // Both languages at once: the reader checks the amount the way each document would print it.
    const qint64 won = parsed.money.amount;
    m_preview->setText(QStringLiteral("= %1 · %2 (%3)")
                           .arg(MoneyFormatter::formatKorean(won), MoneyFormatter::formatEnglish(won),
                                MoneyFormatter::formatKoreanExact(won)));
}

void MoneyField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updatePreview();
    QWidget::changeEvent(event);
}

} // namespace innoatlas
