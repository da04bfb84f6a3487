#include "review/TranslationWorkspace.h"

#include "common/BadgeDelegate.h"
#include "common/ContentLanguage.h"
#include "common/ItemRoles.h"
#include "common/Settings.h"
#include "review/DismissCommand.h"
#include "review/FieldEditCommand.h"
#include "review/FieldEditor.h"
#include "review/FindingModel.h"
#include "review/GlossaryPanel.h"
#include "review/HistoryModel.h"
#include "review/ProgressModel.h"
#include "review/ReviewFilterBar.h"
#include "review/ReviewFilterModel.h"
#include "review/ReviewReader.h"
#include "review/ReviewTableModel.h"
#include "review/TextHistory.h"
#include "store/StoreError.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace innoatlas {

namespace {
enum Tab
{
    FindingsTab,
    HistoryTab,
    GlossaryTab,
    ProgressTab
};

QTableView *makeTable(QWidget *parent, const char *name, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

TranslationWorkspace::TranslationWorkspace(const QSqlDatabase &database, QUndoStack *undoStack, Settings &settings,
                                           QWidget *parent)
    : QWidget(parent, Qt::Window), m_database(database), m_undoStack(undoStack), m_settings(settings)
{
    setObjectName(QStringLiteral("translationWorkspace"));
    m_model = new ReviewTableModel(this);
    m_filter = new ReviewFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_filterBar = new ReviewFilterBar(m_model, m_filter, this);

    m_table = makeTable(this, "reviewTable", m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(false);
    auto *badges = new BadgeDelegate(m_table);
    m_table->setItemDelegateForColumn(ReviewTableModel::KoreanStatusColumn, badges);
    m_table->setItemDelegateForColumn(ReviewTableModel::EnglishStatusColumn, badges);
    const int widths[] = {190, 80, 230, 120, 230, 120, 150, 70};
    for (int column = 0; column < ReviewTableModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);

    m_editor = new FieldEditor(this);
    m_editorSplitter = new QSplitter(Qt::Horizontal, this);
    m_editorSplitter->setObjectName(QStringLiteral("workspaceEditorSplitter"));
    m_editorSplitter->addWidget(m_table);
    m_editorSplitter->addWidget(m_editor);
    m_editorSplitter->setStretchFactor(0, 3);
    m_editorSplitter->setStretchFactor(1, 2);
    m_editorSplitter->setSizes({900, 600});

    buildTabs();
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_splitter->addWidget(m_editorSplitter);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({600, 350});

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Short fixed labels: the stack's own actions name the whole command and would stretch the toolbar.
    m_undo = new QAction(this);
    m_undo->setObjectName(QStringLiteral("actionWorkspaceUndo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_undo->setEnabled(m_undoStack->canUndo());
    connect(m_undo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, m_undo, &QAction::setToolTip);
    m_redo = new QAction(this);
    m_redo->setObjectName(QStringLiteral("actionWorkspaceRedo"));
    m_redo->setShortcuts(QKeySequence::Redo);
    m_redo->setEnabled(m_undoStack->canRedo());
    connect(m_redo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::redoTextChanged, m_redo, &QAction::setToolTip);
    m_showInMain = new QAction(this);
    m_showInMain->setObjectName(QStringLiteral("actionShowInMainWindow"));
    m_showInMain->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    for (QAction *action : {m_undo, m_redo, m_showInMain}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        toolBar->addAction(action);
    }
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    m_readingBar = new QProgressBar(this);
    m_readingBar->setObjectName(QStringLiteral("workspaceReadingBar"));
    m_readingBar->setRange(0, 0); // busy: a read says nothing of how far it is
    m_readingBar->setMaximumWidth(160);
    m_readingBar->setTextVisible(false);
    m_readingBar->setVisible(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("workspaceMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_readOnlyNote = new QLabel(this);
    m_readOnlyNote->setObjectName(QStringLiteral("workspaceReadOnly"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setTextFormat(Qt::PlainText);
    m_readOnlyNote->setVisible(false);
    m_cityNote = new QLabel(this);
    m_cityNote->setObjectName(QStringLiteral("workspaceCityNote"));
    m_cityNote->setWordWrap(true);
    m_cityNote->setTextFormat(Qt::PlainText);
    m_cityNote->setVisible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(toolBar);
    top->addStretch();
    top->addWidget(m_readingBar);
    top->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_cityNote);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_message);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TranslationWorkspace::onCurrentChanged);
    connect(m_editor, &FieldEditor::changesRequested, this, &TranslationWorkspace::saveAndNext);
    connect(m_model, &ReviewTableModel::findingsChanged, this, [this] {
        updateFindings();
        updateProgress();
    });
    connect(m_filterBar, &ReviewFilterBar::cityChosen, this, &TranslationWorkspace::readCity);
    m_reader = new ReviewReader(m_database, this);
    connect(m_reader, &ReviewReader::finished, this, &TranslationWorkspace::takeRead);
    // The findings list those of the rows shown: made again once a filter changes, not for each block of rows it
    // takes away or lets in, each of which listed every finding shown (a city chosen at 10 % of national scale
    // took six minutes).
    // The rows an edit takes away are followed by the model's findingsChanged.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TranslationWorkspace::updateFindings);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &TranslationWorkspace::updateFindings);
    connect(m_filter, &ReviewFilterModel::filtered, this, &TranslationWorkspace::updateFindings);
    connect(m_showInMain, &QAction::triggered, this, [this] {
        if (m_editor->row())
            emit entityActivated(m_editor->row()->pair.key.entityKey);
    });

    resize(1500, 950);
    // The filters first: of a large database, the city they show is the one read.
    restoreSettings();
    reload();
    retranslate();
}

TranslationWorkspace::~TranslationWorkspace() = default;

void TranslationWorkspace::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));

    auto *findingsPage = new QWidget(m_tabs);
    m_findings = new FindingModel(this);
    m_findingsView = makeTable(findingsPage, "findingsView", m_findings);
    m_findingsView->setColumnWidth(FindingModel::SeverityColumn, 110);
    m_findingsView->setColumnWidth(FindingModel::FieldColumn, 300);
    m_findingsView->setColumnWidth(FindingModel::LanguageColumn, 80);
    auto *findingsBar = new QToolBar(findingsPage);
    findingsBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_dismiss = findingsBar->addAction(QString());
    m_dismiss->setObjectName(QStringLiteral("actionDismissFinding"));
    connect(m_dismiss, &QAction::triggered, this, [this] {
        const QModelIndex current = m_findingsView->currentIndex();
        if (current.isValid())
            dismissFinding(current.row());
    });
    connect(m_findingsView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        // A copy: the finding lies in the rows, which reading another city would replace.
        const FieldKey key = m_findings->finding(index.row()).key;
        selectField(key);
    });
    auto *findingsLayout = new QVBoxLayout(findingsPage);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(findingsBar);
    findingsLayout->addWidget(m_findingsView);
    m_tabs->addTab(findingsPage, QString());

    m_history = new HistoryModel(this);
    m_historyView = makeTable(m_tabs, "historyView", m_history);
    m_historyView->setColumnWidth(HistoryModel::WhenColumn, 130);
    m_historyView->setColumnWidth(HistoryModel::ChangeColumn, 260);
    m_historyView->setColumnWidth(HistoryModel::OldTextColumn, 320);
    m_tabs->addTab(m_historyView, QString());

    m_glossary = new GlossaryPanel(m_undoStack, m_tabs);
    connect(m_glossary, &GlossaryPanel::glossaryChanged, this, [this] {
        recheck();
        showCurrent();
    });
    connect(m_glossary, &GlossaryPanel::failed, this, &TranslationWorkspace::showMessage);
    m_tabs->addTab(m_glossary, QString());

    m_progress = new ProgressModel(this);
    m_progressView = makeTable(m_tabs, "progressView", m_progress);
    m_progressView->setColumnWidth(ProgressModel::ScopeColumn, 420);
    m_tabs->addTab(m_progressView, QString());
}

void TranslationWorkspace::reload()
{
    if (m_letGo)
        return; // read when shown
    startRead(m_filter->cityKey());
}

bool TranslationWorkspace::isReading() const
{
    return m_reader->isReading();
}

void TranslationWorkspace::startRead(const QString &cityKey)
{
    // The rows shown go first: two cities' rows are never held at once. A read begun after an edit reads it.
    m_refreshAfterRead.clear();
    m_recheckAfterRead = false;
    m_model->clear();
    showCurrent(); // the editor let go of its row
    m_reader->start(cityKey);
    if (!isReading())
        return; // a server's rows, read at once: takeRead() has shown them
    setCursor(Qt::BusyCursor);
    m_readingBar->setVisible(true);
    updateProgress();
}

void TranslationWorkspace::takeRead(const std::shared_ptr<ReviewTableContents> &contents, const QString &error)
{
    unsetCursor();
    m_readingBar->setVisible(false);
    m_readOnce = true;
    try {
        if (contents) {
            m_model->adopt(m_database, std::move(*contents));
            m_glossary->setDatabase(m_database);
            if (m_recheckAfterRead)
                m_model->recheck();
            if (!m_refreshAfterRead.isEmpty())
                m_model->refresh(m_refreshAfterRead);
        } else {
            showMessage(error);
        }
    } catch (const StoreError &e) {
        showMessage(e.message());
    }
    m_refreshAfterRead.clear();
    m_recheckAfterRead = false;
    keepCityRead();
    m_filterBar->refill();
    if (!contents)
        updateProgress(); // not "reading" any more
    // What was asked for while the rows were read; of another city, it is read next.
    const FieldKey field = std::exchange(m_pendingField, FieldKey());
    const QString entity = std::exchange(m_pendingEntity, QString());
    if (field.isValid())
        selectField(field);
    else if (!entity.isEmpty())
        selectEntity(entity);
    if (isReading())
        return;
    if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
    showCurrent();
    emit readFinished();
}

void TranslationWorkspace::keepCityRead()
{
    m_cityNote->setVisible(m_model->readsOneCity());
    if (!m_model->readsOneCity())
        return;
    // The filters show the city read, and a plan of it or none.
    if (m_filter->cityKey() != m_model->cityRead())
        m_filter->setCityKey(m_model->cityRead());
    if (!m_filter->planKey().isEmpty() && !m_model->scopes().find(m_filter->planKey()))
        m_filter->setPlanKey(QString());
}

void TranslationWorkspace::saveTyped()
{
    // What was typed is saved first, as moving to another field saves it.
    if (m_editor->isModified())
        applyChanges(m_editor->changes());
}

bool TranslationWorkspace::readsOneCity() const
{
    // Until the first read ends that is not known: a city asked for is read, which of a small database reads it whole
    // again.
    return m_readOnce ? m_model->readsOneCity() : true;
}

QString TranslationWorkspace::cityInView() const
{
    return isReading() ? m_reader->cityAsked() : m_model->cityRead();
}

void TranslationWorkspace::readCity(const QString &cityKey)
{
    // Of a database read whole, the city is a filter and nothing is read.
    if (!readsOneCity())
        return;
    if (cityKey == cityInView())
        return;
    saveTyped();
    m_filter->setCityKey(cityKey);
    startRead(cityKey);
}

bool TranslationWorkspace::readCityOf(const QString &entityKey)
{
    if (!readsOneCity())
        return false;
    QString city;
    try {
        city = ReviewScopes::cityOfEntity(m_database, entityKey);
    } catch (const StoreError &e) {
        showMessage(e.message());
    }
    if (city.isEmpty() || city == cityInView())
        return false;
    saveTyped();
    // The filters follow once it is read (keepCityRead()).
    startRead(city);
    return isReading() || m_model->cityRead() == city;
}

void TranslationWorkspace::recheck()
{
    if (isReading()) {
        m_recheckAfterRead = true;
        return;
    }
    try {
        m_model->recheck();
    } catch (const StoreError &e) {
        showMessage(e.message());
    }
}

QString TranslationWorkspace::message() const
{
    return m_message->text();
}

void TranslationWorkspace::setReadOnly(const QString &reason)
{
    m_readOnlyReason = reason;
    m_editor->setReadOnly(isReadOnly());
    m_glossary->setReadOnly(isReadOnly());
    m_readOnlyNote->setVisible(isReadOnly());
    retranslate();
}

QString TranslationWorkspace::readOnlyText() const
{
    return isReadOnly() ? m_readOnlyNote->text() : QString();
}

void TranslationWorkspace::showMessage(const QString &text)
{
    m_message->setText(text);
}

void TranslationWorkspace::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_editor->setRow(nullptr);
        m_history->setEntries({});
        return;
    }
    const ReviewRow &row = m_model->row(m_filter->mapToSource(current).row());
    m_editor->setRow(&row);
    try {
        m_history->setEntries(TextHistory(m_database).ofField(row.pair.key));
    } catch (const StoreError &e) {
        showMessage(e.message());
    }
}

