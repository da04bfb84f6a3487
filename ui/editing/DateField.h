#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace innoatlas {

/** A date as much as it is known: "2024", "2024-05" or "2024-05-03", with its precision. */
class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    QString text() const;
    QString precision() const;
    void setDate(const QString &text, const QString &precision);
    QLineEdit *lineEdit() const { return m_edit; }
    QComboBox *precisionBox() const { return m_precision; }

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_edit = nullptr;
    QComboBox *m_precision = nullptr;
};

} // namespace innoatlas
