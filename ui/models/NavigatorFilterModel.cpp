#include "models/NavigatorFilterModel.h"

#include "common/ItemRoles.h"

namespace innoatlas {

NavigatorFilterModel::NavigatorFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setFilterRole(SearchTextRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
}

void NavigatorFilterModel::setFilterText(const QString &text)
{
    setFilterFixedString(text.trimmed());
}

} // namespace innoatlas