void TranslationWorkspace::onCurrentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    Q_UNUSED(current)
    if (m_applying)
        return;
    // Moving on keeps what was typed, as a spreadsheet does.
    if (previous.isValid() && m_editor->isModified()) {
        const FieldKey target =
            current.isValid() ? m_model->row(m_filter->mapToSource(current).row()).pair.key : FieldKey();
        applyChanges(m_editor->changes());
        if (target.isValid()) {
            selectField(target);
            return;
        }
    }
    showCurrent();
}

bool TranslationWorkspace::applyChanges(const QVector<FieldChange> &changes)
{
    if (changes.isEmpty())
        return true;
    if (isReadOnly()) {
        showMessage(tr("Not saved: %1").arg(m_readOnlyReason));
        return false;
    }
    QPointer<TranslationWorkspace> self(this);
    const bool statusOnly = std::all_of(changes.begin(), changes.end(), [](const FieldChange &c) { return !c.text; });
    const QString text = statusOnly ? tr("Change the review state of %1").arg(changes.first().key.toString())
                                    : tr("Edit %1").arg(changes.first().key.toString());
    m_applying = true;
    const EditResult result = FieldEditCommand::push(m_undoStack, m_database, m_settings.userName(), changes, text,
                                                     [self](const EditResult &r) {
                                                         if (self)
                                                             self->edited(r);
                                                     });
    m_applying = false;
    if (!result.ok) {
        showMessage(tr("Not saved: %1").arg(result.error));
        return false;
    }
    showMessage(QString());
    return true;
}

