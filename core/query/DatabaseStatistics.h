#pragma once

#include <QSqlDatabase>

#include <functional>

namespace innoatlas {

/** How much a database holds and how far its translation has been reviewed. */
struct DatabaseCounts
{
    int regions = 0; ///< regions with at least one plan
    int plans = 0;
    int elements = 0;
    int budgetLines = 0;
    int targets = 0;
    int events = 0;
    int sources = 0;
    int quotes = 0;
    /** Content fields: (entity, field) pairs with text in at least one language. */
    int contentFields = 0;
    int reviewedKo = 0; ///< content fields whose Korean is reviewed or approved
    int reviewedEn = 0; ///< content fields whose English is reviewed or approved
    /** The review fields above are counted (DatabaseStatistics::addReview()); until then they are 0. */
    bool reviewCounted = false;

    /** Share of reviewed or approved content fields in Korean, 0 ... 1 (0 when there are none). */
    double reviewedShareKo() const { return contentFields ? double(reviewedKo) / contentFields : 0.0; }
    double reviewedShareEn() const { return contentFields ? double(reviewedEn) / contentFields : 0.0; }
};

/** Counts what a database holds, for the status bar. */
class DatabaseStatistics
{
public:
    /** Everything: counts() and addReview(). */
    static DatabaseCounts query(const QSqlDatabase &database);
    /** The rows of each kind, from the tables' indexes: quick at any size. */
    static DatabaseCounts counts(const QSqlDatabase &database);
    /** Fills in the review fields of @p counts: reads every text, seconds at national scale. */
    static void addReview(const QSqlDatabase &database, DatabaseCounts *counts);
    /**
     * query() on a connection of its own to the SQLite file @p path, opened read-only, so that it can run on another
     * thread while the program goes on. @p report is called twice: with counts() as soon as they are read, then with
     * the review fields added (seconds later at national scale). False when the file cannot be read; @p report may
     * then have had the first counts only, or nothing.
     */
    static bool queryFile(const QString &path, const std::function<void(const DatabaseCounts &)> &report);
};

} // namespace innoatlas
