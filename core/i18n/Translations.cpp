#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace innoatlas {

namespace {
struct Installed
{
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed &installed()
{
    static Installed state;
    return state;
}
} // namespace

QString Translations::systemLanguage()
{
    return QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

QString Translations::current()
{
    return installed().language;
}

bool Translations::install(const QString &language)
{
    Installed &state = installed();
    if (state.own)
        QCoreApplication::removeTranslator(state.own.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.own.reset(new QTranslator);
    state.qt.reset(new QTranslator);

    const bool own = state.own->load(QStringLiteral(":/i18n/innoatlas_%1.qm").arg(language));
    if (own)
        QCoreApplication::installTranslator(state.own.get());
    if (state.qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(state.qt.get());
    state.language = own ? language : QStringLiteral("en");
    QLocale::setDefault(QLocale(language == QLatin1String("ko") ? QLocale::Korean : QLocale::English,
                                language == QLatin1String("ko") ? QLocale::SouthKorea : QLocale::UnitedStates));
    return own;
}

} // namespace innoatlas
