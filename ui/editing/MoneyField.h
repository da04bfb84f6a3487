#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace innoatlas {

/**
 * An amount of won typed as a person writes it ("3,500억", "1.2조 원", "KRW 350 billion"): everything
 * MoneyParser reads. Below the text it shows the amount it understood in Korean and English, or why
 * the text is not an amount.
 */
class MoneyField : public QWidget
{
    Q_OBJECT

public:
    explicit MoneyField(QWidget *parent = nullptr);

    QString text() const;
    void setAmount(const QVariant &won);
    /** The parsed amount (qint64 won), a null QVariant when empty, or the text when it is not an amount. */
    QVariant value() const;
    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *preview() const { return m_preview; }

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updatePreview();

    QLineEdit *m_edit = nullptr;
    QLabel *m_preview = nullptr;
};

} // namespace innoatlas
