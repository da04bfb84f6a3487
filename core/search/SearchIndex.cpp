#include "search/SearchIndex.h"

#include "money/MoneyParser.h"
#include "search/AmountSearch.h"
#include "search/SearchCandidates.h"
#include "search/SearchIndexer.h"
#include "search/SearchOwners.h"
#include "store/StoreError.h"

#include <QSet>

#include <algorithm>

namespace innoatlas {

namespace {
/** A hit with what ranks it; lower sorts first. */
struct Ranked
{
    SearchHit hit;
    qint64 entityId = 0;
    int tier = 0;
    int matchClass = 0;
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

bool ranksBefore(const Ranked &a, const Ranked &b)
{
    if (a.tier != b.tier)
        return a.tier < b.tier;
    if (a.matchClass != b.matchClass)
        return a.matchClass < b.matchClass;
    const int kindA = kindOrder(a.hit.entityKind);
    const int kindB = kindOrder(b.hit.entityKind);
    if (kindA != kindB)
        return kindA < kindB;
    if (a.hit.text.size() != b.hit.text.size())
        return a.hit.text.size() < b.hit.text.size();
    if (a.hit.entityKey != b.hit.entityKey)
        return a.hit.entityKey < b.hit.entityKey;
    if (a.hit.field != b.hit.field)
        return a.hit.field < b.hit.field;
    return a.hit.language < b.hit.language;
}

/** Keeps the best @p limit, then orders them group by group, groups in the order of their best hit. */
QVector<Ranked> rankAndGroup(QVector<Ranked> ranked, int limit, bool *cut)
{
    std::sort(ranked.begin(), ranked.end(), ranksBefore);
    *cut = ranked.size() > limit;
    if (*cut)
        ranked.resize(limit);
    QStringList kinds;
    for (const Ranked &r : std::as_const(ranked)) {
        if (!kinds.contains(r.hit.entityKind))
            kinds << r.hit.entityKind;
    }
    std::stable_sort(ranked.begin(), ranked.end(), [&kinds](const Ranked &a, const Ranked &b) {
        return kinds.indexOf(a.hit.entityKind) < kinds.indexOf(b.hit.entityKind);
    });
    return ranked;
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
    SearchIndexer indexer(m_database);
    if (!indexer.hasPending())
        return true;
    try {
        indexer.sync();
        return true;
    } catch (const StoreError &) {
        // A read-only file, or a transaction of the caller still open: search the new texts directly.
        return false;
    }
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
        if (money.ok) {
            result.amount = true;
            result.amountWon = money.money.amount;
            for (const AmountSearch::Found &found :
                 AmountSearch(m_database, m_language).find(money.money.amount, limit)) {
                // Exact amounts rank with exact titles; approximate ones after every title.
                ranked.append({found.hit, found.entityId, found.hit.approximate ? 1 : 0,
                               found.hit.approximate ? int(SearchQuery::MatchClass::Substring)
                                                     : int(SearchQuery::MatchClass::Exact)});
            }
        }

        const int cap = qMax(limit * 4, 400);
        SearchCandidates candidates(m_database, query, cap);
        QSet<qint64> seen;
        int textHits = 0;
        const auto verify = [&](const QVector<SearchCandidate> &rows) {
            for (const SearchCandidate &row : rows) {
                if (seen.contains(row.docId))
                    continue;
                seen.insert(row.docId);
                const QVector<QPair<int, int>> matches = query.matchesIn(row.text);
                if (matches.isEmpty())
                    continue;
                Ranked r;
                r.entityId = row.entityId;
                r.tier = row.tier;
                r.matchClass = int(query.classify(row.text, matches));
                r.hit.entityKey = row.entityKey;
                r.hit.entityKind = row.entityKind;
                r.hit.field = row.field;
                r.hit.language = row.language;
                r.hit.text = row.text;
                r.hit.matches = matches;
                ranked.append(r);
                ++textHits;
            }
        };
        verify(candidates.fetch(SearchCandidates::Stage::Prefix));
        verify(candidates.fetch(SearchCandidates::Stage::Head));
        // Names and titles rank before every other text: the rest is needed only to fill the limit.
        if (textHits <= limit)
            verify(candidates.fetch(SearchCandidates::Stage::Body));
        else
            result.incomplete = true;
        if (!current)
            verify(candidates.fetch(SearchCandidates::Stage::Pending));

        bool cut = false;
        const QVector<Ranked> kept = rankAndGroup(ranked, limit, &cut);
        result.incomplete = result.incomplete || cut || candidates.capped();
        QVector<qint64> ids;
        for (const Ranked &r : kept) {
            result.hits.append(r.hit);
            ids.append(r.entityId);
        }
        SearchOwners::complete(m_database, result.hits, ids);
    } catch (const StoreError &e) {
        result.hits.clear();
        result.error = e.message();
    }
    return result;
}

} // namespace innoatlas
