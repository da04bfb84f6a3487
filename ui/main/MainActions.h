#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

namespace innoatlas {

/**
 * Every action of the main window with its shortcut, and the menus that list them. Each action
 * has an object name ("actionFind" ...) so tests and the screenshot script can trigger it.
 */
class MainActions : public QObject
{
    Q_OBJECT

public:
    explicit MainActions(QMainWindow *window);

    /** Builds the menu bar; @p dockActions are the docks' show/hide actions, listed under View. */
    void createMenus(const QList<QAction *> &dockActions);
    void retranslate();
    /** Lists a feature's action in the View menu, before the window-layout entries. */
    void addViewAction(QAction *action);
    /** The Edit menu, for features that add their actions to it (ui/editing). */
    QMenu *editMenu() const { return m_edit; }

    QAction *importTable = nullptr;
    QAction *report = nullptr;
    QAction *restoreBackup = nullptr;
    QAction *quit = nullptr;
    QAction *copy = nullptr;
    QAction *find = nullptr;
    QAction *preferences = nullptr;
    QAction *back = nullptr;
    QAction *forward = nullptr;
    QAction *groupByRegion = nullptr;
    QAction *groupByTheme = nullptr;
    QAction *contentInterface = nullptr;
    QAction *contentKorean = nullptr;
    QAction *contentEnglish = nullptr;
    QAction *contentBoth = nullptr;
    QAction *interfaceKorean = nullptr;
    QAction *interfaceEnglish = nullptr;
    QAction *themeSystem = nullptr;
    QAction *themeLight = nullptr;
    QAction *themeDark = nullptr;
    QAction *themeHighContrast = nullptr;
    QAction *fullScreen = nullptr;
    QAction *resetLayout = nullptr;
    QAction *guide = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;

    QActionGroup *grouping = nullptr;
    QActionGroup *contentLanguage = nullptr;
    QActionGroup *interfaceLanguage = nullptr;
    QActionGroup *theme = nullptr;

private:
    QAction *make(const char *objectName, const QList<QKeySequence> &shortcuts, QActionGroup *group = nullptr);

    QMainWindow *m_window = nullptr;
    QMenu *m_file = nullptr;
    QMenu *m_edit = nullptr;
    QMenu *m_view = nullptr;
    QAction *m_viewFeaturesEnd = nullptr;
    QMenu *m_go = nullptr;
    QMenu *m_help = nullptr;
    QMenu *m_groupingMenu = nullptr;
    QMenu *m_contentMenu = nullptr;
    QMenu *m_interfaceMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
};

} // namespace innoatlas
