#pragma once

#include <QString>

namespace innoatlas {

/**
 * A text the index proposes for a query, before SearchQuery confirms and ranks it. The index gives
 * docId, tier and text; SearchCandidates::describe() adds whose text it is, for the hits kept.
 */
struct SearchCandidate
{
    qint64 docId = 0;
    /** 0 names and titles ... 3 quotes (search_field_tier). */
    int tier = 0;
    QString text;

    bool described = false;
    qint64 entityId = 0;
    QString entityKey;
    QString entityKind;
    QString field;
    QString language;
};

} // namespace innoatlas
