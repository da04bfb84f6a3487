#pragma once

#include "importers/ImportBatch.h"
#include "importers/ImportMapping.h"
#include "importers/ImportReport.h"

#include <QSqlDatabase>

#include <atomic>
#include <functional>

namespace innoatlas {

/**
 * Imports a CSV file into a database through a mapping, all or nothing.
 *
 * run() reads the file once to count its lines and fingerprint it, then streams its records
 * through the mapping, checking every row and reporting each refused one; when no row was
 * refused, the file read cleanly and nobody cancelled, it writes everything in one transaction
 * (ImportWriter). Otherwise the database is left exactly as it was. Budget lines are written
 * while they are read, in that same transaction (BudgetStream), so that memory does not grow
 * with the file; batch() then holds a preview of them (RowConverter::previewRows).
 *
 * Progress goes to a callback with the lines done and the lines in the file; the callback may
 * return false to cancel, and so may another thread through a std::atomic<bool>. Both are
 * consulted while the rows are read, not during the final write.
 */
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(Import)

public:
    /** Lines done, lines in the file; return false to cancel. */
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    CsvImporter(QSqlDatabase database, ImportMapping mapping);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    /** Reads, checks and (when everything is in order) writes; the report says what happened. */
    ImportReport run(const QString &path);
    /** Reads and checks only: what run() would do, without writing. */
    ImportReport check(const QString &path);
    /**
     * What the last run() or check() wrote or would write, for a preview; after a run() of budget
     * lines, only the first RowConverter::previewRows lines and quotes.
     */
    const ImportBatch &batch() const { return m_batch; }

private:
    ImportReport import(const QString &path, bool write);
    bool cancelled(qint64 done, qint64 total);

    QSqlDatabase m_database;
    ImportMapping m_mapping;
    Progress m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    ImportBatch m_batch;
};

} // namespace innoatlas
