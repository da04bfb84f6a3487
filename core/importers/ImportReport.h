#pragma once

#include "importers/TextEncoding.h"

#include <QCoreApplication>
#include <QMap>
#include <QVector>

namespace innoatlas {

/** A row an import refused: where it is and why. */
struct RejectedRow
{
    qint64 line = 0;
    int column = 0; ///< 1-based CSV column, 0 when the row as a whole is at fault
    QString field;  ///< the column's header (or the mapping's field name)
    QString reason; ///< translated

    /** "line 12, column 3 (인구): reason" (translated). */
    QString toString() const;
};

/**
 * What an import did or would have done: rows read, imported, updated, unchanged, skipped
 * (with the reasons) and rejected (every one, with line, column, field and reason).
 *
 * An import with a rejected row, a file error or a cancellation writes nothing (written is false).
 */
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(Import)

public:
    /** Rejected rows kept in the report; beyond them only rejectedCount grows. */
    static constexpr int maxRejectedRows = 100000;

    QString file;
    TextEncoding encoding = TextEncoding::Auto;
    bool byteOrderMark = false;
    QChar delimiter;
    qint64 headerLine = 0;

    qint64 rowsRead = 0;
    qint64 imported = 0;  ///< rows that became new data
    qint64 updated = 0;   ///< rows that changed existing data
    qint64 unchanged = 0; ///< rows whose data was already there, identical
    qint64 skipped = 0;   ///< rows left out on purpose (see skipReasons)
    QMap<QString, qint64> skipReasons;
    QVector<RejectedRow> rejected;
    qint64 rejectedCount = 0;
    QString fatalError; ///< the file could not be read or the write failed: nothing imported
    bool cancelled = false;
    bool written = false;

    qint64 totalWon = 0; ///< budget imports: the sum of the amounts of the rows imported
    QStringList notes;   ///< things a user should know (English names missing ...)

    void skip(const QString &reason, qint64 rows = 1);
    void reject(qint64 line, int column, const QString &field, const QString &reason);
    bool hasProblems() const { return rejectedCount > 0 || !fatalError.isEmpty(); }
};

} // namespace innoatlas
