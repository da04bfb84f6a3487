#pragma once

#include "review/GlossaryTerm.h"

#include <QSqlDatabase>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QTableView;
class QUndoStack;

namespace innoatlas {

class GlossaryModel;

/**
 * The glossary editor of the translator workspace: the term pairs in a table, and Add, Edit
 * and Delete, each one transaction and one step on the undo stack. Emits glossaryChanged()
 * after every change (and its undo) so the checks can run again.
 */
class GlossaryPanel : public QWidget
{
    Q_OBJECT

public:
    /** Asks the user for a term; returns false when cancelled. Replaceable for tests. */
    using TermPrompt = std::function<bool(QWidget *parent, GlossaryTerm *term)>;

    GlossaryPanel(QUndoStack *undoStack, QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &database);
    void reload();
    /** On a read-only database the terms are shown but cannot be added, edited or deleted. */
    void setReadOnly(bool readOnly);
    void setTermPrompt(TermPrompt prompt) { m_prompt = std::move(prompt); }

    GlossaryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void addTerm();
    void editTerm();
    void deleteTerm();

signals:
    void glossaryChanged();
    /** A change was refused: @p message says why. */
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void apply(const std::optional<GlossaryTerm> &before, const std::optional<GlossaryTerm> &after);
    const GlossaryTerm *currentTerm() const;

    QSqlDatabase m_database;
    QUndoStack *m_undoStack = nullptr;
    GlossaryModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    TermPrompt m_prompt;
    bool m_readOnly = false;
};

} // namespace innoatlas
