#pragma once

#include "model/LocalizedText.h"

#include <QString>

#include <optional>

namespace innoatlas {

/**
 * Which content fields to take (for the checks, the XLIFF export, the workspace's list).
 * Empty members do not filter; set members must all hold.
 */
struct ContentFilter
{
    /** A region key: the region, its sub-regions, its plans with everything under them, its events and organisations.
     */
    QString cityKey;
    /** A plan key: the plan and its elements, counts, budget lines, targets, indicators, events and participations. */
    QString planKey;
    /** One entity only. */
    QString entityKey;
    /** Fields whose statusLanguage side has this review state. */
    std::optional<ReviewStatus> status;
    Language statusLanguage = Language::English;
    /** Only fields with a language waiting for review because its counterpart changed. */
    bool flaggedOnly = false;

    /**
     * With city or plan set, the quotes that back the entities in scope (through citations
     * and figures) and their sources are in scope too.
     */
    bool includeBackingQuotes = true;
};

} // namespace innoatlas
