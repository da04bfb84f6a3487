#pragma once

#include "query/NavigatorQuery.h"
#include "query/Overview.h"

#include <QString>

#include <optional>

namespace innoatlas {

/**
 * Reads what the main window shows before anything is chosen (the navigator's top level, the
 * overview of all plans) from a database file, each on a read-only connection of its own: they can
 * run on other threads while the window is being built. At national scale the two reads take longer
 * than building the widgets.
 *
 * Neither throws: a file that cannot be opened or read gives nothing, and the window then reads on
 * its own connection, where an error is reported as usual.
 */
class FirstScreenQuery
{
public:
    /** NavigatorQuery::top() of the file @p path. */
    static std::optional<NavigatorData> navigator(const QString &path);
    /**
     * OverviewQuery::all() of the file @p path, with at most @p planLimit plans and @p lineLimit budget lines;
     * counting every budget line when @p countEveryLine (OverviewQuery::setCountingEveryLine()).
     */
    static std::optional<GroupOverview> overview(const QString &path, qint64 planLimit, qint64 lineLimit,
                                                 bool countEveryLine = true);
};

} // namespace innoatlas