void TranslationWorkspace::edited(const EditResult &result)
{
    if (!result.ok) {
        showMessage(result.error);
        return;
    }
    QVector<FieldKey> keys;
    for (const FieldEdit &edit : result.edits) {
        if (!keys.contains(edit.key))
            keys << edit.key;
    }
    try {
        if (isReading())
            m_refreshAfterRead += keys;
        else
            m_model->refresh(keys);
    } catch (const StoreError &e) {
        showMessage(e.message());
    }
    // An undo or redo shows the field it changed.
    if (!m_applying && !keys.isEmpty())
        selectField(keys.first());
    showCurrent();
}

void TranslationWorkspace::saveAndNext(const QVector<FieldChange> &changes, bool moveNext)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const FieldKey key = m_model->row(m_filter->mapToSource(current).row()).pair.key;
    const int proxyRow = current.row();
    if (!applyChanges(changes))
        return;
    // The saved row may have left the filter (marked approved while showing drafts): then the
    // next one has taken its place.
    const QModelIndex saved = m_filter->mapFromSource(m_model->index(m_model->rowOf(key), 0));
    int next = saved.isValid() ? saved.row() + (moveNext ? 1 : 0) : proxyRow;
    if (next >= m_filter->rowCount()) {
        next = m_filter->rowCount() - 1;
        if (moveNext)
            showMessage(tr("That was the last field the filters show."));
    }
    if (next >= 0) {
        m_applying = true;
        m_table->setCurrentIndex(m_filter->index(next, std::max(0, current.column())));
        m_applying = false;
        m_table->scrollTo(m_table->currentIndex());
    }
    showCurrent();
}

