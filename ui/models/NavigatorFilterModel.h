#pragma once

#include <QSortFilterProxyModel>

namespace innoatlas {

/**
 * Filters the navigator on Korean and English text at once: a row stays when it, one of its
 * descendants or one of its ancestors matches, so a match is always shown in its place.
 */
class NavigatorFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit NavigatorFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
};

} // namespace innoatlas
