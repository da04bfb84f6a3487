#include "common/ColumnFitting.h"

#include <QtGlobal>

#include <algorithm>
#include <limits>

namespace innoatlas {

bool ColumnFitting::fitsOnOneLine(const QVector<Column> &columns, const Room &room)
{
    int shortNatural = 0;
    bool anyWrapped = false;
    for (const Column &column : columns) {
        if (column.kind == Kind::Wrapped)
            anyWrapped = true;
        else
            shortNatural += column.natural;
    }
    return !anyWrapped || shortNatural <= room.available - room.wrappedHalf;
}

QVector<int> ColumnFitting::widths(const QVector<Column> &columns, const Room &room)
{
    if (fitsOnOneLine(columns, room))
        return widthsAbove(columns, room, Floor::None, room.wrappedHalf);
    // Between keeping the wrapped texts' half and giving them only their floors, the widths whose
    // rows take the fewest lines; on a tie, the unbroken values kept whole and the wider texts.
    QVector<int> best;
    int bestLines = std::numeric_limits<int>::max();
    for (const Floor floor : {Floor::Values, Floor::Words}) {
        int total = 0;
        int wrappedFloors = 0;
        for (const Column &column : columns) {
            total += floorOf(column, floor, room);
            wrappedFloors += column.kind == Kind::Wrapped ? floorOf(column, floor, room) : 0;
        }
        if (total > room.available)
            continue;
        const int most = qMax(room.wrappedHalf, wrappedFloors);
        constexpr int steps = 8;
        for (int step = 0; step <= steps; ++step) {
            const int wrappedLeast = most - (most - wrappedFloors) * step / steps;
            QVector<int> candidate = widthsAbove(columns, room, floor, wrappedLeast);
            const int rows = lines(columns, candidate, room);
            if (rows < bestLines) {
                bestLines = rows;
                best = std::move(candidate);
            }
        }
    }
    return best.isEmpty() ? widthsAbove(columns, room, Floor::None, room.wrappedHalf) : best;
}

int ColumnFitting::lines(const QVector<Column> &columns, const QVector<int> &widths, const Room &room)
{
    // A word wider than its line is cut, not broken: it takes one line.
    const auto wrapped = [&room](const QVector<int> &words, int width) {
        int lines = 1;
        int x = -1;
        for (const int word : words) {
            if (x < 0) {
                x = word;
            } else if (x + room.space + word <= width) {
                x += room.space + word;
            } else {
                ++lines;
                x = word;
            }
        }
        return lines;
    };
    qsizetype rows = 0;
    for (const Column &column : columns)
        rows = qMax(rows, column.cells.size());
    int total = 0;
    for (qsizetype row = 0; row < rows; ++row) {
        int tallest = 1;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QVector<QVector<int>> &cells = columns.at(i).cells;
            if (row < cells.size())
                tallest = qMax(tallest, wrapped(cells.at(row), widths.at(i) - room.padding));
        }
        total += tallest;
    }
    return total;
}

int ColumnFitting::floorOf(const Column &column, Floor floor, const Room &room)
{
    if (floor == Floor::None)
        return room.least;
    if (floor == Floor::Values && column.kind == Kind::Unbroken)
        return qMax(room.least, column.natural);
    return qMax(room.least, column.longestWord);
}

QVector<int> ColumnFitting::widthsAbove(const QVector<Column> &columns, const Room &room, Floor floor, int wrappedLeast)
{
    int wrappedFloors = 0;
    int wrappedCount = 0;
    int widest = 0;
    for (const Column &column : columns) {
        if (column.kind == Kind::Wrapped) {
            wrappedFloors += floorOf(column, floor, room);
            ++wrappedCount;
        } else {
            widest = qMax(widest, column.natural);
        }
    }
    const int shortRoom = room.available - (wrappedCount == 0 ? 0 : qMax(wrappedLeast, wrappedFloors));
    // When the short values do not fit their room, the widest give way first (a long name wraps)
    // and the narrow ones (years, dates) keep their width: every width is capped at the same level,
    // and no column is narrower than its floor.
    const auto shortWidth = [&](const Column &column, int cap) {
        return qMax(floorOf(column, floor, room), qMin(cap, column.natural));
    };
    const auto shortTotal = [&](int cap) {
        int total = 0;
        for (const Column &column : columns) {
            if (column.kind != Kind::Wrapped)
                total += shortWidth(column, cap);
        }
        return total;
    };
    int cap = widest;
    if (wrappedCount > 0 && shortTotal(cap) > shortRoom) {
        int low = 0; // the largest cap that fits
        while (low < cap) {
            const int middle = (low + cap + 1) / 2;
            if (shortTotal(middle) <= shortRoom)
                low = middle;
            else
                cap = middle - 1;
        }
    }
    QVector<int> result(columns.size(), 0);
    int used = 0;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).kind != Kind::Wrapped) {
            result[i] = shortWidth(columns.at(i), cap);
            used += result.at(i);
        }
    }
    // Each wrapped text gets its floor, and they share what is left alike.
    const int spare = qMax(0, room.available - used - wrappedFloors);
    int given = 0;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).kind != Kind::Wrapped)
            continue;
        const int share = spare / wrappedCount + (given == 0 ? spare % wrappedCount : 0);
        result[i] = floorOf(columns.at(i), floor, room) + share;
        ++given;
    }
    return result;
}

} // namespace innoatlas
