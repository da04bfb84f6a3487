#include "importers/ImportWriter.h"

#include "charts/BudgetPieceTable.h"
#include "search/SearchIndexer.h"
#include "store/DatasetStore.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

namespace innoatlas {

ImportWriter::ImportWriter(QSqlDatabase database) : m_database(std::move(database)) {}

void ImportWriter::write(const ImportBatch &batch)
{
    Transaction transaction(m_database);
    if (!batch.replacedPlanKey.isEmpty()) {
        // The plan's elements, budget lines and their figures go with it (ON DELETE CASCADE and the
        // entity triggers).
        SqlQuery(m_database, QStringLiteral("DELETE FROM plan WHERE id = ?")).bind(idOf(batch.replacedPlanKey)).exec();
    }
    DatasetStore(m_database).insert(batch.dataset, transaction);
    for (const RegionUpdate &update : batch.regionUpdates)
        updateRegion(update);
    for (const PopulationChange &change : batch.populations)
        writePopulation(change);
    // Its texts are indexed for search before it commits: the next search has nothing to index.
    SearchIndexer(m_database).indexWritten();
    // The chart pieces of the plans written go with them: fresh once committed, unchanged if not.
    BudgetPieceTable::refreshWithin(m_database, transaction);
    transaction.commit();
}

qint64 ImportWriter::idOf(const QString &key) const
{
    SqlQuery query(m_database, QStringLiteral("SELECT id FROM entity WHERE key = ?"));
    query.bind(key).exec();
    if (!query.next())
        throw StoreError(QStringLiteral("nothing has the key \"%1\"").arg(key));
    return query.value(0).toLongLong();
}

void ImportWriter::bumpVersion(qint64 id)
{
    SqlQuery(m_database, QStringLiteral("UPDATE entity SET row_version = row_version + 1 WHERE id = ?"))
        .bind(id)
        .exec();
}

void ImportWriter::setText(qint64 id, const QString &field, Language language, const QString &text, ReviewStatus status)
{
    SqlQuery(m_database, QStringLiteral("INSERT INTO localized_text (entity_id, field, lang, text, status) "
                                        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity_id, field, lang) "
                                        "DO UPDATE SET text = excluded.text, status = excluded.status"))
        .bind(id)
        .bind(field)
        .bind(languageCode(language))
        .bind(text.isEmpty() ? QStringLiteral("") : text)
        .bind(reviewStatusName(status))
        .exec();
}

void ImportWriter::updateRegion(const RegionUpdate &update)
{
    if (update.code)
        SqlQuery(m_database, QStringLiteral("UPDATE region SET code = ? WHERE id = ?"))
            .bind(*update.code)
            .bind(update.id)
            .exec();
    if (update.level)
        SqlQuery(m_database, QStringLiteral("UPDATE region SET level = ? WHERE id = ?"))
            .bind(*update.level)
            .bind(update.id)
            .exec();
    if (update.parentKey) {
        SqlQuery(m_database, QStringLiteral("UPDATE region SET parent_id = ? WHERE id = ?"))
            .bind(update.parentKey->isEmpty() ? QVariant(QMetaType::fromType<qint64>())
                                              : QVariant(idOf(*update.parentKey)))
            .bind(update.id)
            .exec();
    }
    if (update.name) {
        setText(update.id, QStringLiteral("name"), Language::Korean, update.name->ko, update.name->koStatus);
        setText(update.id, QStringLiteral("name"), Language::English, update.name->en, update.name->enStatus);
    }
    bumpVersion(update.id);
}

void ImportWriter::writePopulation(const PopulationChange &change)
{
    const qint64 quoteId = idOf(change.quoteKey);
    if (change.populationId != 0) {
        SqlQuery(m_database, QStringLiteral("UPDATE population SET value = ? WHERE id = ?"))
            .bind(change.value)
            .bind(change.populationId)
            .exec();
        SqlQuery figure(m_database, QStringLiteral("SELECT id FROM figure WHERE owner_id = ? AND field = 'value'"));
        figure.bind(change.populationId).exec();
        if (!figure.next())
            throw StoreError(QStringLiteral("the population figure of \"%1\" has no figure row").arg(change.regionKey));
        const qint64 figureId = figure.value(0).toLongLong();
        // The new value stands on the new quote alone; a curator's correction of the old value no longer applies.
        SqlQuery(m_database, QStringLiteral("DELETE FROM figure_quote WHERE figure_id = ?")).bind(figureId).exec();
        SqlQuery(m_database, QStringLiteral("UPDATE figure SET printed = NULL WHERE id = ?")).bind(figureId).exec();
        SqlQuery(m_database, QStringLiteral("DELETE FROM localized_text WHERE entity_id = ? AND field = 'note'"))
            .bind(figureId)
            .exec();
        SqlQuery(m_database, QStringLiteral("INSERT INTO figure_quote (figure_id, quote_id, ordinal) VALUES (?, ?, 0)"))
            .bind(figureId)
            .bind(quoteId)
            .exec();
        bumpVersion(change.populationId);
        bumpVersion(figureId);
        return;
    }
    // The keys follow DatasetStore's: <region>#population.<year> and <population>#value for its figure.
    const QString key = QStringLiteral("%1#population.%2").arg(change.regionKey).arg(change.year);
    SqlQuery entity(m_database, QStringLiteral("INSERT INTO entity (kind, key) VALUES ('population', ?)"));
    entity.bind(key).exec();
    const qint64 id = entity.lastInsertId();
    SqlQuery(m_database,
             QStringLiteral("INSERT INTO population (id, region_id, ordinal, year, value) VALUES (?, ?, "
                            "(SELECT COALESCE(MAX(ordinal) + 1, 0) FROM population WHERE region_id = ?), ?, ?)"))
        .bind(id)
        .bind(change.regionId)
        .bind(change.regionId)
        .bind(change.year)
        .bind(change.value)
        .exec();
    SqlQuery figureEntity(m_database, QStringLiteral("INSERT INTO entity (kind, key) VALUES ('figure', ?)"));
    figureEntity.bind(key + QStringLiteral("#value")).exec();
    const qint64 figureId = figureEntity.lastInsertId();
    SqlQuery(m_database, QStringLiteral("INSERT INTO figure (id, owner_id, field) VALUES (?, ?, 'value')"))
        .bind(figureId)
        .bind(id)
        .exec();
    SqlQuery(m_database, QStringLiteral("INSERT INTO figure_quote (figure_id, quote_id, ordinal) VALUES (?, ?, 0)"))
        .bind(figureId)
        .bind(quoteId)
        .exec();
}

} // namespace innoatlas
