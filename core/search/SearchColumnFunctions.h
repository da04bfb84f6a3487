#pragma once

#include <QSqlDatabase>

namespace innoatlas {

/**
 * SQL functions that compute the index's columns of a text as SearchIndexer defines them, so that the
 * texts of a large write can be indexed by a few statements instead of a round trip per text:
 * - innoatlas_search_initials(text): the initial-consonant column (SearchIndexer::columnValue() of
 *   HangulInitials::initials()) of a text with a Hangul syllable, NULL for any other text;
 * - innoatlas_search_prefix(text): SearchIndexer::prefixOf();
 * - innoatlas_search_prefix_initials(text): the initials of that prefix for a text with a Hangul
 *   syllable, NULL for any other text.
 */
class SearchColumnFunctions
{
public:
    /** Registers the functions on an SQLite connection the first time; throws StoreError when it cannot. */
    static void ensure(const QSqlDatabase &database);
};

} // namespace innoatlas