bool TranslationWorkspace::selectField(const FieldKey &key)
{
    if (m_letGo) {
        m_pendingField = key; // selected once shown and read
        m_pendingEntity.clear();
        return true;
    }
    int row = isReading() ? -1 : m_model->rowOf(key);
    if (row < 0 && readCityOf(key.entityKey) && !isReading())
        row = m_model->rowOf(key);
    if (isReading()) {
        m_pendingField = key;
        m_pendingEntity.clear();
        return true;
    }
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filterBar->searchField()->clear();
        m_filter->restoreState(QString());
        keepCityRead();
        m_filterBar->refill();
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    const bool applying = m_applying;
    m_applying = true;
    m_table->setCurrentIndex(index);
    m_applying = applying;
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    showCurrent();
    return index.isValid();
}

bool TranslationWorkspace::selectEntity(const QString &entityKey)
{
    if (m_letGo) {
        m_pendingEntity = entityKey; // selected once shown and read
        m_pendingField = FieldKey();
        return true;
    }
    for (int pass = 0; pass < 2 && !isReading(); ++pass) {
        for (const ReviewRow &row : m_model->rows()) {
            if (row.pair.key.entityKey == entityKey)
                return selectField(row.pair.key);
        }
        // Of a large database, the entry may be in a city not read yet.
        if (pass == 0 && !readCityOf(entityKey))
            return false;
    }
    if (!isReading())
        return false;
    readCityOf(entityKey); // of the city read, or of another
    m_pendingEntity = entityKey;
    m_pendingField = FieldKey();
    return true;
}

