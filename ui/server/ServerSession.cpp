#include "server/ServerSession.h"

#include "main/MainWindow.h"
#include "server/ServerConnectDialog.h"
#include "store/ChangeNotifier.h"
#include "store/Database.h"
#include "store/ServerAddress.h"
#include "store/UserDatabase.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QUndoStack>

namespace innoatlas {

ServerSession::ServerSession(MainWindow &window, Database &database)
    : QObject(&window), m_window(window), m_database(database)
{
    m_connect = new QAction(&window);
    m_connect->setObjectName(QStringLiteral("actionConnectToServer"));
    connect(m_connect, &QAction::triggered, this, &ServerSession::connectToServer);
    // First in the File menu, above Quit.
    const QList<QAction *> menus = window.menuBar()->actions();
    if (!menus.isEmpty() && menus.first()->menu()) {
        QMenu *file = menus.first()->menu();
        QAction *first = file->actions().value(0);
        file->insertAction(first, m_connect);
        file->insertSeparator(first);
    }
    window.installEventFilter(this);
    retranslate();
    listen();
}

ServerSession::~ServerSession() = default;

bool ServerSession::openWithPrompt(Database &database, const QString &address, QWidget *parent)
{
    if (UserDatabase::open(database, address) || !database.needsPassword())
        return database.isOpen();
    ServerAddress parsed;
    QString error;
    ServerAddress::parse(address, &parsed, &error);
    bool ok = false;
    const QString password = QInputDialog::getText(parent, tr("Connect to Server"),
                                                   tr("Password of %1 on %2:").arg(parsed.user(), parsed.host()),
                                                   QLineEdit::Password, QString(), &ok);
    return ok && UserDatabase::open(database, address, password);
}

void ServerSession::connectToServer()
{
    ServerConnectDialog dialog(&m_window);
    ServerAddress current;
    QString error;
    if (m_database.isServer())
        ServerAddress::parse(m_database.path(), &current, &error);
    if (current.isValid())
        dialog.setAddress(current);
    while (dialog.exec() == QDialog::Accepted) {
        // Try on a connection of its own first, so that a failure leaves the window on its database.
        Database probe;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool reachable = UserDatabase::open(probe, dialog.address().toString(), dialog.password());
        probe.close();
        const bool opened = reachable && UserDatabase::open(m_database, dialog.address().toString(), dialog.password());
        QApplication::restoreOverrideCursor();
        if (!opened) {
            dialog.setError(reachable ? m_database.errorString() : probe.errorString());
            continue;
        }
        listen();
        // The undo history holds rows of the database left behind.
        m_window.undoStack()->clear();
        m_window.reloadData();
        m_window.statusBar()->showMessage(tr("Connected to %1").arg(m_database.path()), 5000);
        return;
    }
}

void ServerSession::listen()
{
    m_notifier = std::make_unique<ChangeNotifier>(m_database);
    connect(m_notifier.get(), &ChangeNotifier::changedElsewhere, this, &ServerSession::changedElsewhere);
}

void ServerSession::changedElsewhere(const QStringList &tables)
{
    Q_UNUSED(tables)
    m_window.reloadData();
    m_window.statusBar()->showMessage(tr("Updated with another user's changes"), 5000);
}

void ServerSession::retranslate()
{
    m_connect->setText(tr("Connect to &Server…"));
    m_connect->setStatusTip(tr("Open the team's shared database on a PostgreSQL server"));
}

bool ServerSession::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace innoatlas
