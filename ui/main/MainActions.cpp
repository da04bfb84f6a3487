#include "main/MainActions.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>

namespace innoatlas {

MainActions::MainActions(QMainWindow *window) : QObject(window), m_window(window)
{
    grouping = new QActionGroup(this);
    contentLanguage = new QActionGroup(this);
    interfaceLanguage = new QActionGroup(this);
    theme = new QActionGroup(this);

    importTable = make("actionImport", {QKeySequence(Qt::CTRL | Qt::Key_I)});
    report = make("actionReport", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    restoreBackup = make("actionRestoreBackup", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)});
    quit = make("actionQuit", {QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)});
    quit->setMenuRole(QAction::QuitRole);
    copy = make("actionCopy", {QKeySequence::Copy});
    find = make("actionFind", {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    preferences = make("actionPreferences", {QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    preferences->setMenuRole(QAction::PreferencesRole);
    back = make("actionBack", {QKeySequence::Back, QKeySequence(Qt::ALT | Qt::Key_Left)});
    forward = make("actionForward", {QKeySequence::Forward, QKeySequence(Qt::ALT | Qt::Key_Right)});
    groupByRegion = make("actionGroupByRegion", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}, grouping);
    groupByTheme = make("actionGroupByTheme", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)}, grouping);
    contentInterface = make("actionContentInterface", {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0)}, contentLanguage);
    contentKorean = make("actionContentKorean", {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1)}, contentLanguage);
    contentEnglish = make("actionContentEnglish", {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2)}, contentLanguage);
    contentBoth = make("actionContentBoth", {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_3)}, contentLanguage);
    interfaceKorean =
        make("actionInterfaceKorean", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)}, interfaceLanguage);
    interfaceEnglish =
        make("actionInterfaceEnglish", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}, interfaceLanguage);
    themeSystem = make("actionThemeSystem", {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_4)}, theme);
    themeLight = make("actionThemeLight", {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_5)}, theme);
    themeDark = make("actionThemeDark", {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_6)}, theme);
    themeHighContrast = make("actionThemeHighContrast", {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_7)}, theme);
    fullScreen = make("actionFullScreen", {QKeySequence::FullScreen, QKeySequence(Qt::Key_F11)});
    fullScreen->setCheckable(true);
    resetLayout = make("actionResetLayout", {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_9)});
    guide = make("actionGuide", {QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)});
    about = make("actionAbout", {QKeySequence(Qt::CTRL | Qt::Key_F1)});
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make("actionAboutQt", {QKeySequence(Qt::SHIFT | Qt::Key_F1)});
    aboutQt->setMenuRole(QAction::AboutQtRole);
    back->setEnabled(false);
    forward->setEnabled(false);
    retranslate();
}

QAction *MainActions::make(const char *objectName, const QList<QKeySequence> &shortcuts, QActionGroup *group)
{
    auto *action = new QAction(m_window);
    action->setObjectName(QString::fromLatin1(objectName));
    QList<QKeySequence> keys;
    for (const QKeySequence &key : shortcuts) {
        if (!key.isEmpty() && !keys.contains(key))
            keys << key;
    }
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    if (group) {
        action->setCheckable(true);
        group->addAction(action);
    }
    // Actions live on the window so their shortcuts work when the menu bar is hidden (full screen).
    m_window->addAction(action);
    return action;
}

void MainActions::createMenus(const QList<QAction *> &dockActions)
{
    QMenuBar *bar = m_window->menuBar();
    m_file = bar->addMenu(QString());
    m_file->addAction(importTable);
    m_file->addAction(report);
    m_file->addAction(restoreBackup);
    m_file->addSeparator();
    m_file->addAction(quit);

    m_edit = bar->addMenu(QString());
    m_edit->addAction(copy);
    m_edit->addSeparator();
    m_edit->addAction(find);
    m_edit->addSeparator();
    m_edit->addAction(preferences);

    m_view = bar->addMenu(QString());
    m_view->addActions(dockActions);
    m_view->addSeparator();
    m_groupingMenu = m_view->addMenu(QString());
    m_groupingMenu->addActions(grouping->actions());
    m_contentMenu = m_view->addMenu(QString());
    m_contentMenu->addActions(contentLanguage->actions());
    m_interfaceMenu = m_view->addMenu(QString());
    m_interfaceMenu->addActions(interfaceLanguage->actions());
    m_themeMenu = m_view->addMenu(QString());
    m_themeMenu->addActions(theme->actions());
    m_viewFeaturesEnd = m_view->addSeparator();
    m_view->addAction(fullScreen);
    m_view->addAction(resetLayout);

    m_go = bar->addMenu(QString());
    m_go->addAction(back);
    m_go->addAction(forward);

    m_help = bar->addMenu(QString());
    m_help->addAction(guide);
    m_help->addSeparator();
    m_help->addAction(about);
    m_help->addAction(aboutQt);
    retranslate();
}

