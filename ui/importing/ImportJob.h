#pragma once

#include "importers/ImportReport.h"

#include <QObject>

#include <atomic>

class QThread;

namespace innoatlas {

// Not included: the importers' AmountUnit and the charts' share a name, and moc compiles
// every header of the library in one file.
struct ImportMapping;

/**
 * Runs one CSV import on a worker thread with its own connection to the database file, so the
 * window stays responsive on a long file. Progress comes back as signals; cancel() stops the
 * import before anything is written (the importer writes only after every row was read and
 * checked, in one transaction).
 */
class ImportJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    /** Starts importing @p file into the database at @p databasePath; false when one is running. */
    bool start(const QString &databasePath, const ImportMapping &mapping, const QString &file);
    void cancel() { m_cancel.store(true); }
    bool isRunning() const { return m_thread != nullptr; }
    /** What the last import did; valid after finished(). */
    const ImportReport &report() const { return m_report; }

signals:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void onThreadFinished();

    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    ImportReport m_report;
    ImportReport m_result; ///< written by the worker, copied to m_report when it is done
};

} // namespace innoatlas
