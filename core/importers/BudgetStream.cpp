#include "importers/BudgetStream.h"

#include "store/DatasetStore.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

namespace innoatlas {

BudgetStream::BudgetStream(QSqlDatabase database)
    : m_database(std::move(database)), m_entity(m_database, "INSERT INTO entity (kind, key) VALUES (?, ?)"),
      m_text(m_database,
             "INSERT INTO localized_text (entity_id, field, lang, text, status) VALUES (?, ?, ?, COALESCE(?, ''), ?)"),
      m_element(m_database, "INSERT INTO element (id, plan_id, parent_id, ordinal, kind) VALUES (?, ?, ?, ?, ?)"),
      m_line(m_database, "INSERT INTO budget_line (id, plan_id, element_id, ordinal, amount, original_amount, "
                         "original_currency, from_year, to_year, funding, kind) "
                         "VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?)"),
      m_figure(m_database, "INSERT INTO figure (id, owner_id, field, printed) VALUES (?, ?, ?, NULL)"),
      m_figureQuote(m_database, "INSERT INTO figure_quote (figure_id, quote_id, ordinal) VALUES (?, ?, 0)"),
      m_quote(m_database, "INSERT INTO quote (id, source_id, ordinal, text) VALUES (?, ?, ?, ?)"),
      m_keyId(m_database, "SELECT id FROM entity WHERE key = ?")
{
}

qint64 BudgetStream::idOf(const QString &key)
{
    const qint64 id = m_keyId.bind(key).runForId();
    if (id == 0)
        throw StoreError(QStringLiteral("nothing has the key \"%1\"").arg(key));
    return id;
}

void BudgetStream::begin(Transaction &transaction, const Source *source, const QString &sourceKey, const Plan &plan,
                         const QString &replacedPlanKey)
{
    if (!replacedPlanKey.isEmpty()) {
        // Its elements, budget lines and their figures go with it (ON DELETE CASCADE and the entity triggers).
        SqlQuery(m_database, QStringLiteral("DELETE FROM plan WHERE id = ?")).bind(idOf(replacedPlanKey)).exec();
    }
    Dataset skeleton;
    if (source)
        skeleton.sources.append(*source);
    skeleton.plans.append(plan);
    // DatasetStore writes the few rows of the plan and source exactly as a whole-batch import does.
    DatasetStore(m_database).insert(skeleton, transaction);
    m_planId = idOf(plan.key);
    m_sourceId = source ? idOf(sourceKey) : 0;
}

qint64 BudgetStream::addEntity(const char *kind, const QString &key)
{
    m_entity.bindUtf8(QByteArray(kind)).bind(key).run();
    return m_entity.lastInsertId();
}

void BudgetStream::addText(qint64 id, const char *field, const QString &text, ReviewStatus status, const char *lang)
{
    m_text.bind(id).bindUtf8(QByteArray(field)).bindUtf8(QByteArray(lang)).bind(text);
    m_text.bind(reviewStatusName(status)).run();
}

qint64 BudgetStream::addElement(qint64 parentId, int ordinal, const Element &element)
{
    const qint64 id = addEntity("element", element.key);
    m_element.bind(id).bind(m_planId);
    if (parentId)
        m_element.bind(parentId);
    else
        m_element.bindNull();
    m_element.bind(ordinal).bind(element.kind).run();
    addText(id, "name", element.name.ko, element.name.koStatus, "ko");
    addText(id, "name", element.name.en, element.name.enStatus, "en");
    addText(id, "description", element.description.ko, element.description.koStatus, "ko");
    addText(id, "description", element.description.en, element.description.enStatus, "en");
    return id;
}

void BudgetStream::addLine(const BudgetLine &line, qint64 elementId, const QString &quoteKey, const QString &quoteText)
{
    qint64 quoteId = 0;
    if (m_sourceId) {
        quoteId = addEntity("quote", quoteKey);
        m_quote.bind(quoteId).bind(m_sourceId).bind(m_quoteOrdinal++).bind(quoteText).run();
    } else {
        quoteId = idOf(quoteKey);
    }
    const qint64 id = addEntity("budget_line", line.key);
    m_line.bind(id).bind(m_planId);
    if (elementId)
        m_line.bind(elementId);
    else
        m_line.bindNull();
    m_line.bind(m_lineOrdinal++).bind(line.amount.won);
    if (line.fromYear)
        m_line.bind(*line.fromYear);
    else
        m_line.bindNull();
    if (line.toYear)
        m_line.bind(*line.toYear);
    else
        m_line.bindNull();
    m_line.bind(line.funding).bind(line.kind).run();
    addText(id, "label", line.label.ko, line.label.koStatus, "ko");
    addText(id, "label", line.label.en, line.label.enStatus, "en");
    const qint64 figureId = addEntity("figure", line.key + QStringLiteral("#amount"));
    m_figure.bind(figureId).bind(id).bindUtf8("amount").run();
    m_figureQuote.bind(figureId).bind(quoteId).run();
}

void BudgetStream::finish(const LocalizedText &title)
{
    if (m_sourceId && m_quoteOrdinal == 0)
        SqlQuery(m_database, QStringLiteral("DELETE FROM source WHERE id = ?")).bind(m_sourceId).exec();
    SqlQuery update(m_database, QStringLiteral("UPDATE localized_text SET text = COALESCE(?, ''), status = ? "
                                               "WHERE entity_id = ? AND field = 'title' AND lang = ?"));
    update.bind(title.ko).bind(reviewStatusName(title.koStatus)).bind(m_planId).bind(QStringLiteral("ko")).exec();
    update.bind(title.en).bind(reviewStatusName(title.enStatus)).bind(m_planId).bind(QStringLiteral("en")).exec();
}

} // namespace innoatlas
