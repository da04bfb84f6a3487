#include "review/TextDiff.h"

#include <vector>

namespace innoatlas {

namespace {
bool isSyllabic(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F) ||
           (u >= 0x4E00 && u <= 0x9FFF);
}

enum class Kind
{
    Word,
    Number,
    Space,
    Single
};

Kind kindOf(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    if (isSyllabic(c))
        return Kind::Single;
    if (c.isDigit())
        return Kind::Number;
    if (c.isLetter() || c.isMark())
        return Kind::Word;
    if (c.isSpace())
        return Kind::Space;
    return Kind::Single;
}

// A comma or point between digits belongs to the number (1,262.5).
bool continuesNumber(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isDigit())
        return true;
    return (c == QLatin1Char(',') || c == QLatin1Char('.')) && i + 1 < text.size() && text.at(i + 1).isDigit() &&
           i > 0 && text.at(i - 1).isDigit();
}

// Beyond this many token comparisons the texts are shown as replaced whole: a diff is for a
// translator's eyes, and texts that long are not compared by eye either.
constexpr qsizetype kMaxCells = 4'000'000;
} // namespace

QStringList TextDiff::tokens(const QString &text)
{
    QStringList result;
    qsizetype i = 0;
    while (i < text.size()) {
        const Kind kind = kindOf(text, i);
        qsizetype end = i + 1;
        switch (kind) {
        case Kind::Word:
            while (end < text.size() && kindOf(text, end) == Kind::Word)
                ++end;
            break;
        case Kind::Number:
            while (end < text.size() && continuesNumber(text, end))
                ++end;
            break;
        case Kind::Space:
            while (end < text.size() && kindOf(text, end) == Kind::Space)
                ++end;
            break;
        case Kind::Single:
            if (text.at(i).isHighSurrogate() && end < text.size() && text.at(end).isLowSurrogate())
                ++end;
            break;
        }
        result << text.mid(i, end - i);
        i = end;
    }
    return result;
}

QVector<TextDiff::Segment> TextDiff::compare(const QString &before, const QString &after)
{
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    // Common ends need no table.
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;

    QVector<Segment> raw;
    for (qsizetype i = 0; i < prefix; ++i)
        raw.append({Op::Equal, a.at(i)});
    if (n * m > kMaxCells) {
        for (qsizetype i = 0; i < n; ++i)
            raw.append({Op::Removed, a.at(prefix + i)});
        for (qsizetype j = 0; j < m; ++j)
            raw.append({Op::Inserted, b.at(prefix + j)});
    } else {
        // Longest common subsequence of the middle parts; lcs[i][j] for a[i..], b[j..].
        std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
        const auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                at(i, j) =
                    a.at(prefix + i) == b.at(prefix + j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(prefix + i) == b.at(prefix + j)) {
                raw.append({Op::Equal, a.at(prefix + i)});
                ++i;
                ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                raw.append({Op::Removed, a.at(prefix + i)});
                ++i;
            } else {
                raw.append({Op::Inserted, b.at(prefix + j)});
                ++j;
            }
        }
    }
    for (qsizetype i = a.size() - suffix; i < a.size(); ++i)
        raw.append({Op::Equal, a.at(i)});

    // Merge neighbours of one kind; removals before insertions within a changed stretch reads best.
    QVector<Segment> merged;
    for (const Segment &segment : std::as_const(raw)) {
        if (!merged.isEmpty() && merged.last().op == segment.op)
            merged.last().text += segment.text;
        else
            merged.append(segment);
    }
    return merged;
}

} // namespace innoatlas
