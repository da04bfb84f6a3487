#include "search/SearchIndex.h"

#include "money/MoneyParser.h"
#include "search/AmountSearch.h"
#include "search/SearchCandidates.h"
#include "search/SearchIndexer.h"
#include "search/SearchOwners.h"
#include "store/SqlDialect.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"

#include <QSet>

#include <algorithm>

namespace innoatlas {

namespace {
/** A hit with what ranks it; lower sorts first. Text hits carry their candidate until described. */
struct Ranked
{
    SearchHit hit;
    SearchCandidate candidate;
    int tier = 0;
    int matchClass = 0;
    int kind = 0;
};

int kindOrder(const QString &kind)
{
    static const QStringList order = {
        QStringLiteral("region"),       QStringLiteral("organisation"), QStringLiteral("plan"),
        QStringLiteral("element"),      QStringLiteral("budget_line"),  QStringLiteral("target"),
        QStringLiteral("event"),        QStringLiteral("theme"),        QStringLiteral("participation"),
        QStringLiteral("stated_count"), QStringLiteral("population"),   QStringLiteral("figure"),
        QStringLiteral("source"),       QStringLiteral("quote"),
    };
    const qsizetype index = order.indexOf(kind);
    return index < 0 ? int(order.size()) : int(index);
}

/** The order in which hits are kept: what the index alone tells (no kind or key yet for text hits). */
bool keptBefore(const Ranked &a, const Ranked &b)
{
    if (a.tier != b.tier)
        return a.tier < b.tier;
    if (a.matchClass != b.matchClass)
        return a.matchClass < b.matchClass;
    if (a.hit.text.size() != b.hit.text.size())
        return a.hit.text.size() < b.hit.text.size();
    if (a.candidate.docId != b.candidate.docId)
        return a.candidate.docId < b.candidate.docId;
    return a.hit.entityKey < b.hit.entityKey;
}

/** The order in which kept hits are shown. */
bool shownBefore(const Ranked &a, const Ranked &b)
{
    if (a.tier != b.tier)
        return a.tier < b.tier;
    if (a.matchClass != b.matchClass)
        return a.matchClass < b.matchClass;
    if (a.kind != b.kind)
        return a.kind < b.kind;
    if (a.hit.text.size() != b.hit.text.size())
        return a.hit.text.size() < b.hit.text.size();
    if (a.hit.entityKey != b.hit.entityKey)
        return a.hit.entityKey < b.hit.entityKey;
    if (a.hit.field != b.hit.field)
        return a.hit.field < b.hit.field;
    return a.hit.language < b.hit.language;
}

/** Orders hits group by group, the groups in the order of their best hit. */
void group(QVector<Ranked> &ranked)
{
    std::sort(ranked.begin(), ranked.end(), shownBefore);
    QStringList kinds;
    for (const Ranked &r : std::as_const(ranked)) {
        if (!kinds.contains(r.hit.entityKind))
            kinds << r.hit.entityKind;
    }
    std::stable_sort(ranked.begin(), ranked.end(), [&kinds](const Ranked &a, const Ranked &b) {
        return kinds.indexOf(a.hit.entityKind) < kinds.indexOf(b.hit.entityKind);
    });
}
} // namespace

SearchIndex::SearchIndex(QSqlDatabase db) : m_database(std::move(db)) {}

void SearchIndex::rebuild()
{
    SearchIndexer(m_database).rebuild();
}

void SearchIndex::sync()
{
    SearchIndexer(m_database).sync();
}

void SearchIndex::refresh(qint64 entityId)
{
    SearchIndexer(m_database).refresh(entityId);
}

bool SearchIndex::bringUpToDate() const
{
    // On PostgreSQL there is no trigram index to bring up to date: every search scans the texts.
    if (SqlDialect::isPostgres(m_database))
        return false;
    SearchIndexer indexer(m_database);
    if (!indexer.hasPending())
        return true;
    // Another connection writing would make the sync wait for the busy timeout (seconds); a keystroke
    // must not, so try once and otherwise search the new texts directly.
    const int busyTimeout = SqlQuery::scalar(m_database, QStringLiteral("PRAGMA busy_timeout")).toInt();
    SqlQuery::run(m_database, QStringLiteral("PRAGMA busy_timeout = 0"));
    bool synced = true;
    try {
        indexer.sync();
    } catch (const StoreError &) {
        // A read-only file, a write lock held elsewhere, or a transaction of the caller still open.
        synced = false;
    }
    SqlQuery::run(m_database, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeout));
    return synced;
}

