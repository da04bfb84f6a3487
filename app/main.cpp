// innoatlas: the desktop program. Opens the user's database (created from the built-in
// dataset on first start) and shows the main window.

#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "store/Database.h"
#include "store/UserDatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

using namespace innoatlas;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("InnoAtlas"));
    QApplication::setApplicationName(QStringLiteral("innoatlas"));
    QApplication::setApplicationDisplayName(QStringLiteral("InnoAtlas"));
    QApplication::setApplicationVersion(QStringLiteral(INNOATLAS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.innoatlas.InnoAtlas"));

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
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the main window to an image file and quit (works offscreen)."),
        QCoreApplication::translate("main", "FILE"));
    parser.addOptions({databaseOption, langOption, screenshotOption});
    parser.process(app);

    Translations::install(parser.isSet(langOption) ? parser.value(langOption) : Translations::systemLanguage());

    Database database;
    if (!UserDatabase::open(database, parser.value(databaseOption))) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "InnoAtlas"),
            QCoreApplication::translate("main", "The database could not be opened:\n%1").arg(database.errorString()));
        return 1;
    }

    MainWindow window(database);
    window.show();
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        if (!window.grab().save(file)) {
            QTextStream(stderr) << QCoreApplication::translate("main", "%1: cannot write the image").arg(file)
                                << Qt::endl;
            return 1;
        }
        return 0;
    }
    return QApplication::exec();
}
