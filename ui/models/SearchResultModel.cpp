#include "models/SearchResultModel.h"

#include "common/ItemRoles.h"
#include "common/Terms.h"
#include "models/DetailFieldModel.h"

#include <QFont>
#include <QPoint>
#include <QSet>

namespace innoatlas {

namespace {
constexpr int snippetWidth = 110;

// Parts that are not shown on their own open the entity they belong to.
bool opensOwner(const SearchHit &hit)
{
    return !hit.ownerKey.isEmpty() &&
           (hit.entityKind == QLatin1String("figure") || hit.entityKind == QLatin1String("population"));
}
} // namespace

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractItemModel(parent) {}

void SearchResultModel::setResult(const SearchResult &result)
{
    beginResetModel();
    m_groups.clear();
    QSet<QString> seen;
    for (const SearchHit &hit : result.hits) {
        if (seen.contains(hit.entityKey))
            continue;
        seen.insert(hit.entityKey);
        if (m_groups.isEmpty() || m_groups.constLast().kind != hit.entityKind)
            m_groups.append(Group{hit.entityKind, {}});
        m_groups.last().hits.append(hit);
    }
    endResetModel();
}

void SearchResultModel::clear()
{
    beginResetModel();
    m_groups.clear();
    endResetModel();
}

void SearchResultModel::retranslate()
{
    for (int row = 0; row < m_groups.size(); ++row) {
        const QModelIndex group = index(row, 0);
        emit dataChanged(group, group);
        if (!m_groups.at(row).hits.isEmpty())
            emit dataChanged(index(0, 0, group), index(int(m_groups.at(row).hits.size()) - 1, 0, group));
    }
}

int SearchResultModel::hitCount() const
{
    int count = 0;
    for (const Group &group : m_groups)
        count += int(group.hits.size());
    return count;
}

QModelIndex SearchResultModel::firstHit() const
{
    if (m_groups.isEmpty() || m_groups.first().hits.isEmpty())
        return {};
    return index(0, 0, index(0, 0));
}

EntityRef SearchResultModel::entityAt(const QModelIndex &index) const
{
    EntityRef entity;
    if (!index.isValid() || index.internalId() == groupId)
        return entity;
    const SearchHit &hit = m_groups.at(int(index.internalId())).hits.at(index.row());
    entity.key = opensOwner(hit) ? hit.ownerKey : hit.entityKey;
    entity.kind = opensOwner(hit) ? QString() : hit.entityKind;
    entity.planKey = hit.planKey;
    entity.regionKey = hit.regionKey;
    return entity;
}

QString SearchResultModel::snippet(const QString &text, const QVector<QPair<int, int>> &matches, int width,
                                   QVector<QPair<int, int>> *shifted)
{
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    int start = 0;
    if (flat.size() > width && !matches.isEmpty()) {
        // Keep some context before the first match, so it is not at the very edge.
        start = qBound(0, matches.first().first - width / 4, int(flat.size()) - width);
    }
    const int length = qMin(width, int(flat.size()) - start);
    QString result = flat.mid(start, length);
    int offset = -start;
    if (start > 0) {
        result.prepend(QStringLiteral("…"));
        offset += 1;
    }
    if (start + length < flat.size())
        result.append(QStringLiteral("…"));
    if (shifted) {
        shifted->clear();
        for (const auto &match : matches) {
            const int from = qMax(match.first + offset, start > 0 ? 1 : 0);
            const int to = qMin(match.first + match.second + offset, int(result.size()));
            if (to > from)
                shifted->append({from, to - from});
        }
    }
    return result;
}

QModelIndex SearchResultModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, groupId) : QModelIndex();
    if (parent.internalId() != groupId || parent.row() >= m_groups.size())
        return {};
    return row < m_groups.at(parent.row()).hits.size() ? createIndex(row, 0, quintptr(parent.row())) : QModelIndex();
}

QModelIndex SearchResultModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupId)
        return {};
    return createIndex(int(child.internalId()), 0, groupId);
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == groupId && parent.column() == 0)
        return int(m_groups.at(parent.row()).hits.size());
    return 0;
}

int SearchResultModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == groupId) {
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return tr("%1 (%2)")
                .arg(Terms::interfaceName(QStringLiteral("entityKindPlural"), group.kind))
                .arg(group.hits.size());
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case KindRole:
            return group.kind;
        }
        return {};
    }
    return hitData(m_groups.at(int(index.internalId())).hits.at(index.row()), role);
}

QVariant SearchResultModel::hitData(const SearchHit &hit, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return snippet(hit.text, hit.matches, snippetWidth, nullptr);
    case Qt::AccessibleTextRole:
        return hit.text;
    case MatchesRole: {
        QVector<QPair<int, int>> shifted;
        snippet(hit.text, hit.matches, snippetWidth, &shifted);
        QVariantList ranges;
        for (const auto &range : shifted)
            ranges << QPoint(range.first, range.second);
        return ranges;
    }
    case Qt::ToolTipRole: {
        QString where = Terms::interfaceName(QStringLiteral("entityKind"), hit.entityKind);
        if (hit.amountWon < 0)
            where = tr("%1 · %2 · %3")
                        .arg(where, DetailFieldModel::fieldLabel(hit.field),
                             Terms::interfaceName(QStringLiteral("language"), hit.language));
        if (hit.approximate)
            where = tr("%1 · approximate amount").arg(where);
        return QStringLiteral("%1\n\n%2").arg(where, hit.text);
    }
    case KeyRole:
        return opensOwner(hit) ? hit.ownerKey : hit.entityKey;
    case KindRole:
        return hit.entityKind;
    case PlanKeyRole:
        return hit.planKey;
    case RegionKeyRole:
        return hit.regionKey;
    case FieldRole:
        return hit.field;
    }
    return {};
}

} // namespace innoatlas
