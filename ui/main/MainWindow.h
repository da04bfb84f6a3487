#pragma once

#include "common/ColorThemes.h"
#include "common/ContentLanguage.h"
#include "common/EntityRef.h"
#include "main/SelectionHistory.h"
#include "query/FirstScreenQuery.h"

#include <QFuture>
#include <QMainWindow>

class QDockWidget;
class QToolBar;
class QUndoStack;

namespace innoatlas {

class CentralTabs;
class Database;
class DetailView;
class MainActions;
class NavigatorWidget;
class OverviewWidget;
class SearchField;
class SearchPanel;
class Settings;
class StatusInfo;
struct DatabaseCounts;

/**
 * The main window: creates the actions, the docks (navigator, details, search results) and the
 * central views, and routes the selection between them. Each feature is its own widget.
 *
 * The central area is a tab widget: the overview is its first view; the timeline and charts
 * views plug in with addCentralView() and follow currentEntityChanged().
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /**
     * Opens on @p database with the state remembered in @p settings. @p interfaceLanguage ("ko",
     * "en") overrides the remembered interface language for this session; empty uses the
     * remembered one, or the system's.
     */
    MainWindow(Database &database, Settings &settings, const QString &interfaceLanguage = QString(),
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Shows the entity @p key: selects it in the navigator (or its plan or region) and details it. */
    bool navigateTo(const QString &key);
    /** As above; the plan and region of @p entity are used when the entity itself has none (a quote). */
    bool navigateTo(const EntityRef &entity);
    /** The entity the detail view shows. */
    EntityRef currentEntity() const { return m_current; }

    void setInterfaceLanguage(const QString &language);
    void setContentLanguageChoice(ContentLanguageChoice choice);
    ContentLanguage contentLanguage() const { return m_contentLanguage; }
    void setColorTheme(ColorTheme theme);

    /** Adds a view (timeline, charts ...) to the central tabs, labelled with its window title. */
    int addCentralView(QWidget *view);
    /** Reads the database again into every view (after an edit or an import) and shows the current entry again. */
    void reloadData();
    /** Writes the window's state (geometry, docks, selection) to the settings. */
    void saveSettings();

    MainActions *actions() const { return m_actions; }
    /** The one undo stack of the database's edits. */
    QUndoStack *undoStack() const { return m_undoStack; }
    SearchField *searchField() const { return m_searchField; }
    SearchPanel *searchPanel() const { return m_search; }
    NavigatorWidget *navigator() const { return m_navigator; }
    DetailView *detailView() const { return m_detail; }
    OverviewWidget *overview() const { return m_overview; }
    StatusInfo *statusInfo() const { return m_statusInfo; }

signals:
    /** The entity shown changed (navigator, search, a click in a view, Back/Forward). */
    void currentEntityChanged(const innoatlas::EntityRef &entity);
    /** The database changed under the views (an edit, an import): views that keep a copy reload it. */
    void dataReloaded();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void connectActions();
    void restoreSettings();
    void reload();
    /** Starts reading the first screen on other threads (a database file only). */
    void startFirstScreen();
    /**
     * Counts what the database holds for the status bar, on another thread after the first paint; the count of budget
     * lines also completes the overview of all, which the first screen reads without it.
     */
    void showStatistics();
    void showCounts(const DatabaseCounts &counts);
    void retranslate();
    void showEntity(const EntityRef &entity, bool record);
    void goBack();
    void goForward();
    /** Shows @p key; @p record adds it to the history (not when going Back or Forward). */
    bool open(const EntityRef &target, bool record);
    void showAbout();
    void showGuide();
    void showPreferences();
    /** Copies the focused text, or the current row of the focused table (the detail fields by default). */
    void copySelection();
    void applyContentLanguage();
    void updateCheckedActions();

    Database &m_database;
    Settings &m_settings;
    MainActions *m_actions = nullptr;
    QUndoStack *m_undoStack = nullptr;
    CentralTabs *m_central = nullptr;
    OverviewWidget *m_overview = nullptr;
    NavigatorWidget *m_navigator = nullptr;
    DetailView *m_detail = nullptr;
    SearchPanel *m_search = nullptr;
    SearchField *m_searchField = nullptr;
    QToolBar *m_toolBar = nullptr;
    QDockWidget *m_navigatorDock = nullptr;
    QDockWidget *m_detailDock = nullptr;
    QDockWidget *m_searchDock = nullptr;
    StatusInfo *m_statusInfo = nullptr;
    int m_statisticsGeneration = 0; ///< the latest count started; older ones are dropped
    QByteArray m_defaultState;
    // The first screen, read on other threads while the window is built; taken by the first reload().
    QFuture<std::optional<NavigatorData>> m_firstNavigator;
    QFuture<std::optional<GroupOverview>> m_firstOverview;
    SelectionHistory m_history;
    EntityRef m_current;
    ContentLanguageChoice m_contentChoice = ContentLanguageChoice::Interface;
    ContentLanguage m_contentLanguage = ContentLanguage::Korean;
    bool m_selecting = false;
};

} // namespace innoatlas
