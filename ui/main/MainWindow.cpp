#include "main/MainWindow.h"

#include "backup/RestoreBackupDialog.h"
#include "common/AfterFirstPaint.h"
#include "common/BackgroundReads.h"
#include "common/Settings.h"
#include "detail/DetailView.h"
#include "i18n/Translations.h"
#include "importing/ImportWizard.h"
#include "main/AboutDialog.h"
#include "main/CentralTabs.h"
#include "main/GroupOverviewPage.h"
#include "main/MainActions.h"
#include "main/OverviewSection.h"
#include "main/OverviewWidget.h"
#include "main/PreferencesDialog.h"
#include "main/StatusInfo.h"
#include "models/DetailFieldModel.h"
#include "navigator/NavigatorWidget.h"
#include "query/DatabaseStatistics.h"
#include "query/OverviewQuery.h"
#include "query/SourceCatalogue.h"
#include "report/ReportDialog.h"
#include "search/SearchField.h"
#include "search/SearchPanel.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTextEdit>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace innoatlas {

MainWindow::MainWindow(Database &database, Settings &settings, const QString &interfaceLanguage, QWidget *parent)
    : QMainWindow(parent), m_database(database), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    startFirstScreen();
    QString language = interfaceLanguage;
    if (language.isEmpty())
        language = m_settings.string(Settings::Key::InterfaceLanguage);
    if (language.isEmpty())
        language = Translations::systemLanguage();
    Translations::install(language);
    m_contentChoice = parseContentLanguageChoice(m_settings.string(Settings::Key::ContentLanguage));
    ColorThemes::apply(ColorThemes::parse(m_settings.string(Settings::Key::ColorTheme)));

    m_undoStack = new QUndoStack(this);
    m_actions = new MainActions(this);
    // Created in reading order, which is the keyboard's (Tab) order: search, navigator, overview, details.
    m_searchField = new SearchField(this);
    m_navigator = new NavigatorWidget(this);
    m_search = new SearchPanel(m_searchField, this);
    m_central = new CentralTabs(this);
    m_overview = new OverviewWidget(m_central);
    m_central->addView(m_overview);
    setCentralWidget(m_central);
    m_detail = new DetailView(this);
    createDocks();
    m_actions->createMenus(
        {m_navigatorDock->toggleViewAction(), m_detailDock->toggleViewAction(), m_searchDock->toggleViewAction()});

    m_statusInfo = new StatusInfo(this);
    statusBar()->addPermanentWidget(m_statusInfo);
    connectActions();

    resize(1440, 900);
    m_defaultState = saveState();
    reload();
    restoreSettings();
    retranslate();
}

MainWindow::~MainWindow()
{
    // The stack is a child, destroyed after this body: its last signals (clear() says it can no
    // longer undo) would reach features that ask a window already gone.
    m_undoStack->disconnect();
}

void MainWindow::createDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    m_navigatorDock = new QDockWidget(this);
    m_navigatorDock->setObjectName(QStringLiteral("navigatorDock"));
    m_navigatorDock->setWidget(m_navigator);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);
    m_navigatorDock->toggleViewAction()->setObjectName(QStringLiteral("actionShowNavigator"));
    m_navigatorDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));

    m_searchField->setMinimumWidth(320);
    m_searchDock = new QDockWidget(this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_search);
    addDockWidget(Qt::LeftDockWidgetArea, m_searchDock);
    m_searchDock->toggleViewAction()->setObjectName(QStringLiteral("actionShowSearchResults"));
    m_searchDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_searchDock->hide();

    m_detailDock = new QDockWidget(this);
    m_detailDock->setObjectName(QStringLiteral("detailDock"));
    m_detailDock->setWidget(m_detail);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
    m_detailDock->toggleViewAction()->setObjectName(QStringLiteral("actionShowDetails"));
    m_detailDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    resizeDocks({m_navigatorDock, m_detailDock}, {330, 600}, Qt::Horizontal);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_actions->back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_actions->forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_toolBar->addAction(m_actions->back);
    m_toolBar->addAction(m_actions->forward);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_searchField);
}

