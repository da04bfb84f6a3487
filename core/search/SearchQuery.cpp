#include "search/SearchQuery.h"

#include "search/HangulInitials.h"

namespace innoatlas {

namespace {
// A text with thousands of occurrences needs no more highlights than a screen can show.
constexpr int maxMatchesPerText = 64;

QString longestPieceWithoutNul(const QString &text)
{
    if (!text.contains(QChar(0)))
        return text;
    QString best;
    for (const QString &piece : text.split(QChar(0))) {
        if (piece.size() > best.size())
            best = piece;
    }
    return best;
}

bool sameIgnoringCase(QChar a, QChar b)
{
    return a == b || a.toCaseFolded() == b.toCaseFolded();
}
} // namespace

SearchQuery::SearchQuery(const QString &typed)
{
    QString text = typed.trimmed();
    if (text.size() > maxLength) {
        m_truncated = true;
        text.truncate(maxLength);
        if (text.back().isHighSurrogate())
            text.chop(1);
        text = text.trimmed();
    }
    m_text = HangulInitials::normalizeQuery(text);
    m_initials = HangulInitials::containsInitialJamo(m_text);
    m_indexKey = longestPieceWithoutNul(m_initials ? HangulInitials::initials(m_text) : m_text.toLower());
}

bool SearchQuery::matchesAt(QStringView text, qsizetype position) const
{
    if (position + m_text.size() > text.size())
        return false;
    for (qsizetype j = 0; j < m_text.size(); ++j) {
        const QChar q = m_text.at(j);
        const QChar t = text.at(position + j);
        if (HangulInitials::isInitialJamo(q.unicode())) {
            if (t != q && HangulInitials::initialOf(t.unicode()) != q.unicode())
                return false;
        } else if (!sameIgnoringCase(q, t)) {
            return false;
        }
    }
    return true;
}

QVector<QPair<int, int>> SearchQuery::matchesIn(QStringView text) const
{
    QVector<QPair<int, int>> matches;
    if (m_text.isEmpty())
        return matches;
    const qsizetype length = m_text.size();
    if (!m_initials) {
        for (qsizetype at = text.indexOf(m_text, 0, Qt::CaseInsensitive); at >= 0 && matches.size() < maxMatchesPerText;
             at = text.indexOf(m_text, at + length, Qt::CaseInsensitive))
            matches.append({int(at), int(length)});
        return matches;
    }
    for (qsizetype at = 0; at + length <= text.size() && matches.size() < maxMatchesPerText;) {
        if (matchesAt(text, at)) {
            matches.append({int(at), int(length)});
            at += length;
        } else {
            ++at;
        }
    }
    return matches;
}

SearchQuery::MatchClass SearchQuery::classify(QStringView text, const QVector<QPair<int, int>> &matches) const
{
    qsizetype begin = 0;
    while (begin < text.size() && text.at(begin).isSpace())
        ++begin;
    qsizetype end = text.size();
    while (end > begin && text.at(end - 1).isSpace())
        --end;
    bool wordStart = false;
    for (const auto &match : matches) {
        if (match.first == begin)
            return match.first + match.second == end ? MatchClass::Exact : MatchClass::Prefix;
        if (match.first > 0 && !text.at(match.first - 1).isLetterOrNumber())
            wordStart = true;
    }
    return wordStart ? MatchClass::WordStart : MatchClass::Substring;
}

} // namespace innoatlas
