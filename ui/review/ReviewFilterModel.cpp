#include "review/ReviewFilterModel.h"

#include "review/ReviewRoles.h"

#include <QUrlQuery>

namespace innoatlas {

namespace {
const char *const kStateNames[] = {"any", "missing", "draft", "reviewed", "approved", "needs-review", "not-approved"};
const char *const kFindingNames[] = {"any", "with", "without", "check"};

template <typename Enum, size_t N>
Enum parse(const QString &name, const char *const (&names)[N])
{
    for (size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return Enum(i);
    }
    return Enum(0);
}
} // namespace

ReviewFilterModel::ReviewFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ReviewFilterModel::changed()
{
    invalidateFilter();
    emit filtered();
}

void ReviewFilterModel::setStateFilter(StateFilter state)
{
    m_state = state;
    changed();
}

void ReviewFilterModel::setCityKey(const QString &key)
{
    m_city = key;
    changed();
}

void ReviewFilterModel::setPlanKey(const QString &key)
{
    m_plan = key;
    changed();
}

void ReviewFilterModel::setKind(const QString &kind)
{
    m_kind = kind;
    changed();
}

void ReviewFilterModel::setFindingFilter(FindingFilter filter, const QString &checkId)
{
    m_finding = filter;
    m_checkId = filter == FindingFilter::Check ? checkId : QString();
    changed();
}

void ReviewFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    changed();
}

void ReviewFilterModel::setChoices(StateFilter state, const QString &cityKey, const QString &planKey,
                                   const QString &kind, FindingFilter finding, const QString &checkId)
{
    m_state = state;
    m_city = cityKey;
    m_plan = planKey;
    m_kind = kind;
    m_finding = finding;
    m_checkId = finding == FindingFilter::Check ? checkId : QString();
    changed();
}

bool ReviewFilterModel::acceptsState(ReviewStatus ko, ReviewStatus en, bool flagged) const
{
    const auto either = [&](ReviewStatus status) { return ko == status || en == status; };
    switch (m_state) {
    case StateFilter::Any:
        return true;
    case StateFilter::Missing:
        return either(ReviewStatus::Missing);
    case StateFilter::Draft:
        return either(ReviewStatus::Draft);
    case StateFilter::Reviewed:
        return either(ReviewStatus::Reviewed);
    case StateFilter::Approved:
        return ko == ReviewStatus::Approved && en == ReviewStatus::Approved;
    case StateFilter::NeedsReview:
        return flagged;
    case StateFilter::NotApproved:
        return ko != ReviewStatus::Approved || en != ReviewStatus::Approved;
    }
    return true;
}

bool ReviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!acceptsState(ReviewStatus(index.data(KoStatusRole).toInt()), ReviewStatus(index.data(EnStatusRole).toInt()),
                      index.data(FlaggedRole).toBool()))
        return false;
    if (!m_city.isEmpty() && index.data(RegionKeyRole).toString() != m_city)
        return false;
    if (!m_plan.isEmpty() && index.data(PlanKeyRole).toString() != m_plan)
        return false;
    if (!m_kind.isEmpty() && index.data(KindRole).toString() != m_kind)
        return false;
    if (m_finding != FindingFilter::Any) {
        const QStringList ids = index.data(CheckIdsRole).toStringList();
        if (m_finding == FindingFilter::With && ids.isEmpty())
            return false;
        if (m_finding == FindingFilter::Without && !ids.isEmpty())
            return false;
        if (m_finding == FindingFilter::Check && !ids.contains(m_checkId))
            return false;
    }
    if (!m_text.isEmpty() && !index.data(SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

QString ReviewFilterModel::saveState() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("state"), QLatin1String(kStateNames[int(m_state)]));
    query.addQueryItem(QStringLiteral("city"), m_city);
    query.addQueryItem(QStringLiteral("plan"), m_plan);
    query.addQueryItem(QStringLiteral("kind"), m_kind);
    query.addQueryItem(QStringLiteral("finding"), QLatin1String(kFindingNames[int(m_finding)]));
    query.addQueryItem(QStringLiteral("check"), m_checkId);
    return query.toString(QUrl::FullyEncoded);
}

void ReviewFilterModel::restoreState(const QString &state)
{
    const QUrlQuery query(state);
    const auto value = [&query](const char *key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    m_state = parse<StateFilter>(value("state"), kStateNames);
    m_city = value("city");
    m_plan = value("plan");
    m_kind = value("kind");
    m_finding = parse<FindingFilter>(value("finding"), kFindingNames);
    m_checkId = m_finding == FindingFilter::Check ? value("check") : QString();
    changed();
}

} // namespace innoatlas
