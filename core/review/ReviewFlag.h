#pragma once

#include <QString>

namespace innoatlas {

/**
 * Why one language of a field waits for review again: the other language's text changed
 * after this one had been reviewed or approved. counterpartText is the other language's
 * text as it was then, so that the change can be shown as a diff against its text now.
 */
struct ReviewFlag
{
    QString counterpartText;
    QString flaggedAt; ///< UTC, ISO 8601
    QString flaggedBy;

    bool operator==(const ReviewFlag &o) const
    {
        return counterpartText == o.counterpartText && flaggedAt == o.flaggedAt && flaggedBy == o.flaggedBy;
    }
};

} // namespace innoatlas
