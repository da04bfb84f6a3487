#include "importing/ImportJob.h"

#include "backup/Backups.h"
#include "importers/CsvImporter.h"
#include "importers/ImportMapping.h"
#include "store/Database.h"
#include "store/ServerAddress.h"
#include "store/UserDatabase.h"

#include <QThread>

namespace innoatlas {

ImportJob::ImportJob(QObject *parent) : QObject(parent) {}

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_cancel.store(true);
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportJob::start(const QString &databasePath, const ImportMapping &mapping, const QString &file)
{
    if (m_thread)
        return false;
    m_cancel.store(false);
    m_report = ImportReport();
    m_result = ImportReport();
    m_thread = QThread::create([this, databasePath, mapping, file] {
        // SQLite connections belong to the thread that opened them: the worker opens its own.
        Database database;
        const bool opened = ServerAddress::isServerAddress(databasePath) ? UserDatabase::open(database, databasePath)
                                                                         : database.open(databasePath);
        if (!opened) {
            m_result.file = file;
            m_result.fatalError = database.errorString();
            return;
        }
        // Every import is preceded by a backup the user can go back to (File > Restore from Backup).
        QString backupError;
        if (!Backups::beforeImport(database.connection(), &backupError)) {
            m_result.file = file;
            m_result.fatalError = backupError;
            return;
        }
        CsvImporter importer(database.connection(), mapping);
        importer.setCancelFlag(&m_cancel);
        importer.setProgress([this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
            return true;
        });
        m_result = importer.run(file);
    });
    connect(m_thread, &QThread::finished, this, &ImportJob::onThreadFinished);
    m_thread->start();
    return true;
}

void ImportJob::onThreadFinished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    m_report = m_result;
    emit finished();
}

} // namespace innoatlas
