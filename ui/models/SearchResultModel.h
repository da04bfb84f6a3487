#pragma once

#include "common/EntityRef.h"
#include "search/SearchResult.h"

#include <QAbstractItemModel>

namespace innoatlas {

/**
 * Search results grouped by entity kind: a row per kind ("Budget lines (1)") holding a row per
 * entity found, shown as a snippet of the matched text with the matches marked (MatchesRole).
 * Each entity appears once, with its best-ranked hit.
 */
class SearchResultModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit SearchResultModel(QObject *parent = nullptr);

    void setResult(const SearchResult &result);
    void clear();
    /** Group names follow the interface language: call after it changed. */
    void retranslate();

    int hitCount() const;
    /** The first hit (of the first group), or an invalid index. */
    QModelIndex firstHit() const;
    /** The entity to open for the hit at @p index (a figure opens its owner); invalid for a group. */
    EntityRef entityAt(const QModelIndex &index) const;

    /** A window of @p text around its first match, at most @p width characters, and the matches in it. */
    static QString snippet(const QString &text, const QVector<QPair<int, int>> &matches, int width,
                           QVector<QPair<int, int>> *shifted);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString kind;
        QVector<SearchHit> hits;
    };

    static constexpr quintptr groupId = quintptr(-1);
    QVariant hitData(const SearchHit &hit, int role) const;

    QVector<Group> m_groups;
};

} // namespace innoatlas
