#pragma once

#include <QObject>

#include <memory>

class QAction;
class QWidget;

namespace innoatlas {

class ChangeNotifier;
class Database;
class MainWindow;

/**
 * The main window's link to a team server: File > Connect to Server… (the dialog, then the
 * window shows the server's data) and, while on a server, a refresh of the window's views
 * whenever another client commits a change (ChangeNotifier).
 */
class ServerSession : public QObject
{
    Q_OBJECT

public:
    ServerSession(MainWindow &window, Database &database);
    ~ServerSession() override;

    /**
     * Opens the server database @p address in @p database; when the server asks for a password
     * that libpq's password file does not hold, asks the user for it (never stored).
     */
    static bool openWithPrompt(Database &database, const QString &address, QWidget *parent);

    /** Shows the dialog and, once connected, the server's data. */
    void connectToServer();
    QAction *connectAction() const { return m_connect; }

private:
    void listen();
    void changedElsewhere(const QStringList &tables);
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    MainWindow &m_window;
    Database &m_database;
    QAction *m_connect = nullptr;
    std::unique_ptr<ChangeNotifier> m_notifier;
};

} // namespace innoatlas