void MainWindow::connectActions()
{
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->importTable, &QAction::triggered, this, [this] {
        auto *wizard = new ImportWizard(m_database.path(), this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &ImportWizard::imported, this, &MainWindow::reloadData);
        wizard->open();
    });
    connect(m_actions->report, &QAction::triggered, this,
            [this] { ReportDialog(m_database, m_current.key, this).exec(); });
    connect(m_actions->restoreBackup, &QAction::triggered, this, [this] {
        // The navigator's own connection to the file would keep the file from being replaced.
        const QString lookups = m_navigator->lookupFile();
        m_navigator->setLookupFile(QString());
        if (!RestoreBackupDialog::run(m_database, this))
            m_navigator->setLookupFile(lookups);
    });
    connect(m_actions->copy, &QAction::triggered, this, &MainWindow::copySelection);
    connect(m_actions->find, &QAction::triggered, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    connect(m_actions->back, &QAction::triggered, this, &MainWindow::goBack);
    connect(m_actions->forward, &QAction::triggered, this, &MainWindow::goForward);
    connect(m_actions->groupByRegion, &QAction::triggered, this,
            [this] { m_navigator->setGrouping(NavigatorModel::Grouping::Region); });
    connect(m_actions->groupByTheme, &QAction::triggered, this,
            [this] { m_navigator->setGrouping(NavigatorModel::Grouping::Theme); });
    connect(m_navigator, &NavigatorWidget::groupingChanged, this, [this](NavigatorModel::Grouping grouping) {
        m_settings.setValue(Settings::Key::NavigatorGrouping, grouping == NavigatorModel::Grouping::Theme
                                                                  ? QStringLiteral("theme")
                                                                  : QStringLiteral("region"));
        updateCheckedActions();
    });
    const std::pair<QAction *, ContentLanguageChoice> contentActions[] = {
        {m_actions->contentInterface, ContentLanguageChoice::Interface},
        {m_actions->contentKorean, ContentLanguageChoice::Korean},
        {m_actions->contentEnglish, ContentLanguageChoice::English},
        {m_actions->contentBoth, ContentLanguageChoice::Both}};
    for (const auto &[action, choice] : contentActions)
        connect(action, &QAction::triggered, this, [this, choice = choice] { setContentLanguageChoice(choice); });
    connect(m_actions->interfaceKorean, &QAction::triggered, this,
            [this] { setInterfaceLanguage(QStringLiteral("ko")); });
    connect(m_actions->interfaceEnglish, &QAction::triggered, this,
            [this] { setInterfaceLanguage(QStringLiteral("en")); });
    const std::pair<QAction *, ColorTheme> themeActions[] = {{m_actions->themeSystem, ColorTheme::System},
                                                             {m_actions->themeLight, ColorTheme::Light},
                                                             {m_actions->themeDark, ColorTheme::Dark},
                                                             {m_actions->themeHighContrast, ColorTheme::HighContrast}};
    for (const auto &[action, theme] : themeActions)
        connect(action, &QAction::triggered, this, [this, theme = theme] { setColorTheme(theme); });
    connect(m_actions->fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    connect(m_actions->resetLayout, &QAction::triggered, this, [this] { restoreState(m_defaultState); });
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->guide, &QAction::triggered, this, &MainWindow::showGuide);
    connect(m_actions->preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_actions->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(m_navigator, &NavigatorWidget::currentEntityChanged, this, [this](const EntityRef &entity) {
        if (!m_selecting)
            showEntity(entity, true);
    });
    const auto openEntity = [this](const EntityRef &entity) { navigateTo(entity); };
    connect(m_overview, &OverviewWidget::entityActivated, this, openEntity);
    connect(m_detail, &DetailView::referenceActivated, this, openEntity);
    connect(m_search, &SearchPanel::entityActivated, this, openEntity);
    connect(m_search, &SearchPanel::activeChanged, this, [this](bool active) {
        if (active) {
            const bool wasHidden = m_searchDock->isHidden();
            m_searchDock->show();
            m_searchDock->raise();
            // Results need room to be read; the navigator keeps enough to show where they lead.
            if (wasHidden && !m_searchDock->isFloating() &&
                dockWidgetArea(m_searchDock) == dockWidgetArea(m_navigatorDock))
                resizeDocks({m_navigatorDock, m_searchDock}, {45, 55}, Qt::Vertical);
        } else {
            m_searchDock->hide();
        }
    });
}

void MainWindow::startFirstScreen()
{
    if (m_database.isServer())
        return;
    // Two threads: on two cores the longer read and the window's own building share the time evenly.
    const QString path = m_database.path();
    m_firstNavigator = QtConcurrent::run(BackgroundReads::pool(), [path] { return FirstScreenQuery::navigator(path); });
    // The overview of all without the number of every budget line: counting them reads an index of every line,
    // which would delay the first paint (countEveryLine() counts them after it).
    m_firstOverview = QtConcurrent::run(BackgroundReads::pool(), [path] {
        return FirstScreenQuery::overview(path, OverviewSection::PageSize, OverviewSection::PageSize, false);
    });
}

void MainWindow::reload()
{
    // The first screen as read on the other threads, when it could be: the window's own connection then
    // reads nothing before the first paint.
    std::optional<NavigatorData> navigator;
    std::optional<GroupOverview> overview;
    if (m_firstNavigator.isValid()) {
        navigator = m_firstNavigator.takeResult();
        overview = m_firstOverview.takeResult();
        m_firstNavigator = {};
        m_firstOverview = {};
    }
    m_detail->setDatabase(m_database.connection());
    if (overview)
        m_overview->setDatabase(m_database.connection(), std::move(*overview));
    else
        m_overview->setDatabase(m_database.connection());
    m_search->setDatabase(m_database.connection());
    // A file is also read on the navigator's thread of its own, so that typing in its filter box never waits.
    m_navigator->setLookupFile(!m_database.isServer() && QFileInfo(m_database.path()).isFile() ? m_database.path()
                                                                                               : QString());
    try {
        if (navigator)
            m_navigator->reload(m_database.connection(), std::move(*navigator));
        else
            m_navigator->reload(m_database.connection());
    } catch (const StoreError &e) {
        statusBar()->showMessage(e.message());
    }
    showStatistics();
}

void MainWindow::showStatistics()
{
    if (m_database.isServer()) {
        try {
            showCounts(DatabaseStatistics::query(m_database.connection()));
        } catch (const StoreError &e) {
            statusBar()->showMessage(e.message());
        }
        return;
    }
    // Counting reads the tables' indexes, then every text of the file (seconds at national scale): on
    // a connection of its own on another thread, while the window is already shown and in use.
    m_statusInfo->setCounting(m_database.path());
    const int generation = ++m_statisticsGeneration;
    auto *watcher = new QFutureWatcher<DatabaseCounts>(this);
    connect(watcher, &QFutureWatcherBase::resultReadyAt, this, [this, watcher, generation](int index) {
        if (generation == m_statisticsGeneration)
            showCounts(watcher->resultAt(index));
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        const bool counted = watcher->future().resultCount() > 0;
        watcher->deleteLater();
        if (counted || generation != m_statisticsGeneration)
            return;
        // The file could not be read on another connection: the overview of all takes its count of budget lines
        // from the window's own.
        try {
            m_overview->groupPage()->setEveryLineCount(OverviewQuery::everyLineCount(m_database.connection()));
        } catch (const StoreError &e) {
            statusBar()->showMessage(e.message());
        }
    });
    // Not before the window is on the screen: on two cores the count would slow its first paint.
    AfterFirstPaint::run(this, watcher, [watcher, path = m_database.path()] {
        watcher->setFuture(QtConcurrent::run(BackgroundReads::pool(), [path](QPromise<DatabaseCounts> &promise) {
            DatabaseStatistics::queryFile(path,
                                          [&promise](const DatabaseCounts &counts) { promise.addResult(counts); });
        }));
    });
}

void MainWindow::showCounts(const DatabaseCounts &counts)
{
    m_statusInfo->setDatabase(m_database.path(), counts);
    // Only an overview of all read without its count of budget lines takes this one.
    m_overview->groupPage()->setEveryLineCount(counts.budgetLines);
}

void MainWindow::reloadData()
{
    const EntityRef current = m_current;
    reload();
    if (!current.isValid() || !open(EntityRef{current.key, {}, current.planKey, current.regionKey}, false))
        m_detail->showEntity(QString());
    emit dataReloaded();
}

void MainWindow::restoreSettings()
{
    restoreGeometry(m_settings.value(Settings::Key::WindowGeometry).toByteArray());
    restoreState(m_settings.value(Settings::Key::WindowState).toByteArray());
    // Search results belong to a search; a new session starts without one.
    m_searchDock->hide();
    m_detail->splitter()->restoreState(m_settings.value(Settings::Key::DetailSplitter).toByteArray());
    m_central->setCurrentIndex(m_settings.value(Settings::Key::CentralTab).toInt());
    m_navigator->setGrouping(m_settings.string(Settings::Key::NavigatorGrouping) == QLatin1String("theme")
                                 ? NavigatorModel::Grouping::Theme
                                 : NavigatorModel::Grouping::Region);
    applyContentLanguage();
    const QString last = m_settings.string(Settings::Key::LastSelection);
    if (last.isEmpty() || !navigateTo(last))
        m_detail->showEntity(QString());
    updateCheckedActions();
}

void MainWindow::saveSettings()
{
    m_settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::WindowState, saveState());
    m_settings.setValue(Settings::Key::DetailSplitter, m_detail->splitter()->saveState());
    m_settings.setValue(Settings::Key::LastSelection, m_current.key);
    m_settings.setValue(Settings::Key::CentralTab, m_central->currentIndex());
    m_settings.sync();
}