void MainActions::retranslate()
{
    importTable->setText(tr("&Import…"));
    importTable->setStatusTip(tr("Import a CSV table: regions, populations or a budget, all or nothing"));
    report->setText(tr("&Report…"));
    report->setStatusTip(tr("Write a PDF report of the selected city or plan in Korean, English or both"));
    restoreBackup->setText(tr("&Restore from Backup…"));
    restoreBackup->setStatusTip(tr("Go back to a backup of the database, made before an import or an upgrade"));
    quit->setText(tr("&Quit"));
    quit->setStatusTip(tr("Close InnoAtlas"));
    copy->setText(tr("&Copy"));
    copy->setStatusTip(tr("Copy the selected row or text, in Korean and English"));
    find->setText(tr("&Find…"));
    find->setStatusTip(tr("Search every Korean and English text, initial consonants (ㄷㅈ) and amounts"));
    preferences->setText(tr("&Preferences…"));
    preferences->setStatusTip(tr("Your name for the history of changes"));
    back->setText(tr("&Back"));
    back->setStatusTip(tr("Go back to the entry shown before"));
    forward->setText(tr("&Forward"));
    forward->setStatusTip(tr("Go forward again"));
    groupByRegion->setText(tr("By &region"));
    groupByRegion->setStatusTip(tr("List the plans under their cities"));
    groupByTheme->setText(tr("By &theme"));
    groupByTheme->setStatusTip(tr("List the plans under their themes (space, AI, bio ...)"));
    contentInterface->setText(tr("&Same as the interface"));
    contentInterface->setStatusTip(tr("Show the data in the language of the menus"));
    contentKorean->setText(tr("&Korean"));
    contentKorean->setStatusTip(tr("Show the data in Korean"));
    contentEnglish->setText(tr("&English"));
    contentEnglish->setStatusTip(tr("Show the data in English"));
    contentBoth->setText(tr("&Both side by side"));
    contentBoth->setStatusTip(tr("Show the data in Korean and English together"));
    // Languages are named in their own words (autonyms), the same in every interface language, so a
    // reader can find theirs whichever language the menus are in.
    interfaceKorean->setText(QStringLiteral("한국어 (&K)"));
    interfaceKorean->setStatusTip(tr("Menus and labels in Korean"));
    interfaceEnglish->setText(QStringLiteral("&English"));
    interfaceEnglish->setStatusTip(tr("Menus and labels in English"));
    themeSystem->setText(tr("&System"));
    themeSystem->setStatusTip(tr("The desktop's colours"));
    themeLight->setText(tr("&Light"));
    themeLight->setStatusTip(tr("Dark text on a light background"));
    themeDark->setText(tr("&Dark"));
    themeDark->setStatusTip(tr("Light text on a dark background"));
    themeHighContrast->setText(tr("&High contrast"));
    themeHighContrast->setStatusTip(tr("Black, white and yellow with larger type, for projectors"));
    fullScreen->setText(tr("F&ull Screen"));
    fullScreen->setStatusTip(tr("Use the whole screen"));
    resetLayout->setText(tr("&Reset Layout"));
    resetLayout->setStatusTip(tr("Put the navigator, details and search results back in their places"));
    guide->setText(tr("User &Guide"));
    guide->setStatusTip(tr("Open the user guide in the interface language"));
    about->setText(tr("&About InnoAtlas"));
    about->setStatusTip(tr("Version and data sources"));
    aboutQt->setText(tr("About &Qt"));
    aboutQt->setStatusTip(tr("The Qt toolkit InnoAtlas is built with"));
    for (QAction *action : m_window->actions()) {
        // Tooltips name the shortcut, so the keyboard way is discoverable from the mouse.
        const QString text = action->text().remove(QLatin1Char('&'));
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        action->setToolTip(key.isEmpty() ? text : tr("%1 (%2)").arg(text, key));
    }
    if (!m_file)
        return;
    m_file->setTitle(tr("&File"));
    m_edit->setTitle(tr("&Edit"));
    m_view->setTitle(tr("&View"));
    m_groupingMenu->setTitle(tr("&Group Navigator"));
    m_contentMenu->setTitle(tr("&Content Language"));
    m_interfaceMenu->setTitle(tr("&Interface Language"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_go->setTitle(tr("&Go"));
    m_help->setTitle(tr("&Help"));
}

void MainActions::addViewAction(QAction *action)
{
    m_window->addAction(action);
    m_view->insertAction(m_viewFeaturesEnd, action);
}

} // namespace innoatlas
