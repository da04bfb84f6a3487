#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace innoatlas {

class Database;
class MainWindow;
class Settings;
class TranslationWorkspace;

/**
 * Plugs the translator workspace into the main window: View > Translation Workspace
 * (Ctrl+Shift+L) opens it as a window of its own, on the main window's database and undo
 * stack; "Show in Main Window" there shows the entry in the main window.
 */
class ReviewFeature : public QObject
{
    Q_OBJECT

public:
    ReviewFeature(MainWindow &window, Database &database, Settings &settings);

    /** Opens (creating it the first time) and raises the workspace. */
    TranslationWorkspace *openWorkspace();
    TranslationWorkspace *workspace() const { return m_workspace; }
    QAction *action() const { return m_action; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    static QString readOnlyReason();

    MainWindow &m_window;
    Database &m_database;
    Settings &m_settings;
    QAction *m_action = nullptr;
    QPointer<TranslationWorkspace> m_workspace;
};

} // namespace innoatlas