bool TranslationWorkspace::dismissFinding(int row)
{
    if (row < 0 || row >= m_findings->rowCount() || isReadOnly())
        return false;
    const Finding finding = m_findings->finding(row);
    QPointer<TranslationWorkspace> self(this);
    // The findings are checked again after the dismissal and after each undo or redo of it.
    const QString error =
        DismissCommand::push(m_undoStack, m_database, finding, m_settings.userName(), [self](const QString &e) {
            if (!self || !e.isEmpty())
                return;
            self->recheck();
            self->showCurrent();
        });
    if (!error.isEmpty()) {
        showMessage(tr("Not dismissed: %1").arg(error));
        return false;
    }
    showMessage(tr("Dismissed: %1 (%2)").arg(finding.message(), finding.key.toString()));
    return true;
}

void TranslationWorkspace::updateFindings()
{
    QVector<int> rows;
    rows.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        rows << m_filter->mapToSource(m_filter->index(row, 0)).row();
    m_findings->setRows(m_model, rows);
    const int count = m_findings->rowCount();
    m_dismiss->setEnabled(count > 0 && !isReadOnly());
    m_tabs->setTabText(FindingsTab, tr("Findings (%1)").arg(count));
}

void TranslationWorkspace::updateProgress()
{
    if (isReading()) {
        // No counts until the rows are read: the summary says what is read.
        m_progress->clear();
        const ReviewScopes::Scope *scope = m_model->scopes().find(m_reader->cityAsked());
        m_summary->setText(scope && scope->cityKey.isEmpty()
                               ? tr("Reading the fields of %1…").arg(scope->name.preferred(interfaceLanguage()))
                               : tr("Reading the fields…"));
        return;
    }
    const QString city = m_model->cityRead();
    m_progress->setRows(m_model->rows(), m_model->scopes(), interfaceLanguage(), city);
    const ProgressModel::Counts all = m_progress->counts(city);
    const int ko = int(Language::Korean);
    const int en = int(Language::English);
    QString summary = tr("Korean %1 of %2 reviewed, %3 approved · English %4 of %5 reviewed, %6 approved")
                          .arg(all.reviewed[ko])
                          .arg(all.written[ko])
                          .arg(all.approved[ko])
                          .arg(all.reviewed[en])
                          .arg(all.written[en])
                          .arg(all.approved[en]);
    // Of one city read, the counts are that city's, and the summary says whose.
    if (const ReviewScopes::Scope *scope = m_model->readsOneCity() ? m_model->scopes().find(city) : nullptr)
        summary = tr("%1: %2", "city: its progress").arg(scope->name.preferred(interfaceLanguage()), summary);
    m_summary->setText(summary);
}

