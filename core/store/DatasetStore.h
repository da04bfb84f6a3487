#pragma once

#include "model/Dataset.h"

#include <QHash>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace innoatlas {

class SqlQuery;
class Transaction;

/**
 * Saves a whole Dataset into an open database and loads it back.
 *
 * insert() runs in one transaction: on any error (a constraint, a duplicate key,
 * a reference to something that does not exist) it throws StoreError and nothing
 * is written. load() returns the data in the order it was inserted, so that
 * insert(load()) into an empty database gives identical data.
 */
class DatasetStore
{
public:
    explicit DatasetStore(QSqlDatabase database);

    void insert(const Dataset &dataset);
    /**
     * Inserts inside a transaction the caller holds, so that the insert is one part of a larger
     * all-or-nothing write (an import that also updates existing rows). Throws like insert(); the
     * caller's transaction then rolls everything back.
     */
    void insert(const Dataset &dataset, Transaction &transaction);
    /** What load() reads. */
    enum class Scope
    {
        Everything,
        WithoutBudgetLines, ///< every plan without its budget lines, nor their texts or figures
        /**
         * What the timeline and the targets show, and no more: sources with their quotes, themes,
         * regions (without populations and indicators), plans with their titles, themes, periods and
         * targets, events without their descriptions. No elements, budget lines, stated counts,
         * indicators, organisations or participations, nor a plan's vision, summary, announcement
         * or headline budget.
         */
        TimelinesAndTargets
    };

    Dataset load(Scope scope = Scope::Everything) const;
    /**
     * What a report of the region @p regionKey shows, and no more: every region (with its populations and
     * indicators), theme, source with its quotes and organisation; every plan by its key, region and title; and of
     * that region its plans whole (elements, budget lines, targets, stated counts, indicators), its events and their
     * participations, all as load() reads them. For an unknown key, no region's own. A national database's other
     * budget lines, elements and events are not read.
     */
    Dataset loadRegion(const QString &regionKey) const;

private:
    /** load() of @p scope; with @p region, loadRegion() of the region of that id. */
    Dataset load(Scope scope, std::optional<qint64> region) const;
    void insertRows(const Dataset &dataset);
    /** The statement for @p sql, prepared on first use during one insert. */
    SqlQuery &statement(const QString &sql);
    qint64 addEntity(const QString &kind, const QString &key);
    qint64 idOf(const QString &key, const QString &what) const;
    qint64 idOrNull(const QString &key, const QString &what) const;
    void addText(qint64 entityId, const QString &field, const LocalizedText &text);
    void addFigure(qint64 ownerId, const QString &ownerKey, const QString &field, const Citation &citation);
    void addCitations(qint64 entityId, const QStringList &quoteKeys);
    void insertPlan(const Plan &plan, int ordinal);
    void insertIndicators(qint64 ownerId, const QVector<Indicator> &indicators);
    void insertElements(const QVector<Element> &elements, qint64 planId, qint64 parentId);

    QSqlDatabase m_database;
    QHash<QString, qint64> m_ids;
    QHash<QString, std::shared_ptr<SqlQuery>> m_statements;
};

} // namespace innoatlas
