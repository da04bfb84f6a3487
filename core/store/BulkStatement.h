#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace innoatlas {

/**
 * One prepared statement on the sqlite3 handle behind a QSQLITE connection, for writes of
 * millions of rows: values are bound without QVariant, statements are reset, not re-prepared.
 * Use it inside a Transaction the caller holds. Errors throw StoreError naming the statement.
 */
class BulkStatement
{
public:
    BulkStatement(const QSqlDatabase &database, const char *sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    BulkStatement &bind(qint64 value);
    BulkStatement &bind(const QString &text);
    BulkStatement &bindUtf8(const QByteArray &text);
    BulkStatement &bindNull();
    /** Runs the statement with the values bound since the last run and gets it ready for the next. */
    void run();
    /** Runs a query and returns the integer in the first column of its first row, 0 when it has none. */
    qint64 runForId();
    /** Runs a query and returns the text in the first column of its first row, empty when it has none. */
    QString runForText();
    /**
     * Steps a query: true with a row to read through the column accessors, false once every row was
     * read (the statement is then ready to run again with new values).
     */
    bool next();
    qint64 int64At(int column) const;
    bool isNullAt(int column) const;
    /** The UTF-8 bytes of a text column, valid until the next step. */
    QByteArrayView textAt(int column) const;
    /** The rowid of the last insert on the connection. */
    qint64 lastInsertId() const;
    /** Runs a statement without values (PRAGMA, CREATE INDEX ...). */
    static void exec(const QSqlDatabase &database, const char *sql);

private:
    void check(int code) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QByteArray m_sql;
    int m_next = 1;
};

} // namespace innoatlas
