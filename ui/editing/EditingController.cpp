#include "editing/EditingController.h"

#include "editing/ChangeApplier.h"
#include "editing/DialogPrompts.h"
#include "editing/EditCommand.h"
#include "editing/EditingTerms.h"
#include "editing/EntityEditor.h"
#include "editing/EntityForm.h"
#include "editing/EntityKinds.h"
#include "editing/ReadOnlyBanner.h"
#include "main/MainActions.h"
#include "main/MainWindow.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

namespace innoatlas {

EditingController::EditingController(MainWindow &window, Database &database, const QString &readOnlyReason,
                                     std::unique_ptr<EditingPrompts> prompts)
    : QObject(&window), m_window(window), m_database(database), m_prompts(std::move(prompts))
{
    setObjectName(QStringLiteral("editingController"));
    if (!m_prompts)
        m_prompts = std::make_unique<DialogPrompts>();
    m_stack = window.undoStack();
    createActions();
    window.installEventFilter(this);
    connect(&window, &MainWindow::currentEntityChanged, this, &EditingController::updateActions);
    retranslate();
    if (database.isReadOnly())
        setReadOnly(readOnlyReason.isEmpty() ? tr("the database was opened read-only") : readOnlyReason);
    updateActions();
}

EditingController::~EditingController() = default;

void EditingController::createActions()
{
    const auto make = [this](const char *name, const QList<QKeySequence> &keys) {
        auto *action = new QAction(&m_window);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        m_window.addAction(action);
        return action;
    };
    m_undo = make("actionUndo", {QKeySequence(Qt::CTRL | Qt::Key_Z)});
    m_redo = make("actionRedo", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_new = make("actionNewEntity", {QKeySequence(Qt::CTRL | Qt::Key_N)});
    m_edit = make("actionEditEntity", {QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_delete = make("actionDeleteEntity", {QKeySequence(Qt::Key_Delete)});
    connect(m_undo, &QAction::triggered, m_stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, m_stack, &QUndoStack::redo);
    connect(m_new, &QAction::triggered, this, &EditingController::newEntity);
    connect(m_edit, &QAction::triggered, this, &EditingController::editCurrent);
    connect(m_delete, &QAction::triggered, this, &EditingController::deleteCurrent);
    connect(m_stack, &QUndoStack::canUndoChanged, this, &EditingController::updateActions);
    connect(m_stack, &QUndoStack::canRedoChanged, this, &EditingController::updateActions);
    connect(m_stack, &QUndoStack::undoTextChanged, this, &EditingController::retranslate);
    connect(m_stack, &QUndoStack::redoTextChanged, this, &EditingController::retranslate);

    if (QMenu *menu = m_window.actions()->editMenu()) {
        QAction *first = menu->actions().value(0);
        menu->insertAction(first, m_undo);
        menu->insertAction(first, m_redo);
        menu->insertSeparator(first);
        menu->addSeparator();
        menu->addAction(m_new);
        menu->addAction(m_edit);
        menu->addAction(m_delete);
    }

    m_historyDock = new QDockWidget(&m_window);
    m_historyDock->setObjectName(QStringLiteral("undoHistoryDock"));
    auto *view = new QUndoView(m_stack, m_historyDock);
    view->setObjectName(QStringLiteral("undoHistory"));
    m_historyDock->setWidget(view);
    m_window.addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    m_historyDock->toggleViewAction()->setObjectName(QStringLiteral("actionShowUndoHistory"));
    m_historyDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_window.actions()->addViewAction(m_historyDock->toggleViewAction());
}

void EditingController::retranslate()
{
    const QString undoText = m_stack->undoText();
    const QString redoText = m_stack->redoText();
    m_undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    m_undo->setStatusTip(tr("Take back the last change to the data"));
    m_redo->setStatusTip(tr("Make the change taken back again"));
    m_new->setText(tr("&New Entry…"));
    m_new->setStatusTip(tr("Add a region, plan, budget line, target, event, source, quote …"));
    m_edit->setText(tr("&Edit Entry…"));
    m_edit->setStatusTip(tr("Change the selected entry in Korean and English"));
    m_delete->setText(tr("&Delete Entry"));
    m_delete->setStatusTip(tr("Delete the selected entry, after showing what it affects"));
    m_historyDock->setWindowTitle(tr("Undo History"));
    m_historyDock->toggleViewAction()->setStatusTip(tr("Show or hide the list of changes that can be undone"));
    if (auto *view = qobject_cast<QUndoView *>(m_historyDock->widget()))
        view->setEmptyLabel(tr("<opened>"));
    for (QAction *action : {m_undo, m_redo, m_new, m_edit, m_delete}) {
        const QString text = action->text().remove(QLatin1Char('&'));
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        action->setToolTip(key.isEmpty() ? text : tr("%1 (%2)").arg(text, key));
    }
}

void EditingController::updateActions()
{
    const bool writable = !m_readOnly;
    const QString kind = m_window.currentEntity().kind;
    const bool editable = writable && m_window.currentEntity().isValid() && EntityKinds::find(kind);
    m_undo->setEnabled(writable && m_stack->canUndo());
    m_redo->setEnabled(writable && m_stack->canRedo());
    m_new->setEnabled(writable);
    m_edit->setEnabled(editable);
    m_delete->setEnabled(editable);
    // Imports and restores write too; a server's backups are its administrator's.
    m_window.actions()->importTable->setEnabled(writable);
    m_window.actions()->restoreBackup->setEnabled(writable && !m_database.isServer());
}

bool EditingController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void EditingController::setReadOnly(const QString &reason)
{
    m_readOnly = true;
    if (!m_banner) {
        m_banner = new ReadOnlyBanner(&m_window);
        // Above everything else: the first thing a reader sees explains why nothing can be changed.
        if (auto *toolBar = m_window.findChild<QToolBar *>(QStringLiteral("mainToolBar"))) {
            m_window.insertToolBar(toolBar, m_banner);
            m_window.insertToolBarBreak(toolBar);
        } else {
            m_window.addToolBar(Qt::TopToolBarArea, m_banner);
        }
    }
    m_banner->setReason(m_database.path(), reason);
    m_banner->show();
    updateActions();
}

QString EditingController::commandText(ChangeSet::Action action, const QString &kind, const QString &key) const
{
    const QString name = EditingTerms::kindName(kind);
    switch (action) {
    case ChangeSet::Action::Create:
        return tr("Add %1 “%2”").arg(name, key);
    case ChangeSet::Action::Delete:
        return tr("Delete %1 “%2”").arg(name, key);
    case ChangeSet::Action::Update:
        break;
    }
    return tr("Edit %1 “%2”").arg(name, key);
}

void EditingController::push(const QString &text, const EditOutcome &outcome)
{
    m_stack->push(new EditCommand(text, outcome.change,
                                  [this](const ChangeSet &change, bool redo) { return apply(change, redo); }));
    m_window.reloadData();
    if (outcome.change.action != ChangeSet::Action::Delete)
        m_window.navigateTo(outcome.key);
    m_window.statusBar()->showMessage(text, 5000);
}

bool EditingController::apply(const ChangeSet &change, bool redo)
{
    ChangeApplier applier(m_database.connection(), m_database.path());
    const EditOutcome outcome = redo ? applier.redo(change) : applier.undo(change);
    if (outcome.ok()) {
        m_window.reloadData();
        if (!(redo && change.action == ChangeSet::Action::Delete) &&
            !(!redo && change.action == ChangeSet::Action::Create))
            m_window.navigateTo(change.key);
        return true;
    }
    // The stack has already moved past this step; its history no longer matches the data, so it
    // is dropped (after the stack finishes this call) rather than replayed over someone else's change.
    QTimer::singleShot(0, m_stack, &QUndoStack::clear);
    report(outcome);
    m_prompts->showError(&m_window, outcome.message + QLatin1Char('\n') +
                                        tr("The undo history was cleared; the data is as the other writer left it."));
    m_window.reloadData();
    return false;
}

bool EditingController::report(const EditOutcome &outcome)
{
    switch (outcome.status) {
    case EditOutcome::Status::ReadOnly:
        setReadOnly(tr("writing to the file was refused"));
        return false;
    case EditOutcome::Status::Busy:
        m_window.statusBar()->showMessage(outcome.message, 10000);
        return true;
    default:
        break;
    }
    return false;
}

qint64 EditingController::addQuote(qint64 sourceId)
{
    EntityRecord record = EntityEditor::blank(QStringLiteral("quote"));
    if (sourceId > 0)
        record.values.insert(QStringLiteral("source_id"), sourceId);
    EntityForm form(record, m_database.connection(), &m_window);
    EntityEditor editor(m_database.connection(), m_database.path());
    const std::optional<EditOutcome> outcome = createFromForm(form, editor, &form);
    if (!outcome)
        return 0;
    m_stack->push(new EditCommand(commandText(ChangeSet::Action::Create, QStringLiteral("quote"), outcome->key),
                                  outcome->change,
                                  [this](const ChangeSet &change, bool redo) { return apply(change, redo); }));
    const std::optional<EntityRecord> created = editor.load(outcome->key);
    return created ? created->id : 0;
}

std::optional<EditOutcome> EditingController::createFromForm(EntityForm &form, EntityEditor &editor,
                                                             QWidget *errorParent)
{
    while (m_prompts->runForm(form)) {
        const EditOutcome outcome = editor.create(form.record());
        if (outcome.status == EditOutcome::Status::Invalid) {
            form.showErrors(outcome.errors);
            continue;
        }
        if (outcome.ok())
            return outcome;
        const bool retry = report(outcome);
        m_prompts->showError(errorParent, outcome.message);
        if (!retry)
            return std::nullopt;
    }
    return std::nullopt;
}

void EditingController::newEntity()
{
    if (m_readOnly)
        return;
    const QString current = m_window.currentEntity().kind;
    QStringList kinds;
    for (const KindSpec &spec : EntityKinds::all())
        kinds << spec.kind;
    // What one usually adds next to the selection: a plan's parts, a region's plans.
    QString suggested = QStringLiteral("plan");
    if (current == QLatin1String("plan") || current == QLatin1String("element"))
        suggested = QStringLiteral("budget_line");
    else if (current == QLatin1String("source"))
        suggested = QStringLiteral("quote");
    const QString kind = m_prompts->chooseKind(&m_window, kinds, suggested);
    if (!kind.isEmpty())
        newEntityOfKind(kind);
}

void EditingController::newEntityOfKind(const QString &kind)
{
    if (m_readOnly || !EntityKinds::find(kind))
        return;
    EntityEditor editor(m_database.connection(), m_database.path());
    EntityRecord record = EntityEditor::blank(kind);
    // Fill the references the selection answers: the plan of a new budget line, the region of a new plan.
    const EntityRef current = m_window.currentEntity();
    try {
        const auto idOf = [&editor](const QString &key) {
            const std::optional<EntityRecord> r = key.isEmpty() ? std::nullopt : editor.load(key);
            return r ? QVariant(r->id) : QVariant();
        };
        const QVariant plan = idOf(current.planKey);
        const QVariant region = idOf(current.regionKey);
        const QVariant self = idOf(current.key);
        const KindSpec *spec = EntityKinds::find(kind);
        for (const ColumnSpec &column : spec->columns) {
            if (column.name == QLatin1String("plan_id") && !plan.isNull())
                record.values.insert(column.name, plan);
            else if (column.name == QLatin1String("region_id") && !region.isNull())
                record.values.insert(column.name, region);
            else if (column.name == QLatin1String("source_id") && current.kind == QLatin1String("source"))
                record.values.insert(column.name, self);
            else if (column.name == QLatin1String("owner_id") && !self.isNull())
                record.values.insert(column.name, self);
            else if (column.name == QLatin1String("element_id") && current.kind == QLatin1String("element"))
                record.values.insert(column.name, self);
        }
    } catch (const StoreError &) {
        // Nothing filled in: the user chooses.
    }
    EntityForm form(record, m_database.connection(), &m_window);
    form.setQuoteAdder([this](qint64 sourceId) { return addQuote(sourceId); });
    if (const std::optional<EditOutcome> outcome = createFromForm(form, editor, &m_window))
        push(commandText(ChangeSet::Action::Create, kind, outcome->key), *outcome);
}

void EditingController::editCurrent()
{
    const QString key = m_window.currentEntity().key;
    if (m_readOnly || key.isEmpty())
        return;
    EntityEditor editor(m_database.connection(), m_database.path());
    std::optional<EntityRecord> record;
    try {
        record = editor.load(key);
    } catch (const StoreError &e) {
        m_prompts->showError(&m_window, e.message());
        return;
    }
    if (!record) {
        m_prompts->showError(&m_window, tr("“%1” cannot be edited here.").arg(key));
        return;
    }
    EntityForm form(*record, m_database.connection(), &m_window);
    form.setQuoteAdder([this](qint64 sourceId) { return addQuote(sourceId); });
    while (m_prompts->runForm(form)) {
        EditOutcome outcome = editor.update(form.record());
        QString text = commandText(ChangeSet::Action::Update, record->kind, key);
        if (outcome.status == EditOutcome::Status::Conflict) {
            switch (m_prompts->askConflict(&m_window, outcome.message)) {
            case EditingPrompts::ConflictChoice::Reload:
                m_window.reloadData();
                m_window.navigateTo(key);
                return;
            case EditingPrompts::ConflictChoice::Cancel:
                return;
            case EditingPrompts::ConflictChoice::Overwrite:
                outcome = editor.update(form.record(), EntityEditor::OnConflict::Overwrite);
                text = tr("Overwrite %1 “%2”").arg(EditingTerms::kindName(record->kind), key);
                break;
            }
        }
        if (outcome.status == EditOutcome::Status::Invalid) {
            form.showErrors(outcome.errors);
            continue;
        }
        if (!outcome.ok()) {
            const bool retry = report(outcome);
            m_prompts->showError(&m_window, outcome.message);
            if (retry)
                continue;
            return;
        }
        push(text, outcome);
        return;
    }
}

void EditingController::deleteCurrent()
{
    const EntityRef current = m_window.currentEntity();
    if (m_readOnly || !current.isValid())
        return;
    EntityEditor editor(m_database.connection(), m_database.path());
    int version = 0;
    try {
        const std::optional<EntityRecord> record = editor.load(current.key);
        version = record ? record->rowVersion : 0;
    } catch (const StoreError &) {
    }
    EditOutcome outcome = editor.remove(current.key, version, false);
    // An entry nothing refers to is deleted at once (it can be undone); otherwise the user sees what goes.
    if (outcome.status == EditOutcome::Status::NeedsConfirmation) {
        if (!m_prompts->confirmDelete(&m_window, outcome))
            return;
        outcome = editor.remove(current.key, version, true);
    } else if (outcome.status == EditOutcome::Status::Blocked) {
        m_prompts->showError(&m_window,
                             outcome.message + QStringLiteral("\n\n") + DialogPrompts::impactText(outcome.impact));
        return;
    }
    if (!outcome.ok()) {
        report(outcome);
        m_prompts->showError(&m_window, outcome.message);
        return;
    }
    push(commandText(ChangeSet::Action::Delete, outcome.change.kind, current.key), outcome);
    // Show what the deleted entry belonged to.
    if (!m_window.navigateTo(current.planKey))
        m_window.navigateTo(current.regionKey);
}

} // namespace innoatlas
