#include "common/Settings.h"

#include <QSettings>

namespace innoatlas {

namespace {
struct Entry
{
    Settings::Key key;
    const char *path;
    QVariant defaultValue;
};

const std::vector<Entry> &entries()
{
    static const std::vector<Entry> table = {
        {Settings::Key::WindowGeometry, "MainWindow/geometry", QByteArray()},
        {Settings::Key::WindowState, "MainWindow/state", QByteArray()},
        {Settings::Key::DetailSplitter, "Detail/splitter", QByteArray()},
        {Settings::Key::LastSelection, "Navigator/lastSelection", QString()},
        {Settings::Key::InterfaceLanguage, "Language/interface", QString()},
        {Settings::Key::ContentLanguage, "Language/content", QStringLiteral("interface")},
        {Settings::Key::ColorTheme, "Appearance/theme", QStringLiteral("system")},
        {Settings::Key::NavigatorGrouping, "Navigator/grouping", QStringLiteral("region")},
        {Settings::Key::CentralTab, "MainWindow/centralTab", 0},
        {Settings::Key::UserName, "Identity/userName", QString()},
        {Settings::Key::WorkspaceGeometry, "Workspace/geometry", QByteArray()},
        {Settings::Key::WorkspaceSplitter, "Workspace/splitter", QByteArray()},
        {Settings::Key::WorkspaceEditorSplitter, "Workspace/editorSplitter", QByteArray()},
        {Settings::Key::WorkspaceFilters, "Workspace/filters", QString()},
        {Settings::Key::WorkspaceTab, "Workspace/tab", 0},
    };
    return table;
}

const Entry &entry(Settings::Key key)
{
    for (const Entry &e : entries()) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}
} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &fileName) : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat)) {}

Settings::~Settings() = default;

QString Settings::path(Key key)
{
    return QString::fromLatin1(entry(key).path);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    const Entry &e = entry(key);
    QVariant stored = m_settings->value(QString::fromLatin1(e.path), e.defaultValue);
    // An INI file keeps everything as text; give back the type the key is declared with.
    if (stored.metaType() != e.defaultValue.metaType() && stored.canConvert(e.defaultValue.metaType()))
        stored.convert(e.defaultValue.metaType());
    return stored;
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(path(key), value);
}

void Settings::reset(Key key)
{
    m_settings->remove(path(key));
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QString Settings::userName() const
{
    const QString chosen = string(Key::UserName).trimmed();
    if (!chosen.isEmpty())
        return chosen;
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString login = qEnvironmentVariable(variable).trimmed();
        if (!login.isEmpty())
            return login;
    }
    return QStringLiteral("unknown");
}

} // namespace innoatlas
