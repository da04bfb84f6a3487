#pragma once

#include <QSqlDatabase>
#include <QString>

namespace innoatlas {

/**
 * Keeps the trigram index (search_fts) in step with search_doc, which the schema's triggers keep in
 * step with the texts (migration 002_search.sql explains why the two steps are separate).
 *
 * Every method is one transaction and throws StoreError on a database failure.
 */
class SearchIndexer
{
public:
    explicit SearchIndexer(QSqlDatabase database);

    /** True when texts changed since the last sync(). */
    bool hasPending() const;
    /** Indexes the new texts and forgets the deleted ones; returns how many texts it indexed. */
    int sync();
    /** Lists every text again from localized_text and quote and indexes them all. */
    void rebuild();
    /** Lists the texts of one entity again and indexes them (a repair; the triggers make it unneeded). */
    void refresh(qint64 entityId);

    /** The value stored in an index column for @p text: the text and two U+0001 (see the migration). */
    static QString columnValue(const QString &text);
    /** The first characters of a tier-0 text kept in search_doc.prefix, lower-cased. */
    static QString prefixOf(QStringView text);
    /** How many characters prefixOf() keeps. */
    static constexpr int prefixLength = 16;

private:
    int indexPending();
    void optimize();
    void relist(const QString &where, const QVariantList &values);

    QSqlDatabase m_database;
};

} // namespace innoatlas
