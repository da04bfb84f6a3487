#include "review/XliffStatus.h"

namespace innoatlas {
namespace XliffStatus {

QString state12(ReviewStatus status, bool needsReview)
{
    switch (status) {
    case ReviewStatus::Missing:
        return QStringLiteral("new");
    case ReviewStatus::Draft:
        return needsReview ? QStringLiteral("needs-review-translation") : QStringLiteral("translated");
    case ReviewStatus::Reviewed:
        return QStringLiteral("signed-off");
    case ReviewStatus::Approved:
        return QStringLiteral("final");
    }
    return QString();
}

ReviewStatus fromXliff12(const QString &state, bool approved)
{
    if (approved || state == QLatin1String("final"))
        return ReviewStatus::Approved;
    if (state == QLatin1String("signed-off"))
        return ReviewStatus::Reviewed;
    return ReviewStatus::Draft;
}

ReviewStatus fromXliff20(const QString &state)
{
    if (state == QLatin1String("final"))
        return ReviewStatus::Approved;
    if (state == QLatin1String("reviewed"))
        return ReviewStatus::Reviewed;
    return ReviewStatus::Draft;
}

} // namespace XliffStatus
} // namespace innoatlas
