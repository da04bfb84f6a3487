#pragma once

#include "editing/EditOutcome.h"
#include "editing/EditingPrompts.h"

#include <QObject>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QUndoStack;
class QWidget;

namespace innoatlas {

class Database;
class EntityEditor;
class EntityForm;
class MainWindow;
class ReadOnlyBanner;

/**
 * Editing in the main window: the Edit menu's Undo, Redo, New…, Edit… and Delete acting on the
 * navigator's selection, the undo history dock, the conflict and delete questions, and the
 * read-only state (every editing action off, a banner saying why). Each action is one transaction
 * (EntityEditor) pushed on the window's undo stack; the views refresh after each change.
 */
class EditingController : public QObject
{
    Q_OBJECT

public:
    /**
     * @p readOnlyReason says why a read-only database is read-only (shown in the banner); @p prompts
     * asks the user (dialogs when null).
     */
    EditingController(MainWindow &window, Database &database, const QString &readOnlyReason = QString(),
                      std::unique_ptr<EditingPrompts> prompts = nullptr);
    ~EditingController() override;

    void newEntity();
    /** Creates an entity of @p kind, filled from the current selection where it fits (a plan's budget line). */
    void newEntityOfKind(const QString &kind);
    void editCurrent();
    void deleteCurrent();
    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return m_readOnly; }

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QDockWidget *historyDock() const { return m_historyDock; }
    ReadOnlyBanner *banner() const { return m_banner; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void updateActions();
    bool apply(const ChangeSet &change, bool redo);
    void push(const QString &text, const EditOutcome &outcome);
    /** Reports a failed edit; true when the form should stay open to try again. */
    bool report(const EditOutcome &outcome);
    qint64 addQuote(qint64 sourceId);
    /** Runs @p form until its record is created (the outcome), or the user cancels or gives up. */
    std::optional<EditOutcome> createFromForm(EntityForm &form, EntityEditor &editor, QWidget *errorParent);
    QString commandText(ChangeSet::Action action, const QString &kind, const QString &key) const;

    MainWindow &m_window;
    Database &m_database;
    std::unique_ptr<EditingPrompts> m_prompts;
    QUndoStack *m_stack = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QDockWidget *m_historyDock = nullptr;
    ReadOnlyBanner *m_banner = nullptr;
    bool m_readOnly = false;
};

} // namespace innoatlas
