#pragma once

#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace innoatlas {

/**
 * The program's remembered state, one typed key at a time: each Key has one path in the
 * settings file and one default. The program uses the user's settings; tests use a
 * throwaway file (Settings(QTemporaryDir().filePath(...))).
 */
class Settings
{
public:
    enum class Key
    {
        WindowGeometry,          ///< QByteArray from QMainWindow::saveGeometry()
        WindowState,             ///< QByteArray from QMainWindow::saveState(): docks and toolbars
        DetailSplitter,          ///< QByteArray: fields above, sources below
        LastSelection,           ///< QString: the key of the entity selected last
        InterfaceLanguage,       ///< QString: "ko", "en", or empty for the system's language
        ContentLanguage,         ///< QString: "interface", "ko", "en" or "both"
        ColorTheme,              ///< QString: "system", "light", "dark" or "high-contrast"
        NavigatorGrouping,       ///< QString: "region" or "theme"
        CentralTab,              ///< int: the central view shown last
        UserName,                ///< QString: the name recorded with every change; empty for the login name
        WorkspaceGeometry,       ///< QByteArray: the translator workspace window
        WorkspaceSplitter,       ///< QByteArray: the workspace's table and editor above, its tabs below
        WorkspaceEditorSplitter, ///< QByteArray: the workspace's table beside its editor
        WorkspaceFilters,        ///< QString: the workspace's filters (ReviewFilterModel::saveState())
        WorkspaceTab,            ///< int: the workspace tab shown last (findings, history, glossary, progress)
    };

    /** The user's settings (organisation and application name of the program). */
    Settings();
    /** The settings kept in the INI file @p fileName (created when missing). */
    explicit Settings(const QString &fileName);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    QVariant value(Key key) const;
    QString string(Key key) const { return value(key).toString(); }
    void setValue(Key key, const QVariant &value);
    /** Forgets the stored value: value() gives the default again. */
    void reset(Key key);
    /** Writes pending changes to the file. */
    void sync();
    QString fileName() const;
    /** The name recorded in the history of every change: the UserName setting, else the login name. */
    QString userName() const;

    static QString path(Key key);
    static QVariant defaultValue(Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace innoatlas
