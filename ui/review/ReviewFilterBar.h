#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace innoatlas {

class ReviewFilterModel;
class ReviewTableModel;

/**
 * The filter row above the workspace's table: text, review state, city, plan, entity kind and
 * findings, each bound to the ReviewFilterModel. The choices come from the table model (the
 * cities, plans, kinds and checks present).
 */
class ReviewFilterBar : public QWidget
{
    Q_OBJECT

public:
    ReviewFilterBar(ReviewTableModel *model, ReviewFilterModel *filter, QWidget *parent = nullptr);

    /** Fills the choices again from the model, keeping the filter's values. */
    void refill();
    QLineEdit *searchField() const { return m_search; }

    /** A check's name in the interface language ("Numbers differ" ...). */
    static QString checkName(const QString &checkId);

signals:
    /** Another city was chosen (the workspace of a large database then reads that city). */
    void cityChosen(const QString &cityKey);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCombo(QComboBox *combo, const QString &allText, const QList<QPair<QString, QString>> &items,
                   const QString &current);
    void applyChoices();

    ReviewTableModel *m_model = nullptr;
    ReviewFilterModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_city = nullptr;
    QComboBox *m_plan = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_finding = nullptr;
    QLabel *m_label = nullptr;
    bool m_filling = false;
};

} // namespace innoatlas
