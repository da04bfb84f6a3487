#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace innoatlas {

/**
 * The difference between an earlier and a current text, for showing a translator what
 * changed in the other language. English and other alphabetic text is compared word by
 * word; Hangul and Han characters one by one, since Korean attaches particles and endings
 * to its words (대전시가 → 대전시는 changes one syllable, not the word); numbers as whole
 * runs of digits, so that 1,262 against 12,620 shows as one changed number.
 */
class TextDiff
{
public:
    enum class Op
    {
        Equal,
        Removed, ///< only in the earlier text
        Inserted ///< only in the current text
    };
    struct Segment
    {
        Op op = Op::Equal;
        QString text;

        bool operator==(const Segment &o) const { return op == o.op && text == o.text; }
    };

    /** The segments that turn @p before into @p after, adjacent ones of the same kind merged. */
    static QVector<Segment> compare(const QString &before, const QString &after);
    /** The units compare() works with; joined, they give @p text back. */
    static QStringList tokens(const QString &text);
};

} // namespace innoatlas