bool MainWindow::navigateTo(const QString &key)
{
    return open(EntityRef{key, {}, {}, {}}, true);
}

bool MainWindow::navigateTo(const EntityRef &entity)
{
    return open(entity, true);
}

bool MainWindow::open(const EntityRef &target, bool record)
{
    const QString &key = target.key;
    if (key.isEmpty() || !m_detail->showEntity(key))
        return false;
    const EntityDetail &detail = m_detail->model()->detail();
    // A quote or a source belongs to no plan of its own; the place it was found from (a search hit) says which.
    const EntityRef entity{detail.key, detail.kind, detail.planKey.isEmpty() ? target.planKey : detail.planKey,
                           detail.regionKey.isEmpty() ? target.regionKey : detail.regionKey};
    // Entries the navigator does not list (a quote, a source) show with their plan or region selected.
    m_selecting = true;
    if (!m_navigator->select(key) && !m_navigator->select(entity.planKey))
        m_navigator->select(entity.regionKey);
    m_selecting = false;
    showEntity(entity, record);
    return true;
}

void MainWindow::showEntity(const EntityRef &entity, bool record)
{
    if (m_detail->entityKey() != entity.key)
        m_detail->showEntity(entity.key);
    EntityRef shown = entity;
    const EntityDetail &detail = m_detail->model()->detail();
    if (shown.planKey.isEmpty())
        shown.planKey = detail.planKey;
    if (shown.regionKey.isEmpty())
        shown.regionKey = detail.regionKey;
    m_overview->showEntity(shown);
    m_current = shown;
    if (record)
        m_history.visit(entity.key);
    m_actions->back->setEnabled(m_history.canGoBack());
    m_actions->forward->setEnabled(m_history.canGoForward());
    m_settings.setValue(Settings::Key::LastSelection, entity.key);
    emit currentEntityChanged(shown);
}

