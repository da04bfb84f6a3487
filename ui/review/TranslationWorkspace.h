#pragma once

#include "review/EditResult.h"
#include "review/FieldKey.h"

#include <QSqlDatabase>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace innoatlas {

class FieldEditor;
class FindingModel;
class GlossaryPanel;
class HistoryModel;
class ProgressModel;
class ReviewFilterBar;
class ReviewFilterModel;
class ReviewReader;
class ReviewTableModel;
class Settings;
struct ReviewTableContents;

/**
 * The translator workspace, a window of its own: every bilingual field in a filterable table,
 * the side-by-side editor of the selected one, and tabs with the findings, the field's
 * history, the glossary and the progress per city and plan.
 *
 * Every edit goes through the main window's undo stack (FieldEditCommand, GlossaryCommand)
 * and is recorded under Settings::userName(). Its layout and filters are remembered.
 *
 * A database of more texts than ReviewTableModel::wholeDatabaseLimit() is read one city at a
 * time: the city filter chooses the city read, and a line above the table says so.
 *
 * The rows are read without holding the window up (ReviewReader): until they come the table is
 * empty, a busy bar runs and the summary says what is read. A field or entry asked for meanwhile
 * is selected once its rows are read; an edit undone or redone meanwhile is shown then too.
 * Closed, the workspace lets go of its rows (a city of a national database is some 80 MB); shown
 * again, it reads them again, at the field that was current.
 */
class TranslationWorkspace : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool reading READ isReading NOTIFY readFinished)

public:
    TranslationWorkspace(const QSqlDatabase &database, QUndoStack *undoStack, Settings &settings,
                         QWidget *parent = nullptr);
    ~TranslationWorkspace() override;

    /** Reads everything from the database again (of a large database, the city the filter shows). */
    void reload();
    /** Whether the rows are being read (readFinished() follows). */
    bool isReading() const;
    /**
     * Selects the field @p key in the table, clearing filters that hide it. While rows are read (its city's, when the
     * rows are one city's and it lies in another), it is selected once they are, and true is returned.
     */
    bool selectField(const FieldKey &key);
    /** Selects the first field of the entity @p entityKey; while rows are read, as selectField(). */
    bool selectEntity(const QString &entityKey);
    /** Applies @p changes through the undo stack; false (with the reason shown) when refused. */
    bool applyChanges(const QVector<FieldChange> &changes);
    /** Dismisses the finding in row @p row of the findings list. */
    bool dismissFinding(int row);
    void saveSettings();
    /**
     * On a read-only database everything can be read and filtered, but nothing edited, marked,
     * dismissed or added to the glossary; a line says why (@p reason, e.g. "the file is read-only").
     */
    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    /** The line shown while read-only (empty otherwise). */
    QString readOnlyText() const;

    ReviewTableModel *model() const { return m_model; }
    ReviewFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    FieldEditor *editor() const { return m_editor; }
    FindingModel *findingModel() const { return m_findings; }
    QTableView *findingsView() const { return m_findingsView; }
    HistoryModel *historyModel() const { return m_history; }
    GlossaryPanel *glossary() const { return m_glossary; }
    ProgressModel *progressModel() const { return m_progress; }
    /** The message shown last (an edit refused, a finding dismissed). */
    QString message() const;

signals:
    /** The user asked to see @p entityKey in the main window. */
    void entityActivated(const QString &entityKey);
    /** The rows asked for last are read and shown (or could not be read: message() says why). */
    void readFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildTabs();
    void retranslate();
    void showCurrent();
    void onCurrentChanged(const QModelIndex &current, const QModelIndex &previous);
    void saveAndNext(const QVector<FieldChange> &changes, bool moveNext);
    void edited(const EditResult &result);
    void updateFindings();
    void updateProgress();
    void showMessage(const QString &text);
    void restoreSettings();
    bool readsOneCity() const;
    /** The city being read, else the city read. */
    QString cityInView() const;
    void readCity(const QString &cityKey);
    bool readCityOf(const QString &entityKey);
    void keepCityRead();
    void startRead(const QString &cityKey);
    void takeRead(const std::shared_ptr<ReviewTableContents> &contents, const QString &error);
    void saveTyped();
    void recheck();

    QSqlDatabase m_database;
    QUndoStack *m_undoStack = nullptr;
    Settings &m_settings;
    ReviewTableModel *m_model = nullptr;
    ReviewFilterModel *m_filter = nullptr;
    ReviewFilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    FieldEditor *m_editor = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_editorSplitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    FindingModel *m_findings = nullptr;
    QTableView *m_findingsView = nullptr;
    HistoryModel *m_history = nullptr;
    QTableView *m_historyView = nullptr;
    GlossaryPanel *m_glossary = nullptr;
    ProgressModel *m_progress = nullptr;
    QTableView *m_progressView = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QLabel *m_cityNote = nullptr;
    QProgressBar *m_readingBar = nullptr;
    ReviewReader *m_reader = nullptr;
    // Asked for while rows were read: applied once they are.
    FieldKey m_pendingField;
    QString m_pendingEntity;
    // Changed while rows were read, which may have read them before: read again once they are.
    QVector<FieldKey> m_refreshAfterRead;
    bool m_recheckAfterRead = false;
    bool m_readOnce = false;
    // Closed, it let go of its rows: they are read again when it is shown, at the field that was current.
    bool m_letGo = false;
    FieldKey m_currentWhenClosed;
    QString m_readOnlyReason;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_dismiss = nullptr;
    QAction *m_showInMain = nullptr;
    bool m_applying = false;
};

} // namespace innoatlas
