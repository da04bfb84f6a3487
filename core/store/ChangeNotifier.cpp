#include "store/ChangeNotifier.h"

#include "store/ServerSchema.h"

#include <QVariant>

namespace innoatlas {

ChangeNotifier::ChangeNotifier(const Database &database, QObject *parent) : QObject(parent)
{
    m_merge.setSingleShot(true);
    m_merge.setInterval(mergeInterval);
    connect(&m_merge, &QTimer::timeout, this, &ChangeNotifier::flush);
    if (!database.isOpen() || !database.isServer())
        return;
    m_driver = database.connection().driver();
    if (!m_driver || !m_driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    m_listening = m_driver->subscribeToNotification(QLatin1String(ServerSchema::notificationChannel));
    if (m_listening)
        connect(m_driver, &QSqlDriver::notification, this, &ChangeNotifier::received);
}

ChangeNotifier::~ChangeNotifier()
{
    if (m_listening && m_driver && m_driver->isOpen())
        m_driver->unsubscribeFromNotification(QLatin1String(ServerSchema::notificationChannel));
}

void ChangeNotifier::received(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (name != QLatin1String(ServerSchema::notificationChannel) || source == QSqlDriver::SelfSource)
        return;
    m_tables.insert(payload.toString());
    if (!m_merge.isActive())
        m_merge.start();
}

void ChangeNotifier::flush()
{
    QStringList tables(m_tables.cbegin(), m_tables.cend());
    m_tables.clear();
    tables.sort();
    emit changedElsewhere(tables);
}

} // namespace innoatlas
