#include "importers/JsonDatasetImporter.h"

#include "charts/BudgetPieceTable.h"
#include "dataset/DatasetJsonReader.h"
#include "search/SearchIndexer.h"
#include "store/DatasetStore.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QSet>

namespace innoatlas {

namespace {
void elementKeys(const QVector<Element> &elements, QStringList *keys)
{
    for (const Element &element : elements) {
        *keys << element.key;
        elementKeys(element.children, keys);
    }
}

/** Every key the dataset defines, with the JSON list it is in. */
QVector<QPair<QString, QString>> definedKeys(const Dataset &dataset)
{
    QVector<QPair<QString, QString>> keys;
    for (const Source &source : dataset.sources) {
        keys.append({source.key, QStringLiteral("$.sources")});
        for (const Quote &quote : source.quotes)
            keys.append({quote.key, QStringLiteral("$.sources")});
    }
    for (const Theme &theme : dataset.themes)
        keys.append({theme.key, QStringLiteral("$.themes")});
    for (const Region &region : dataset.regions)
        keys.append({region.key, QStringLiteral("$.regions")});
    for (const Organisation &organisation : dataset.organisations)
        keys.append({organisation.key, QStringLiteral("$.organisations")});
    for (const Plan &plan : dataset.plans) {
        QStringList inner{plan.key};
        elementKeys(plan.elements, &inner);
        for (const BudgetLine &line : plan.budgetLines)
            inner << line.key;
        for (const Target &target : plan.targets)
            inner << target.key;
        for (const QString &key : std::as_const(inner))
            keys.append({key, QStringLiteral("$.plans")});
    }
    for (const Event &event : dataset.events)
        keys.append({event.key, QStringLiteral("$.events")});
    for (const Participation &participation : dataset.participations)
        keys.append({participation.key, QStringLiteral("$.participations")});
    return keys;
}
} // namespace

JsonDatasetImporter::JsonDatasetImporter(QSqlDatabase database) : m_database(std::move(database)) {}

ImportReport JsonDatasetImporter::run(const QString &path)
{
    return import(path, true);
}

ImportReport JsonDatasetImporter::check(const QString &path)
{
    return import(path, false);
}

ImportReport JsonDatasetImporter::import(const QString &path, bool write)
{
    ImportReport report;
    report.file = path;
    report.encoding = TextEncoding::Utf8;
    DatasetJsonReader reader;
    reader.readFile(path);
    reader.finish();
    for (const DatasetIssue &issue : reader.issues())
        report.reject(issue.line, issue.column, issue.path, issue.message);
    if (report.hasProblems())
        return report;

    const Dataset &dataset = reader.dataset();
    const QVector<QPair<QString, QString>> keys = definedKeys(dataset);
    try {
        QSet<QString> existing;
        SqlQuery query(m_database, QStringLiteral("SELECT key FROM entity"));
        query.exec();
        while (query.next())
            existing.insert(query.value(0).toString());
        for (const auto &key : keys) {
            ++report.rowsRead;
            if (existing.contains(key.first))
                report.reject(0, 0, key.second,
                              tr("the key \"%1\" is in the database already; a dataset document adds new data only")
                                  .arg(key.first));
        }
        // A region code is unique too: the same region under another key would be a duplicate.
        SqlQuery codes(m_database, QStringLiteral("SELECT r.code, e.key FROM region r JOIN entity e ON e.id = r.id "
                                                  "WHERE r.code IS NOT NULL"));
        codes.exec();
        QHash<QString, QString> regionByCode;
        while (codes.next())
            regionByCode.insert(codes.value(0).toString(), codes.value(1).toString());
        for (qsizetype i = 0; i < dataset.regions.size(); ++i) {
            const Region &region = dataset.regions.at(i);
            const QString owner = regionByCode.value(region.code);
            if (!region.code.isEmpty() && !owner.isEmpty() && owner != region.key)
                report.reject(0, 0, QStringLiteral("$.regions[%1].code").arg(i),
                              tr("the code %1 belongs to the region \"%2\" in the database").arg(region.code, owner));
        }
        if (!write || report.hasProblems())
            return report;
        Transaction transaction(m_database);
        DatasetStore(m_database).insert(dataset, transaction);
        // Its texts are indexed for search before it commits: the next search has nothing to index.
        SearchIndexer(m_database).indexWritten();
        // The chart pieces of the plans written go with them: fresh once committed, unchanged if not.
        BudgetPieceTable::refreshWithin(m_database, transaction);
        transaction.commit();
        report.imported = report.rowsRead;
        report.written = true;
    } catch (const StoreError &e) {
        report.fatalError = tr("the database refused the import, nothing was written: %1").arg(e.message());
    }
    return report;
}

} // namespace innoatlas
