#include "query/EvidenceQuery.h"

#include "query/QueryText.h"
#include "store/SqlQuery.h"

namespace innoatlas {

using namespace QueryText;

EvidenceQuery::EvidenceQuery(QSqlDatabase database) : m_database(std::move(database)) {}

QVector<Evidence> EvidenceQuery::read(const QString &from, const QString &where, qint64 id) const
{
    SqlQuery query(m_database,
                   QStringLiteral("SELECT qe.key, q.text, se.key, s.kind, s.language, s.published, "
                                  "s.published_precision, s.seed_file, s.url, ") +
                       textColumns(QStringLiteral("tr")) + QStringLiteral(", ") + textColumns(QStringLiteral("pb")) +
                       QStringLiteral(", ") + textColumns(QStringLiteral("ti")) + from +
                       QStringLiteral(" JOIN entity qe ON qe.id = q.id JOIN source s ON s.id = q.source_id "
                                      "JOIN entity se ON se.id = s.id ") +
                       textJoins(QStringLiteral("tr"), QStringLiteral("q.id"), QStringLiteral("translation")) +
                       textJoins(QStringLiteral("pb"), QStringLiteral("s.id"), QStringLiteral("publisher")) +
                       textJoins(QStringLiteral("ti"), QStringLiteral("s.id"), QStringLiteral("title")) + where);
    query.bind(id).exec();
    QVector<Evidence> result;
    while (query.next()) {
        Evidence evidence;
        evidence.quoteKey = query.value(0).toString();
        evidence.quote = query.value(1).toString();
        evidence.sourceKey = query.value(2).toString();
        evidence.sourceKind = query.value(3).toString();
        evidence.sourceLanguage = query.value(4).toString();
        evidence.published = readDate(query.value(5), query.value(6));
        evidence.seedFile = query.value(7).toString();
        evidence.url = query.value(8).toString();
        evidence.translation = readText(query, 9);
        evidence.publisher = readText(query, 13);
        evidence.sourceTitle = readText(query, 17);
        result.append(evidence);
    }
    return result;
}

QHash<QString, FigureEvidence> EvidenceQuery::figures(qint64 entityId) const
{
    QHash<QString, FigureEvidence> result;
    SqlQuery figures(m_database, QStringLiteral("SELECT f.id, f.field, f.printed, ") +
                                     textColumns(QStringLiteral("nt")) + QStringLiteral(" FROM figure f ") +
                                     textJoins(QStringLiteral("nt"), QStringLiteral("f.id"), QStringLiteral("note")) +
                                     QStringLiteral(" WHERE f.owner_id = ?"));
    figures.bind(entityId).exec();
    while (figures.next()) {
        FigureEvidence figure;
        const qint64 figureId = figures.value(0).toLongLong();
        figure.field = figures.value(1).toString();
        figure.corrected = !figures.value(2).isNull();
        figure.printed = figures.value(2).toString();
        figure.note = readText(figures, 3);
        figure.quotes = read(QStringLiteral(" FROM figure_quote fq JOIN quote q ON q.id = fq.quote_id"),
                             QStringLiteral(" WHERE fq.figure_id = ? ORDER BY fq.ordinal"), figureId);
        result.insert(figure.field, figure);
    }
    return result;
}

QVector<Evidence> EvidenceQuery::citations(qint64 entityId) const
{
    return read(QStringLiteral(" FROM citation c JOIN quote q ON q.id = c.quote_id"),
                QStringLiteral(" WHERE c.entity_id = ? ORDER BY c.ordinal"), entityId);
}

Evidence EvidenceQuery::quote(qint64 quoteId) const
{
    const QVector<Evidence> found = read(QStringLiteral(" FROM quote q"), QStringLiteral(" WHERE q.id = ?"), quoteId);
    return found.isEmpty() ? Evidence() : found.first();
}

} // namespace innoatlas