void TranslationWorkspace::restoreSettings()
{
    restoreGeometry(m_settings.value(Settings::Key::WorkspaceGeometry).toByteArray());
    m_splitter->restoreState(m_settings.value(Settings::Key::WorkspaceSplitter).toByteArray());
    m_editorSplitter->restoreState(m_settings.value(Settings::Key::WorkspaceEditorSplitter).toByteArray());
    m_filter->restoreState(m_settings.string(Settings::Key::WorkspaceFilters));
    m_filterBar->refill();
    m_tabs->setCurrentIndex(m_settings.value(Settings::Key::WorkspaceTab).toInt());
    if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
}

void TranslationWorkspace::saveSettings()
{
    m_settings.setValue(Settings::Key::WorkspaceGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::WorkspaceSplitter, m_splitter->saveState());
    m_settings.setValue(Settings::Key::WorkspaceEditorSplitter, m_editorSplitter->saveState());
    m_settings.setValue(Settings::Key::WorkspaceFilters, m_filter->saveState());
    m_settings.setValue(Settings::Key::WorkspaceTab, m_tabs->currentIndex());
    m_settings.sync();
}

void TranslationWorkspace::closeEvent(QCloseEvent *event)
{
    if (m_editor->isModified())
        applyChanges(m_editor->changes());
    saveSettings();
    QWidget::closeEvent(event);
    if (!event->isAccepted())
        return;
    // The rows go with the window: opened again, it reads them again in the background.
    if (const QModelIndex current = m_table->currentIndex(); current.isValid())
        m_currentWhenClosed = m_model->row(m_filter->mapToSource(current).row()).pair.key;
    m_reader->stop();
    unsetCursor();
    m_readingBar->setVisible(false);
    m_model->clear();
    showCurrent();
    m_letGo = true;
}

void TranslationWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_letGo)
        return;
    m_letGo = false;
    // At the field that was current, unless another was asked for meanwhile.
    const FieldKey current = std::exchange(m_currentWhenClosed, FieldKey());
    if (current.isValid() && !m_pendingField.isValid() && m_pendingEntity.isEmpty())
        m_pendingField = current;
    reload();
}

void TranslationWorkspace::retranslate()
{
    setWindowTitle(tr("Translation Workspace — InnoAtlas"));
    m_table->setAccessibleName(tr("Bilingual fields"));
    m_findingsView->setAccessibleName(tr("Findings"));
    m_historyView->setAccessibleName(tr("History of the field"));
    m_progressView->setAccessibleName(tr("Progress per city and plan"));
    m_tabs->setTabText(HistoryTab, tr("&History"));
    m_tabs->setTabText(GlossaryTab, tr("&Glossary"));
    m_tabs->setTabText(ProgressTab, tr("&Progress"));
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("&Redo"));
    m_showInMain->setText(tr("Show in &Main Window"));
    m_showInMain->setStatusTip(tr("Show the entry of this field in the main window"));
    m_dismiss->setText(tr("&Dismiss Finding"));
    m_dismiss->setStatusTip(tr("Accept the selected finding as it is; the checks stop reporting it"));
    m_cityNote->setText(
        tr("This database holds more than %1 texts: the workspace reads one city at a time. Choose the city in the "
           "filters above; the progress and the findings are that city's.")
            .arg(QLocale().toString(ReviewTableModel::wholeDatabaseLimit())));
    m_readOnlyNote->setText(
        isReadOnly() ? tr("Read only: %1. The fields can be read and filtered, not changed.").arg(m_readOnlyReason)
                     : QString());
    updateFindings();
    updateProgress();
}

void TranslationWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace innoatlas
