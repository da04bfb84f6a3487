#include "query/EvidenceQuery.h"

#include "query/QueryText.h"
#include "store/SqlQuery.h"

namespace innoatlas {

using namespace QueryText;

EvidenceQuery::EvidenceQuery(QSqlDatabase database) : m_database(std::move(database)) {}

namespace {
// The columns and joins of a quote with its source; readEvidence() reads them from a given column on.
QString evidenceColumns()
{
    return QStringLiteral("qe.key, q.text, se.key, s.kind, s.language, s.published, s.published_precision, "
                          "s.seed_file, s.url, ") +
           textColumns(QStringLiteral("tr")) + QStringLiteral(", ") + textColumns(QStringLiteral("pb")) +
           QStringLiteral(", ") + textColumns(QStringLiteral("ti"));
}

QString evidenceJoins()
{
    return QStringLiteral(" JOIN entity qe ON qe.id = q.id JOIN source s ON s.id = q.source_id "
                          "JOIN entity se ON se.id = s.id ") +
           textJoins(QStringLiteral("tr"), QStringLiteral("q.id"), QStringLiteral("translation")) +
           textJoins(QStringLiteral("pb"), QStringLiteral("s.id"), QStringLiteral("publisher")) +
           textJoins(QStringLiteral("ti"), QStringLiteral("s.id"), QStringLiteral("title"));
}

Evidence readEvidence(const SqlQuery &query, int first)
{
    Evidence evidence;
    evidence.quoteKey = query.value(first).toString();
    evidence.quote = query.value(first + 1).toString();
    evidence.sourceKey = query.value(first + 2).toString();
    evidence.sourceKind = query.value(first + 3).toString();
    evidence.sourceLanguage = query.value(first + 4).toString();
    evidence.published = readDate(query.value(first + 5), query.value(first + 6));
    evidence.seedFile = query.value(first + 7).toString();
    evidence.url = query.value(first + 8).toString();
    evidence.translation = readText(query, first + 9);
    evidence.publisher = readText(query, first + 13);
    evidence.sourceTitle = readText(query, first + 17);
    return evidence;
}
} // namespace

QVector<Evidence> EvidenceQuery::read(const QString &from, const QString &where, qint64 id) const
{
    SqlQuery query(m_database, QStringLiteral("SELECT ") + evidenceColumns() + from + evidenceJoins() + where);
    query.bind(id).exec();
    QVector<Evidence> result;
    while (query.next())
        result.append(readEvidence(query, 0));
    return result;
}

QHash<qint64, FigureEvidence> EvidenceQuery::figuresOf(const QString &field, const QString &owners,
                                                       const QString &where, qint64 id) const
{
    // Two reads in all, rather than two for each owner: an overview lists thousands of budget lines.
    QHash<qint64, FigureEvidence> byOwner;
    QHash<qint64, qint64> ownerOfFigure;
    SqlQuery figures(m_database, QStringLiteral("SELECT f.owner_id, f.id, f.printed, ") +
                                     textColumns(QStringLiteral("nt")) + QStringLiteral(" FROM figure f ") + owners +
                                     textJoins(QStringLiteral("nt"), QStringLiteral("f.id"), QStringLiteral("note")) +
                                     QStringLiteral(" WHERE f.field = ? AND (") + where + QStringLiteral(")"));
    figures.bind(field).bind(id).exec();
    while (figures.next()) {
        FigureEvidence figure;
        figure.field = field;
        figure.corrected = !figures.value(2).isNull();
        figure.printed = figures.value(2).toString();
        figure.note = readText(figures, 3);
        const qint64 owner = figures.value(0).toLongLong();
        ownerOfFigure.insert(figures.value(1).toLongLong(), owner);
        byOwner.insert(owner, figure);
    }
    if (byOwner.isEmpty())
        return byOwner;
    SqlQuery quotes(m_database, QStringLiteral("SELECT fq.figure_id, ") + evidenceColumns() +
                                    QStringLiteral(" FROM figure_quote fq JOIN quote q ON q.id = fq.quote_id "
                                                   "JOIN figure f ON f.id = fq.figure_id ") +
                                    owners + evidenceJoins() + QStringLiteral(" WHERE f.field = ? AND (") + where +
                                    QStringLiteral(") ORDER BY fq.figure_id, fq.ordinal"));
    quotes.bind(field).bind(id).exec();
    while (quotes.next()) {
        const auto owner = ownerOfFigure.constFind(quotes.value(0).toLongLong());
        if (owner != ownerOfFigure.constEnd())
            byOwner[*owner].quotes.append(readEvidence(quotes, 1));
    }
    return byOwner;
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
