#include "query/FirstScreenQuery.h"

#include "query/OverviewQuery.h"
#include "store/ReadOnlyConnection.h"
#include "store/StoreError.h"

#include <QFileInfo>

#include <functional>

namespace innoatlas {

namespace {
template <typename T>
std::optional<T> readFile(const QString &path, const std::function<T(const QSqlDatabase &)> &read)
{
    // Not a file (an in-memory database): another connection would open an empty database of its own.
    if (!QFileInfo(path).isFile())
        return std::nullopt;
    const ReadOnlyConnection reader(path);
    if (!reader.isOpen())
        return std::nullopt;
    try {
        return read(reader.connection());
    } catch (const StoreError &) {
        return std::nullopt;
    }
}
} // namespace

std::optional<NavigatorData> FirstScreenQuery::navigator(const QString &path)
{
    return readFile<NavigatorData>(path, [](const QSqlDatabase &database) { return NavigatorQuery::top(database); });
}

std::optional<GroupOverview> FirstScreenQuery::overview(const QString &path, qint64 planLimit, qint64 lineLimit,
                                                        bool countEveryLine)
{
    return readFile<GroupOverview>(path, [planLimit, lineLimit, countEveryLine](const QSqlDatabase &database) {
        OverviewQuery query(database);
        query.setPlanLimit(planLimit);
        query.setBudgetLineLimit(lineLimit);
        query.setCountingEveryLine(countEveryLine);
        return query.all();
    });
}

} // namespace innoatlas