QVector<SearchHit> SearchIndex::search(const QString &query, int limit) const
{
    return find(query, limit).hits;
}

SearchResult SearchIndex::find(const QString &typed, int limit) const
{
    SearchResult result;
    const SearchQuery query(typed);
    result.query = query.text();
    result.queryTruncated = query.truncated();
    result.initialConsonants = query.initialConsonants();
    if (query.isEmpty() || limit <= 0)
        return result;
    try {
        const bool current = bringUpToDate();
        QVector<Ranked> ranked;

        const MoneyParseResult money = MoneyParser::parseWon(query.text());
        // "0" is a digit typed on the way to a number, not a search for budget lines of no money.
        if (money.ok && money.money.amount > 0) {
            result.amount = true;
            result.amountWon = money.money.amount;
            for (const AmountSearch::Found &found :
                 AmountSearch(m_database, m_language).find(money.money.amount, limit)) {
                // Exact amounts rank with exact titles; approximate ones after every title.
                Ranked r;
                r.hit = found.hit;
                r.candidate.described = true;
                r.candidate.entityId = found.entityId;
                r.tier = found.hit.approximate ? 1 : 0;
                r.matchClass =
                    int(found.hit.approximate ? SearchQuery::MatchClass::Substring : SearchQuery::MatchClass::Exact);
                ranked.append(r);
            }
        }

        // Stages are read in rank order (names and titles that begin with the query, names and titles that
        // contain it, other texts), each for at most `limit` rows, and only while the page is not full:
        // a later stage cannot outrank a full page of an earlier one.
        const int cap = qMax(limit, 20);
        SearchCandidates candidates(m_database, query, cap, current);
        QSet<qint64> seen;
        int textHits = 0;
        const auto verify = [&](const QVector<SearchCandidate> &rows) {
            for (const SearchCandidate &row : rows) {
                if (seen.contains(row.docId))
                    continue;
                seen.insert(row.docId);
                QVector<QPair<int, int>> matches = query.matchesIn(row.text);
                if (matches.isEmpty())
                    continue;
                Ranked r;
                r.candidate = row;
                r.tier = row.tier;
                r.matchClass = int(query.classify(row.text, matches));
                r.hit.text = row.text;
                r.hit.matches = std::move(matches);
                ranked.append(r);
                ++textHits;
            }
        };
        for (const auto stage :
             {SearchCandidates::Stage::Prefix, SearchCandidates::Stage::Head, SearchCandidates::Stage::Body}) {
            if (textHits >= limit) {
                result.incomplete = true;
                break;
            }
            verify(candidates.fetch(stage));
        }
        if (!current)
            verify(candidates.fetch(SearchCandidates::Stage::Pending));

        std::sort(ranked.begin(), ranked.end(), keptBefore);
        if (ranked.size() > limit) {
            ranked.resize(limit);
            result.incomplete = true;
        }
        result.incomplete = result.incomplete || candidates.capped();
        QVector<SearchCandidate *> kept;
        for (Ranked &r : ranked)
            kept.append(&r.candidate);
        candidates.describe(kept);
        for (Ranked &r : ranked) {
            if (r.candidate.docId == 0)
                continue;
            r.hit.entityKey = r.candidate.entityKey;
            r.hit.entityKind = r.candidate.entityKind;
            r.hit.field = r.candidate.field;
            r.hit.language = r.candidate.language;
        }
        // A text deleted since the index was read has no entity any more.
        ranked.erase(
            std::remove_if(ranked.begin(), ranked.end(), [](const Ranked &r) { return !r.candidate.described; }),
            ranked.end());
        for (Ranked &r : ranked)
            r.kind = kindOrder(r.hit.entityKind);
        group(ranked);
        QVector<qint64> ids;
        for (const Ranked &r : std::as_const(ranked)) {
            result.hits.append(r.hit);
            ids.append(r.candidate.entityId);
        }
        SearchOwners::complete(m_database, result.hits, ids);
    } catch (const StoreError &e) {
        result.hits.clear();
        result.error = e.message();
    }
    return result;
}

} // namespace innoatlas
