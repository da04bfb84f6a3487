#pragma once

#include "charts/BudgetPiece.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVector>

#include <memory>

namespace innoatlas {

/**
 * The pieces of the budget lines as the charts count them, read from the table budget_piece
 * (BudgetPieceTable) summed by plan, kind, funding, year, rule and sources: one GROUP BY over an
 * index per split and kind, run the first time a chart asks for it and kept.
 *
 * A stored piece stands for all the lines of a plan that count alike: its lineKey is empty, lines
 * says how many they are, won is their sum and sourceKeys names their sources. Charts built from
 * them (InvestmentChartBuilder) have the same values as charts built from every line; their
 * tooltips name groups of lines instead of single lines.
 *
 * Reads through the connection it was given, which must stay open while it is used; the pieces
 * must be fresh (BudgetPieceTable::isFresh()) and the data unchanged while it lives: a change to the
 * data makes a new one.
 */
class StoredBudgetPieces
{
public:
    enum class Split
    {
        Whole = 0,   ///< one piece per line, remainders for lines holding others
        Year = 1,    ///< the shares of each year
        Unplaced = 2 ///< lines whose years are not stated
    };

    explicit StoredBudgetPieces(QSqlDatabase database);
    /**
     * Pieces of the same data as @p shared, through its connection: what @p shared has read already is taken from it,
     * what it has not is read here and kept here alone, so that it goes with this one (a presenter deck's charts
     * beside the Investment tab's).
     */
    static std::shared_ptr<StoredBudgetPieces> over(std::shared_ptr<StoredBudgetPieces> shared);

    /**
     * Reads what is not read yet through @p database from now on: another connection to the same, unchanged data
     * (the connection it was made with may then be closed). An invalid one lets go of the connection.
     */
    void setDatabase(QSqlDatabase database) { m_database = std::move(database); }

    /** The pieces of plan @p planKey of kind @p kind in @p split. Throws StoreError. */
    const QVector<BudgetPiece> &pieces(Split split, const QString &kind, const QString &planKey);

    /** How many GROUP BY queries were run (one per split and kind asked for). */
    int queryCount() const { return m_queries; }

private:
    using PlanPieces = QHash<QString, QVector<BudgetPiece>>;
    static QString keyOf(Split split, const QString &kind);
    void read(Split split, const QString &kind, PlanPieces &into);

    QSqlDatabase m_database;
    std::shared_ptr<StoredBudgetPieces> m_shared;      ///< whose pieces already read are taken, not read again
    QHash<qint64, QPair<QString, QString>> m_planKeys; ///< plan id → its key and its region's key
    QHash<QString, PlanPieces> m_read;                 ///< by split and kind
    int m_queries = 0;
};

} // namespace innoatlas
