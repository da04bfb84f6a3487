#pragma once

#include <QPair>
#include <QString>
#include <QStringView>
#include <QVector>

namespace innoatlas {

/**
 * A search query as typed, made safe and ready to match.
 *
 * The query is data: it is never spliced into SQL or into an FTS5 expression, so quotes, %, _,
 * backslashes, FTS5 operators and NUL characters are looked for literally. It is trimmed and then cut
 * to maxLength UTF-16 units (never inside a surrogate pair).
 *
 * A query holding an initial-consonant jamo (ㄱ ... ㅎ) is an initial-consonant query: each jamo
 * matches any syllable beginning with it (and the jamo itself), each syllable matches itself, any
 * other character matches itself ignoring case: "ㄷㅈ" and "대ㅈ" both find 대전. Any other query is
 * a case-insensitive substring.
 */
class SearchQuery
{
public:
    /** How well a text matches; lower is better. */
    enum class MatchClass
    {
        Exact,     // the whole text (ignoring surrounding spaces)
        Prefix,    // the text begins with the query
        WordStart, // the query begins a word of the text
        Substring
    };

    /** Longest query searched, in UTF-16 units; longer queries are cut (SearchResult::queryTruncated). */
    static constexpr int maxLength = 256;

    explicit SearchQuery(const QString &typed);

    bool isEmpty() const { return m_text.isEmpty(); }
    /** The query as searched. */
    const QString &text() const { return m_text; }
    bool truncated() const { return m_truncated; }
    bool initialConsonants() const { return m_initials; }

    /**
     * What to look up in the index columns: the query (case-folded) or, for an initial-consonant
     * query, its initials; only the longest piece without NUL, which no index column can hold.
     * Every text that matches contains it (in its text or initials column).
     */
    const QString &indexKey() const { return m_indexKey; }

    /** The non-overlapping places where the query occurs in @p text: (start, length) in UTF-16 units. */
    QVector<QPair<int, int>> matchesIn(QStringView text) const;

    /** How well @p text matches, given its non-empty matchesIn(). */
    MatchClass classify(QStringView text, const QVector<QPair<int, int>> &matches) const;

private:
    bool matchesAt(QStringView text, qsizetype position) const;

    QString m_text;
    QString m_indexKey;
    bool m_truncated = false;
    bool m_initials = false;
};

} // namespace innoatlas
