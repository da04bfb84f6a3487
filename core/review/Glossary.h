#pragma once

#include "review/GlossaryTerm.h"

#include <QSqlDatabase>
#include <QVector>

namespace innoatlas {

/**
 * The glossary of agreed terms stored in the database (migration 004: glossary_term and
 * glossary_variant), seeded with the names of the built-in dataset's cities, plans and
 * organisations and with programme terms. Each write is one transaction; a term needs a
 * Korean and an English form, and the pair must be unique. Refusals come back as a
 * message in the interface language.
 */
class Glossary
{
public:
    explicit Glossary(QSqlDatabase database) : m_database(std::move(database)) {}

    /** Every term, ordered by Korean form. */
    QVector<GlossaryTerm> terms() const;
    /** The term with @p id, or a term with id 0. */
    GlossaryTerm term(qint64 id) const;

    /** Stores a new term (its id is ignored); returns its id, or 0 with @p error set. */
    qint64 add(const GlossaryTerm &term, QString *error = nullptr);
    /** Replaces the stored term with the same id. */
    bool update(const GlossaryTerm &term, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);

private:
    QString validate(const GlossaryTerm &term) const;
    void writeVariants(const GlossaryTerm &term, qint64 id);

    QSqlDatabase m_database;
};

} // namespace innoatlas
