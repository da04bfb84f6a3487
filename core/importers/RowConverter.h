#pragma once

#include "importers/CsvReader.h"
#include "importers/ImportBatch.h"
#include "importers/ImportMapping.h"
#include "importers/ImportReport.h"
#include "importers/RegionIndex.h"

#include <QSqlDatabase>

namespace innoatlas {

class Transaction;

/** What every row converter is given: the mapping, where to report, and the keys of this import. */
struct ImportContext
{
    const ImportMapping *mapping = nullptr;
    ImportReport *report = nullptr;
    const RegionIndex *regions = nullptr;
    QString tag;               ///< key part unique to this file and mapping: "legal-dong.1a2b3c4d"
    bool sourceExists = false; ///< the same file was imported with the same mapping before
};

/**
 * Turns the records of a CSV file into an ImportBatch for one mapping target. Rows are checked
 * as they come (convert()); finish() compares them with the database and builds the batch.
 * Every refused row is reported with its line, column, field and reason.
 */
class RowConverter
{
    Q_DECLARE_TR_FUNCTIONS(Import)

public:
    explicit RowConverter(const ImportContext &context);
    virtual ~RowConverter();

    /** Finds the mapping's columns in the header; false (and the report's fatal error) when one is missing. */
    bool begin(const CsvReader &reader);
    /** Checks the row's shape and the mapping's filters, then hands it to convertRow(). */
    void convert(const CsvRecord &record);
    virtual ImportBatch finish() = 0;

    /**
     * Starts writing the rows while they are converted, inside @p transaction, instead of
     * collecting them all for finish(); false when this converter (or this import) does not stream.
     * A streaming converter stops writing at the first refused row (the caller then rolls back),
     * keeps only a preview of the rows in finish()'s batch, and needs finishWriting() after finish().
     * Throws StoreError.
     */
    virtual bool startWriting(QSqlDatabase database, Transaction &transaction);
    /** Writes what only finish() knew (after a startWriting() that returned true). Throws StoreError. */
    virtual void finishWriting();

    /** A converter for the mapping's target. */
    static std::unique_ptr<RowConverter> create(const ImportContext &context);

protected:
    virtual void convertRow(const CsvRecord &record) = 0;

    /** The 0-based column of a mapped field, -1 when the mapping leaves it out. */
    int column(const QString &field) const { return m_columns.value(field, -1); }
    QString header(int column) const { return m_header.value(column); }
    void reject(const CsvRecord &record, int column, const QString &reason);
    /** Adds the row as a quote of the import's source and returns the quote key. */
    QString quote(const CsvRecord &record);
    /** The import's source as the mapping describes it, with the quotes added so far. */
    const Source &importSource() const { return m_source; }
    /** The source with the quotes added, unless it is in the database already. */
    QVector<Source> sources() const;

    /** Rows kept for the preview batch of a streaming import (quotes of the import's source too). */
    static constexpr int previewRows = 1000;

    QVector<int> m_hierarchy; ///< the columns of the budget hierarchy's levels, top first
    const ImportMapping &m_mapping;
    ImportReport &m_report;
    const RegionIndex &m_regions;
    ImportContext m_context;
    bool m_previewOnly = false; ///< streaming: the source keeps only the first previewRows quotes

private:
    int resolve(const ColumnRef &column, const QString &what, bool *ok);

    QStringList m_header;
    QHash<QString, int> m_columns;
    QVector<QPair<int, QStringList>> m_filters;
    Source m_source;
};

} // namespace innoatlas