void MainWindow::goBack()
{
    open(EntityRef{m_history.back(), {}, {}, {}}, false);
}

void MainWindow::goForward()
{
    open(EntityRef{m_history.forward(), {}, {}, {}}, false);
}

void MainWindow::setInterfaceLanguage(const QString &language)
{
    m_settings.setValue(Settings::Key::InterfaceLanguage, language);
    if (language != Translations::current()) {
        Translations::install(language);
        // Qt posts QEvent::LanguageChange to the windows; deliver it now so that everything reads in the
        // new language as soon as this returns.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }
    applyContentLanguage();
    updateCheckedActions();
}

void MainWindow::setContentLanguageChoice(ContentLanguageChoice choice)
{
    m_contentChoice = choice;
    m_settings.setValue(Settings::Key::ContentLanguage, contentLanguageChoiceName(choice));
    applyContentLanguage();
    updateCheckedActions();
}

void MainWindow::applyContentLanguage()
{
    m_contentLanguage = resolveContentLanguage(m_contentChoice, Translations::current());
    m_navigator->setContentLanguage(m_contentLanguage);
    m_overview->setContentLanguage(m_contentLanguage);
    m_search->setContentLanguage(m_contentLanguage);
}

void MainWindow::setColorTheme(ColorTheme theme)
{
    m_settings.setValue(Settings::Key::ColorTheme, ColorThemes::name(theme));
    ColorThemes::apply(theme);
    m_actions->back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_actions->forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    updateCheckedActions();
}

int MainWindow::addCentralView(QWidget *view)
{
    return m_central->addView(view);
}

void MainWindow::updateCheckedActions()
{
    const bool theme = m_navigator->grouping() == NavigatorModel::Grouping::Theme;
    m_actions->groupByTheme->setChecked(theme);
    m_actions->groupByRegion->setChecked(!theme);
    m_actions->contentInterface->setChecked(m_contentChoice == ContentLanguageChoice::Interface);
    m_actions->contentKorean->setChecked(m_contentChoice == ContentLanguageChoice::Korean);
    m_actions->contentEnglish->setChecked(m_contentChoice == ContentLanguageChoice::English);
    m_actions->contentBoth->setChecked(m_contentChoice == ContentLanguageChoice::Both);
    const bool korean = Translations::current() == QLatin1String("ko");
    m_actions->interfaceKorean->setChecked(korean);
    m_actions->interfaceEnglish->setChecked(!korean);
    const ColorTheme current = ColorThemes::current();
    m_actions->themeSystem->setChecked(current == ColorTheme::System);
    m_actions->themeLight->setChecked(current == ColorTheme::Light);
    m_actions->themeDark->setChecked(current == ColorTheme::Dark);
    m_actions->themeHighContrast->setChecked(current == ColorTheme::HighContrast);
}

void MainWindow::copySelection()
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *edit = qobject_cast<QLineEdit *>(focus)) {
        edit->copy();
        return;
    }
    if (auto *text = qobject_cast<QTextEdit *>(focus)) {
        text->copy();
        return;
    }
    if (auto *label = qobject_cast<QLabel *>(focus)) {
        QGuiApplication::clipboard()->setText(label->hasSelectedText() ? label->selectedText() : label->text());
        return;
    }
    auto *view = qobject_cast<QAbstractItemView *>(focus);
    if (!view)
        view = m_detail->findChild<QAbstractItemView *>(QStringLiteral("detailFields"));
    const QModelIndex current = view ? view->currentIndex() : QModelIndex();
    if (!current.isValid())
        return;
    // The whole row, cell by cell, as a spreadsheet takes it.
    QStringList cells;
    const QAbstractItemModel *model = current.model();
    for (int column = 0; column < model->columnCount(current.parent()); ++column) {
        if (auto *table = qobject_cast<QTableView *>(view); table && table->isColumnHidden(column))
            continue;
        cells << model->index(current.row(), column, current.parent())
                     .data()
                     .toString()
                     .replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    QGuiApplication::clipboard()->setText(cells.join(QLatin1Char('\t')));
}

