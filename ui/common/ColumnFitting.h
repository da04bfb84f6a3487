#pragma once

#include <QVector>

namespace innoatlas {

/**
 * The widths of a SectionTable's columns for the width it has (see SectionTable::setWrappedColumns()),
 * computed from measured text widths alone.
 *
 * Short values take what they need and the wrapped texts share the rest, keeping at least half of
 * it. When the short values do not fit beside them, the widest give way first (every width capped
 * at one level), and no column is narrower than its longest word; the unbroken values (dates,
 * amounts) stay on one line if they can. How much the wrapped texts keep, between their half and
 * their longest words, is chosen for the fewest lines the rows take. When not even the longest
 * words fit, words are cut rather than columns pushed out of sight.
 */
class ColumnFitting
{
public:
    enum class Kind
    {
        Short,    ///< fits its values, wraps between words when the room is short
        Unbroken, ///< a short value kept on one line while that fits (a date, an amount)
        Wrapped,  ///< a long text sharing the width left by the others
    };

    struct Column
    {
        Kind kind = Kind::Short;
        int natural = 0;             ///< the width of its widest value on one line (short columns)
        int longestWord = 0;         ///< the width of its widest word, its title's included (0: not measured)
        QVector<QVector<int>> cells; ///< each row's words (empty: not measured)
    };

    struct Room
    {
        int available = 0;   ///< the table's width
        int least = 0;       ///< the narrowest a column may be
        int wrappedHalf = 0; ///< what the wrapped texts keep when the short values fit on one line
        int space = 0;       ///< the width of a space between words
        int padding = 0;     ///< what a cell adds around its text
    };

    /** True when the short values fit beside the wrapped texts' half: no word needs measuring. */
    static bool fitsOnOneLine(const QVector<Column> &columns, const Room &room);
    /** Each column's width; the words and cells must be measured unless fitsOnOneLine(). */
    static QVector<int> widths(const QVector<Column> &columns, const Room &room);
    /** How many lines the rows take at @p widths, each cell's words wrapped as they come. */
    static int lines(const QVector<Column> &columns, const QVector<int> &widths, const Room &room);

private:
    /** A column's least width: none; its longest word; or, for unbroken values, the whole value. */
    enum class Floor
    {
        None,
        Words,
        Values,
    };
    static int floorOf(const Column &column, Floor floor, const Room &room);
    /** The widths when the wrapped texts keep @p wrappedLeast (or their floors, if more). */
    static QVector<int> widthsAbove(const QVector<Column> &columns, const Room &room, Floor floor, int wrappedLeast);
};

} // namespace innoatlas
