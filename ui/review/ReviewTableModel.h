#pragma once

#include "review/Checks.h"
#include "review/FindingDismissals.h"
#include "review/HistoryEntry.h"
#include "review/ReviewRow.h"
#include "review/ReviewScopes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace innoatlas {

/**
 * What ReviewTableModel reads: the rows with their findings, the scopes and the last change of each field.
 * ReviewTableModel::read() makes it on any thread, with a connection of that thread's; adopt() shows it.
 */
struct ReviewTableContents
{
    QString cityRead;
    ReviewScopes scopes;
    QHash<FieldKey, HistoryEntry> latest;
    QVector<ReviewRow> rows;
    QHash<FieldKey, int> index;
};

/**
 * Every bilingual content field of the database written in at least one language, one row each: entity, field, the
 * Korean and the English with their review states, who changed it last and when, and its open findings (the checks
 * minus the findings dismissed). Filtering is ReviewFilterModel's.
 *
 * A database of more texts than wholeDatabaseLimit() (a national budget: 2.3 million) is read one city at a time:
 * the rows are then the fields of that city (its regions, plans and everything under them, and the quotes that back
 * them) as ContentPairs reads a city (ContentFilter::cityKey), and reading another city replaces them.
 */
class ReviewTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        EntityColumn,
        FieldColumn,
        KoreanColumn,
        KoreanStatusColumn,
        EnglishColumn,
        EnglishStatusColumn,
        LastEditedColumn,
        FindingsColumn,
        ColumnCount
    };

    explicit ReviewTableModel(QObject *parent = nullptr);

    /**
     * Reads every field, the scopes, the history and the checks; of a database over wholeDatabaseLimit() texts, the
     * fields of the city @p cityKey, or of the first city when it is empty or not a city. Throws StoreError.
     */
    void reload(const QSqlDatabase &database, const QString &cityKey = QString());
    /**
     * What reload() reads, read on the calling thread from @p database. Stops early, returning nothing, once
     * @p cancelled answers true. Throws StoreError.
     */
    static ReviewTableContents read(const QSqlDatabase &database, const QString &cityKey,
                                    const std::function<bool()> &cancelled = {});
    /** Shows @p contents, read from the file of @p database; the checks of later edits use @p database. */
    void adopt(const QSqlDatabase &database, ReviewTableContents &&contents);
    /** Lets the rows go (before another read, so that two sets of rows are never held at once). */
    void clear();
    /** Whether the rows are one city's (of a database over wholeDatabaseLimit() texts). */
    bool readsOneCity() const { return !m_cityRead.isEmpty(); }
    /** The city whose fields the rows are, when readsOneCity(). */
    QString cityRead() const { return m_cityRead; }
    /** The most texts read at once: 50,000, some 100 MB of rows with their findings. */
    static qint64 wholeDatabaseLimit();
    /** Sets wholeDatabaseLimit() (a test's small database read one city at a time); 0 restores it. */
    static void setWholeDatabaseLimit(qint64 limit);
    /** Reads the fields @p keys again with their findings (after an edit). Throws StoreError. */
    void refresh(const QVector<FieldKey> &keys);
    /** Runs the checks again on every row (after a glossary change or a dismissal). Throws StoreError. */
    void recheck();

    const ReviewRow &row(int row) const { return m_rows.at(row); }
    const QVector<ReviewRow> &rows() const { return m_rows; }
    int rowOf(const FieldKey &key) const { return m_index.value(key, -1); }
    /** The city @p row belongs to; empty when none. */
    QString cityOf(const ReviewRow &row) const { return m_scopes.cityOf(row.pair.entityId); }
    /** The plan @p row belongs to; empty when none. */
    QString planOf(const ReviewRow &row) const { return m_scopes.planOf(row.pair.entityId); }
    /** The last change of @p row's field, or nullptr when it was never edited. */
    const HistoryEntry *lastEdit(const ReviewRow &row) const;
    const ReviewScopes &scopes() const { return m_scopes; }
    /** Every open finding, in row order. */
    QVector<Finding> findings() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /** The findings changed (a reload, an edit, a recheck). */
    void findingsChanged();

private:
    void loadChecks();

    QSqlDatabase m_database;
    QVector<ReviewRow> m_rows;
    QHash<FieldKey, int> m_index;
    QHash<FieldKey, HistoryEntry> m_latest;
    ReviewScopes m_scopes;
    std::optional<Checks> m_checks;
    std::optional<FindingDismissals> m_dismissals;
    QString m_cityRead;
};

} // namespace innoatlas