void MainWindow::showGuide()
{
    // The guide is installed with the program (share/innoatlas/guide) and built beside it in a build tree.
    const QString name = QStringLiteral("innoatlas/guide/guide.%1.html").arg(Translations::current());
    QString path = QStandardPaths::locate(QStandardPaths::GenericDataLocation, name);
    const QString besideProgram = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/") + name;
    if (path.isEmpty() && QFileInfo::exists(besideProgram))
        path = QFileInfo(besideProgram).canonicalFilePath();
    if (path.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        statusBar()->showMessage(tr("The user guide is not installed (%1).").arg(name), 8000);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QVector<SourceEntry> sources;
    try {
        sources = SourceCatalogue::query(m_database.connection());
    } catch (const StoreError &e) {
        statusBar()->showMessage(e.message());
    }
    AboutDialog dialog(sources, m_database.path(), this);
    dialog.exec();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::WindowStateChange)
        m_actions->fullScreen->setChecked(windowState() & Qt::WindowFullScreen);
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("InnoAtlas — innovation plans of Korean cities"));
    m_actions->retranslate();
    m_navigatorDock->setWindowTitle(tr("Navigator"));
    m_detailDock->setWindowTitle(tr("Details"));
    m_searchDock->setWindowTitle(tr("Search Results"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_navigatorDock->toggleViewAction()->setStatusTip(tr("Show or hide the navigator"));
    m_detailDock->toggleViewAction()->setStatusTip(tr("Show or hide the details in Korean and English"));
    m_searchDock->toggleViewAction()->setStatusTip(tr("Show or hide the search results"));
    const QString findKeys = m_actions->find->shortcuts().value(0).toString(QKeySequence::NativeText);
    m_searchField->setPlaceholderText(tr("Search Korean or English, ㄷㅈ, 3500억 … (%1)").arg(findKeys));
    m_searchField->setAccessibleName(tr("Search"));
    m_searchField->setToolTip(tr("Finds as you type across Korean and English text; Enter opens the first "
                                 "result, Up and Down choose another, Escape clears."));
    m_central->setAccessibleName(tr("Central views"));
    // Qt names the docks' title buttons when it creates them and never again: rename them in the new language.
    for (QDockWidget *dock : {m_navigatorDock, m_detailDock, m_searchDock}) {
        const std::pair<const char *, const char *> buttons[] = {{"qt_dockwidget_floatbutton", "Float"},
                                                                 {"qt_dockwidget_closebutton", "Close"}};
        for (const auto &[name, text] : buttons) {
            if (auto *button = dock->findChild<QWidget *>(QLatin1String(name))) {
                button->setAccessibleName(QCoreApplication::translate("QDockWidget", text));
                button->setToolTip(QCoreApplication::translate("QDockWidget", text));
            }
        }
    }
}

} // namespace innoatlas
