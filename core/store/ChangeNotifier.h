#pragma once

#include "store/Database.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSqlDriver>
#include <QTimer>

namespace innoatlas {

/**
 * Tells a client that another client changed the shared database.
 *
 * On a server database every InnoAtlas table sends a notification when a transaction that
 * changed it commits (ServerSchema installs the triggers); this listens on the database's
 * connection (QSqlDriver::subscribeToNotification) and emits changedElsewhere() for the changes
 * of other connections, not for this connection's own. Notifications of one burst are merged
 * into one signal. On a file it never emits: one program owns a file. Needs the event loop of
 * the thread that owns the connection.
 */
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    /** How long a burst of notifications is gathered before changedElsewhere() (milliseconds). */
    static constexpr int mergeInterval = 50;

    explicit ChangeNotifier(const Database &database, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    /** False on a file, or when the server refused the subscription. */
    bool isListening() const { return m_listening; }

signals:
    /** Another client committed changes to these tables (sorted names). */
    void changedElsewhere(const QStringList &tables);

private:
    void received(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void flush();

    QPointer<QSqlDriver> m_driver;
    QSet<QString> m_tables;
    QTimer m_merge;
    bool m_listening = false;
};

} // namespace innoatlas
