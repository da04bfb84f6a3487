#include "model/LocalizedText.h"

namespace innoatlas {

QString languageCode(Language language)
{
    return language == Language::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

QString reviewStatusName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Missing:
        return QStringLiteral("missing");
    case ReviewStatus::Draft:
        return QStringLiteral("draft");
    case ReviewStatus::Reviewed:
        return QStringLiteral("reviewed");
    case ReviewStatus::Approved:
        return QStringLiteral("approved");
    }
    return QString();
}

bool parseReviewStatus(const QString &name, ReviewStatus *status)
{
    for (ReviewStatus candidate :
         {ReviewStatus::Missing, ReviewStatus::Draft, ReviewStatus::Reviewed, ReviewStatus::Approved}) {
        if (reviewStatusName(candidate) == name) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

LocalizedText LocalizedText::draft(const QString &ko, const QString &en)
{
    LocalizedText text;
    text.ko = ko;
    text.en = en;
    text.koStatus = ko.isEmpty() ? ReviewStatus::Missing : ReviewStatus::Draft;
    text.enStatus = en.isEmpty() ? ReviewStatus::Missing : ReviewStatus::Draft;
    return text;
}

QString LocalizedText::preferred(Language language) const
{
    const QString &wanted = text(language);
    if (!wanted.isEmpty())
        return wanted;
    return text(language == Language::Korean ? Language::English : Language::Korean);
}

} // namespace innoatlas
