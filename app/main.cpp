// innoatlas: the desktop program. Opens the user's database (created from the built-in
// dataset on first start) and shows the main window.

#include "HeadlessExport.h"
#include "common/ColorThemes.h"
#include "common/ContentLanguage.h"
#include "common/HeapMemory.h"
#include "common/Settings.h"
#include "editing/EditingController.h"
#include "editing/WriteAccess.h"
#include "i18n/Translations.h"
#include "main/FigureViews.h"
#include "main/IntegrityWatch.h"
#include "main/MainWindow.h"
#include "main/StatusInfo.h"
#include "perf/FirstPaintProbe.h"
#include "review/ReviewFeature.h"
#include "review/TranslationWorkspace.h"
#include "search/SearchPanel.h"
#include "server/ServerSession.h"
#include "store/Database.h"
#include "store/ServerAddress.h"
#include "store/UserDatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <memory>

using namespace innoatlas;

namespace {
int fail(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    HeapMemory::shareHeapsBetweenThreads(); // before any thread starts
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("InnoAtlas"));
    QApplication::setApplicationName(QStringLiteral("innoatlas"));
    QApplication::setApplicationDisplayName(QStringLiteral("InnoAtlas"));
    QApplication::setApplicationVersion(QStringLiteral(INNOATLAS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.innoatlas.InnoAtlas"));

    // The command line is read before any language is chosen: its help is in the system's language.
    Translations::install(Translations::systemLanguage());

    // Exports for scripts (--export-chart, --export-timeline, --list-charts) need no window.
    if (HeadlessExport::isRequested(QApplication::arguments()))
        return HeadlessExport::run(QApplication::arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Explore the innovation plans of Korean cities, in Korean and English."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("main", "The database file (created from the built-in dataset when missing)."),
        QCoreApplication::translate("main", "FILE"), UserDatabase::defaultPath());
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "User-interface language: ko or en."),
                                        QCoreApplication::translate("main", "LANG"));
    const QCommandLineOption contentOption(
        QStringLiteral("content"),
        QCoreApplication::translate("main", "Content language: interface, ko, en or both (remembered)."),
        QCoreApplication::translate("main", "LANG"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QCoreApplication::translate("main", "Colour theme: system, light, dark or high-contrast (remembered)."),
        QCoreApplication::translate("main", "THEME"));
    const QCommandLineOption settingsOption(
        QStringLiteral("settings"),
        QCoreApplication::translate("main", "Keep the window's settings in this file instead of the user's."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the main window to an image file and quit (works offscreen)."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption selectOption(QStringLiteral("select"),
                                          QCoreApplication::translate("main", "Open the entry with this key."),
                                          QCoreApplication::translate("main", "KEY"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          QCoreApplication::translate("main", "Search for this text at start."),
                                          QCoreApplication::translate("main", "TEXT"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QCoreApplication::translate("main", "Window size, such as 1600x1000."),
                                        QCoreApplication::translate("main", "WxH"));
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        QCoreApplication::translate("main", "Open the translation workspace (--screenshot then renders it)."));
    parser.addOptions({databaseOption, langOption, contentOption, themeOption, settingsOption, screenshotOption,
                       selectOption, searchOption, sizeOption, workspaceOption});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "An InnoAtlas database to open (as --database)."),
                                 QCoreApplication::translate("main", "[FILE]"));
    parser.process(app);
    if (parser.positionalArguments().size() > 1)
        return fail(QCoreApplication::translate("main", "Open one database at a time."));
    const QString databasePath =
        parser.positionalArguments().isEmpty() ? parser.value(databaseOption) : parser.positionalArguments().first();

    const QString language = parser.value(langOption);
    if (parser.isSet(langOption) && language != QLatin1String("ko") && language != QLatin1String("en"))
        return fail(QCoreApplication::translate("main", "--lang must be ko or en, not \"%1\"").arg(language));

    // A screenshot must neither depend on nor change the user's own settings.
    QTemporaryDir screenshotSettings;
    std::unique_ptr<Settings> settings;
    if (parser.isSet(settingsOption))
        settings = std::make_unique<Settings>(parser.value(settingsOption));
    else if (parser.isSet(screenshotOption))
        settings = std::make_unique<Settings>(screenshotSettings.filePath(QStringLiteral("settings.ini")));
    else
        settings = std::make_unique<Settings>();
    if (parser.isSet(contentOption))
        settings->setValue(Settings::Key::ContentLanguage, parser.value(contentOption));
    if (parser.isSet(themeOption))
        settings->setValue(Settings::Key::ColorTheme, parser.value(themeOption));

    Database database;
    // The window opens before the whole file is read for PRAGMA quick_check (IntegrityWatch runs it).
    database.setCheckLater(true);
    // A file this user may not write opens read-only (editing off, a banner says why).
    QString readOnlyReason;
    const bool server = ServerAddress::isServerAddress(databasePath);
    const bool readOnly =
        !server && QFileInfo::exists(databasePath) && !WriteAccess::canWrite(databasePath, &readOnlyReason);
    const bool opened = server     ? ServerSession::openWithPrompt(database, databasePath, nullptr)
                        : readOnly ? database.open(databasePath, Database::Mode::ReadOnly)
                                   : UserDatabase::open(database, databasePath);
    if (!opened) {
        Translations::install(language.isEmpty() ? Translations::systemLanguage() : language);
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "InnoAtlas"),
            QCoreApplication::translate("main", "The database could not be opened:\n%1").arg(database.errorString()));
        return 1;
    }

    MainWindow window(database, *settings, language);
    new FigureViews(window, database);
    auto *review = new ReviewFeature(window, database, *settings);
    new EditingController(window, database, readOnlyReason);
    new ServerSession(window, database);
    new IntegrityWatch(window, database);
    if (parser.isSet(sizeOption)) {
        const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
        if (size.size() == 2)
            window.resize(size.at(0).toInt(), size.at(1).toInt());
    }
    if (parser.isSet(selectOption) && !window.navigateTo(parser.value(selectOption)))
        return fail(
            QCoreApplication::translate("main", "No entry has the key \"%1\".").arg(parser.value(selectOption)));
    FirstPaintProbe::installIfRequested(&window); // benchmarks only (tests/bench)
    window.show();
    if (parser.isSet(searchOption))
        window.searchPanel()->searchNow(parser.value(searchOption));
    QWidget *shown = &window;
    if (parser.isSet(workspaceOption)) {
        TranslationWorkspace *workspace = review->openWorkspace();
        shown = workspace;
        if (parser.isSet(sizeOption))
            shown->resize(window.size());
        // Its rows are read on another thread: the picture shows them, not "reading…".
        if (parser.isSet(screenshotOption) && workspace->isReading()) {
            QEventLoop read;
            QObject::connect(workspace, &TranslationWorkspace::readFinished, &read, &QEventLoop::quit);
            QTimer::singleShot(std::chrono::seconds(60), &read, &QEventLoop::quit);
            read.exec();
        }
    }

    if (parser.isSet(screenshotOption)) {
        // The status bar's counts are read on another thread: the picture shows them, not "counting…".
        if (window.statusInfo()->isCounting()) {
            QEventLoop counted;
            QObject::connect(window.statusInfo(), &StatusInfo::countsShown, &counted, &QEventLoop::quit);
            QTimer::singleShot(std::chrono::seconds(20), &counted, &QEventLoop::quit);
            counted.exec();
        }
        // Let the layouts settle (rows that wrap, docks that size themselves) before grabbing.
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        const QString file = parser.value(screenshotOption);
        if (!shown->grab().save(file)) {
            QTextStream(stderr) << QCoreApplication::translate("main", "%1: cannot write the image").arg(file)
                                << Qt::endl;
            return 1;
        }
        return 0;
    }
    return QApplication::exec();
}
