#include "main/IntegrityWatch.h"

#include "common/AfterFirstPaint.h"
#include "common/BackgroundReads.h"
#include "main/MainWindow.h"
#include "store/Database.h"
#include "store/IntegrityCheck.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QtConcurrent/QtConcurrentRun>

namespace innoatlas {

IntegrityWatch::IntegrityWatch(MainWindow &window, Database &database)
    : QObject(&window), m_window(window), m_database(database)
{
    if (!database.isUnchecked())
        return;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        report(watcher->result());
    });
    // Not before the window is on the screen: on two cores the check would slow its first paint.
    AfterFirstPaint::run(&window, watcher, [watcher, path = database.path()] {
        watcher->setFuture(QtConcurrent::run(BackgroundReads::pool(), [path] { return IntegrityCheck::ofFile(path); }));
    });
}

void IntegrityWatch::report(const QString &result)
{
    if (result == QLatin1String("ok")) {
        m_database.markChecked();
        emit finished(QString());
        return;
    }
    // The connection still takes no write: close before anything is written to a damaged file.
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Damaged database"),
                                tr("%1 is damaged (%2). InnoAtlas closes it without writing to it; restore a "
                                   "backup (File › Restore from Backup…) or open another database.")
                                    .arg(m_database.path(), result),
                                QMessageBox::Close, &m_window);
    box->setObjectName(QStringLiteral("damagedDatabaseMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, &m_window, &QWidget::close);
    box->open();
    emit finished(result);
}

} // namespace innoatlas
