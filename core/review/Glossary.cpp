#include "review/Glossary.h"

#include "review/ReviewText.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QHash>

namespace innoatlas {

namespace {
QStringList *variantList(GlossaryTerm &term, const QString &lang, const QString &kind)
{
    const bool ko = lang == QLatin1String("ko");
    if (kind == QLatin1String("accepted"))
        return ko ? &term.koAccepted : &term.enAccepted;
    return ko ? &term.koForbidden : &term.enForbidden;
}

QStringList cleaned(const QStringList &forms)
{
    QStringList result;
    for (const QString &form : forms) {
        const QString simplified = form.simplified();
        if (!simplified.isEmpty() && !result.contains(simplified))
            result << simplified;
    }
    return result;
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

QVector<GlossaryTerm> Glossary::terms() const
{
    QVector<GlossaryTerm> result;
    QHash<qint64, int> index;
    SqlQuery query(m_database, QStringLiteral("SELECT id, ko, en, note FROM glossary_term ORDER BY ko, en"));
    query.exec();
    while (query.next()) {
        GlossaryTerm term;
        term.id = query.value(0).toLongLong();
        term.ko = query.value(1).toString();
        term.en = query.value(2).toString();
        term.note = query.value(3).toString();
        index.insert(term.id, int(result.size()));
        result << term;
    }
    SqlQuery variants(
        m_database, QStringLiteral("SELECT term_id, lang, kind, text FROM glossary_variant ORDER BY term_id, ordinal"));
    variants.exec();
    while (variants.next()) {
        const auto it = index.constFind(variants.value(0).toLongLong());
        if (it != index.constEnd())
            *variantList(result[*it], variants.value(1).toString(), variants.value(2).toString())
                << variants.value(3).toString();
    }
    return result;
}

GlossaryTerm Glossary::term(qint64 id) const
{
    for (const GlossaryTerm &term : terms()) {
        if (term.id == id)
            return term;
    }
    return {};
}

QString Glossary::validate(const GlossaryTerm &term) const
{
    if (term.ko.simplified().isEmpty() || term.en.simplified().isEmpty())
        return ReviewText::tr("a glossary term needs both a Korean and an English form");
    SqlQuery duplicate(m_database, QStringLiteral("SELECT id FROM glossary_term WHERE ko = ? AND en = ? AND id <> ?"));
    duplicate.bind(term.ko.simplified()).bind(term.en.simplified()).bind(term.id).exec();
    if (duplicate.next())
        return ReviewText::tr("the glossary already has the term \"%1\" = \"%2\"")
            .arg(term.ko.simplified(), term.en.simplified());
    for (Language language : {Language::Korean, Language::English}) {
        for (const QString &form : cleaned(term.forbidden(language))) {
            if (term.forms(language).contains(form))
                return ReviewText::tr("\"%1\" cannot be both accepted and forbidden").arg(form);
        }
    }
    return QString();
}

void Glossary::writeVariants(const GlossaryTerm &term, qint64 id)
{
    SqlQuery(m_database, QStringLiteral("DELETE FROM glossary_variant WHERE term_id = ?")).bind(id).exec();
    int ordinal = 0;
    for (Language language : {Language::Korean, Language::English}) {
        const QString lang = languageCode(language);
        for (const auto &[kind, forms] : {std::pair{QStringLiteral("accepted"), term.accepted(language)},
                                          std::pair{QStringLiteral("forbidden"), term.forbidden(language)}}) {
            for (const QString &form : cleaned(forms)) {
                SqlQuery(m_database, QStringLiteral("INSERT INTO glossary_variant (term_id, lang, kind, text, "
                                                    "ordinal) VALUES (?, ?, ?, ?, ?)"))
                    .bind(id)
                    .bind(lang)
                    .bind(kind)
                    .bind(form)
                    .bind(ordinal++)
                    .exec();
            }
        }
    }
}

qint64 Glossary::add(const GlossaryTerm &term, QString *error)
{
    GlossaryTerm fresh = term;
    fresh.id = 0;
    const QString problem = validate(fresh);
    if (!problem.isEmpty()) {
        setError(error, problem);
        return 0;
    }
    try {
        Transaction transaction(m_database);
        SqlQuery insert(m_database,
                        QStringLiteral("INSERT INTO glossary_term (ko, en, note) VALUES (?, ?, COALESCE(?, ''))"));
        insert.bind(term.ko.simplified()).bind(term.en.simplified()).bind(term.note.trimmed()).exec();
        const qint64 id = insert.lastInsertId();
        writeVariants(term, id);
        transaction.commit();
        return id;
    } catch (const StoreError &e) {
        setError(error, e.message());
        return 0;
    }
}

bool Glossary::update(const GlossaryTerm &term, QString *error)
{
    const QString problem = validate(term);
    if (!problem.isEmpty())
        return setError(error, problem);
    try {
        Transaction transaction(m_database);
        SqlQuery update(m_database,
                        QStringLiteral("UPDATE glossary_term SET ko = ?, en = ?, note = COALESCE(?, '') WHERE id = ?"));
        update.bind(term.ko.simplified()).bind(term.en.simplified()).bind(term.note.trimmed()).bind(term.id).exec();
        if (update.numRowsAffected() != 1)
            return setError(error, ReviewText::tr("the glossary has no term %1").arg(term.id));
        writeVariants(term, term.id);
        transaction.commit();
        return true;
    } catch (const StoreError &e) {
        return setError(error, e.message());
    }
}

bool Glossary::remove(qint64 id, QString *error)
{
    try {
        Transaction transaction(m_database);
        SqlQuery remove(m_database, QStringLiteral("DELETE FROM glossary_term WHERE id = ?"));
        remove.bind(id).exec();
        if (remove.numRowsAffected() != 1)
            return setError(error, ReviewText::tr("the glossary has no term %1").arg(id));
        transaction.commit();
        return true;
    } catch (const StoreError &e) {
        return setError(error, e.message());
    }
}

} // namespace innoatlas
