#pragma once

#include <QString>

namespace innoatlas {

/** A text the index proposes for a query, before SearchQuery confirms and ranks it. */
struct SearchCandidate
{
    qint64 docId = 0;
    qint64 entityId = 0;
    QString entityKey;
    QString entityKind;
    QString field;
    QString language;
    /** 0 names and titles ... 3 quotes (search_field_tier). */
    int tier = 0;
    /** The current text, read from localized_text or quote. */
    QString text;
};

} // namespace innoatlas
