#pragma once

#include "review/Checks.h"
#include "review/FindingDismissals.h"
#include "review/ReviewRow.h"
#include "review/ReviewScopes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace innoatlas {

/**
 * Every bilingual content field of the database written in at least one language, one row each: entity, field, the
 * Korean and the English with their review states, who changed it last and when, and its open findings (the checks
 * minus the findings dismissed). Filtering is ReviewFilterModel's.
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

    /** Reads every field, the scopes, the history and the checks. Throws StoreError. */
    void reload(const QSqlDatabase &database);
    /** Reads the fields @p keys again with their findings (after an edit). Throws StoreError. */
    void refresh(const QVector<FieldKey> &keys);
    /** Runs the checks again on every row (after a glossary change or a dismissal). Throws StoreError. */
    void recheck();

    const ReviewRow &row(int row) const { return m_rows.at(row); }
    const QVector<ReviewRow> &rows() const { return m_rows; }
    int rowOf(const FieldKey &key) const { return m_index.value(key, -1); }
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
    void checkRow(ReviewRow &row) const;
    void loadChecks();

    QSqlDatabase m_database;
    QVector<ReviewRow> m_rows;
    QHash<FieldKey, int> m_index;
    ReviewScopes m_scopes;
    std::optional<Checks> m_checks;
    std::optional<FindingDismissals> m_dismissals;
};

} // namespace innoatlas
