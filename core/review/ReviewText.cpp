#include "review/ReviewText.h"

namespace innoatlas {

QString ReviewText::languageName(Language language)
{
    return language == Language::Korean ? tr("Korean") : tr("English");
}

QString ReviewText::statusName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Missing:
        return tr("missing");
    case ReviewStatus::Draft:
        return tr("draft");
    case ReviewStatus::Reviewed:
        return tr("reviewed");
    case ReviewStatus::Approved:
        return tr("approved");
    }
    return QString();
}

} // namespace innoatlas
