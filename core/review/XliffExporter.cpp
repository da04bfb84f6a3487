#include "review/XliffExporter.h"

#include "review/ContentPairs.h"
#include "review/ReviewText.h"
#include "review/XliffWriter.h"
#include "store/SqlQuery.h"

#include <QHash>

namespace innoatlas {

namespace {
struct BackingQuote
{
    QString key;
    QString text;
};

// The quotes behind each entity: cited by it, backing one of its figures, or (for a figure) backing it.
QHash<qint64, QVector<BackingQuote>> backingQuotes(const QSqlDatabase &database)
{
    SqlQuery query(database, QStringLiteral("SELECT c.entity_id, e.key, q.text, 0, c.ordinal FROM citation c "
                                            "JOIN quote q ON q.id = c.quote_id JOIN entity e ON e.id = q.id "
                                            "UNION ALL SELECT f.owner_id, e.key, q.text, 1, fq.ordinal FROM figure f "
                                            "JOIN figure_quote fq ON fq.figure_id = f.id "
                                            "JOIN quote q ON q.id = fq.quote_id JOIN entity e ON e.id = q.id "
                                            "UNION ALL SELECT fq.figure_id, e.key, q.text, 2, fq.ordinal "
                                            "FROM figure_quote fq JOIN quote q ON q.id = fq.quote_id "
                                            "JOIN entity e ON e.id = q.id ORDER BY 1, 4, 5"));
    query.exec();
    QHash<qint64, QVector<BackingQuote>> quotes;
    while (query.next()) {
        QVector<BackingQuote> &list = quotes[query.value(0).toLongLong()];
        const QString key = query.value(1).toString();
        bool seen = false;
        for (const BackingQuote &quote : std::as_const(list))
            seen = seen || quote.key == key;
        if (!seen)
            list.append({key, query.value(2).toString()});
    }
    return quotes;
}
} // namespace

XliffDocument XliffExporter::build(const QSqlDatabase &database, const ContentFilter &filter, Language source)
{
    const Language target = otherLanguage(source);
    ContentFilter byTarget = filter;
    byTarget.statusLanguage = target;
    const QVector<FieldPair> pairs = ContentPairs::load(database, byTarget);
    const QHash<qint64, QVector<BackingQuote>> quotes = backingQuotes(database);

    XliffDocument document;
    document.version = QStringLiteral("1.2");
    document.sourceLanguage = source;
    document.targetLanguage = target;
    for (const FieldPair &pair : pairs) {
        const QString &sourceText = pair.text.text(source);
        if (sourceText.isEmpty() || (pair.verbatimLanguage && *pair.verbatimLanguage != source))
            continue;
        XliffUnit unit;
        unit.id = pair.key.toString();
        unit.source = sourceText;
        unit.target = pair.text.text(target);
        unit.hasTarget = !unit.target.isEmpty();
        if (unit.hasTarget)
            unit.status = pair.text.status(target);
        unit.needsReview = pair.flag(target) != nullptr;
        unit.notes
            << ReviewText::tr("Entity %1 (%2), field %3").arg(pair.key.entityKey, pair.entityKind, pair.key.field);
        if (pair.verbatimLanguage)
            unit.notes << ReviewText::tr("The source text is a verbatim quote; translate it, do not edit it.");
        for (const BackingQuote &quote : quotes.value(pair.entityId))
            unit.notes << ReviewText::tr("Source quote %1: %2").arg(quote.key, quote.text);
        document.units << unit;
    }
    return document;
}

QByteArray XliffExporter::toXliff(const QSqlDatabase &database, const ContentFilter &filter, Language source,
                                  int *unitCount)
{
    const XliffDocument document = build(database, filter, source);
    if (unitCount)
        *unitCount = int(document.units.size());
    return XliffWriter::write(document);
}

} // namespace innoatlas
