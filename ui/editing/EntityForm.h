#pragma once

#include "editing/EntityChoice.h"
#include "editing/EntityRecord.h"
#include "editing/FieldError.h"

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;

namespace innoatlas {

class DateField;
class MoneyField;

/**
 * The form for one entity of any kind, built from its KindSpec: every column, both languages of
 * every text, a figure's source quote, a plan's themes. It checks as the user types: a field that
 * cannot be saved says why beside it, and OK stays disabled with the first reason shown above the
 * buttons. Widgets are named after their columns ("amount", "title.ko") for tests.
 */
class EntityForm : public QDialog
{
    Q_OBJECT

public:
    /** @p database feeds the pickers (regions, plans, quotes ...) through core queries. */
    EntityForm(const EntityRecord &record, QSqlDatabase database, QWidget *parent = nullptr);

    /** The record as the form holds it now. */
    EntityRecord record() const;
    /** Shows errors the editor found on saving (they also block OK until the field changes). */
    void showErrors(const QVector<FieldError> &errors);
    /** The current problems; empty when OK is enabled. */
    QVector<FieldError> problems() const { return m_problems; }
    /** Called by "Add quote…" with the chosen source; returns the new quote's id or 0. */
    void setQuoteAdder(std::function<qint64(qint64 sourceId)> adder) { m_addQuote = std::move(adder); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void addColumn(const ColumnSpec &column);
    void addQuotePicker();
    void addThemes();
    void fillQuotes(qint64 sourceId, qint64 select);
    QVariant columnValue(const ColumnSpec &column) const;
    void validateNow();
    void retranslate();
    QString choiceLabel(const EntityChoice &choice) const;

    EntityRecord m_record;
    QSqlDatabase m_database;
    QFormLayout *m_layout = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_draftNote = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QLabel *> m_rowLabels;
    QHash<QString, QLineEdit *> m_textEdits;
    QComboBox *m_quoteSource = nullptr;
    QComboBox *m_quote = nullptr;
    QListWidget *m_themes = nullptr;
    QVector<FieldError> m_problems;
    QVector<FieldError> m_saveErrors;
    std::function<qint64(qint64)> m_addQuote;
};

} // namespace innoatlas
