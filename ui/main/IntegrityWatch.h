#pragma once

#include <QObject>

namespace innoatlas {

class Database;
class MainWindow;

/**
 * Runs the quick_check a database left for later (Database::setCheckLater()) on another thread,
 * once the window is up. A file that passes takes writes again; a damaged one is reported and
 * the window closes, having written nothing to it.
 */
class IntegrityWatch : public QObject
{
    Q_OBJECT

public:
    /** Starts the check when @p database is unchecked; does nothing otherwise. */
    IntegrityWatch(MainWindow &window, Database &database);

signals:
    /** The check is done: @p problem is empty when the file passed. */
    void finished(const QString &problem);

private:
    void report(const QString &result);

    MainWindow &m_window;
    Database &m_database;
};

} // namespace innoatlas
