#pragma once

#include "review/ContentFilter.h"
#include "review/Finding.h"
#include "review/GlossaryCheck.h"

#include <QSqlDatabase>

namespace innoatlas {

/**
 * The bilingual checks of the translator workspace, run over a database (all of it, a
 * city, a plan or one entity) or over fields given directly:
 * text.missing-translation (warning; one language written, the other not; quotes need no
 * translation), NumberCheck, ScriptCheck, SpacingCheck, PunctuationCheck and GlossaryCheck.
 * Findings come in field order; within a field, in the order above.
 */
class Checks
{
public:
    explicit Checks(QVector<GlossaryTerm> glossary = {});

    QVector<Finding> check(const FieldPair &pair) const;
    QVector<Finding> check(const QVector<FieldPair> &pairs) const;

    /** Loads the glossary and the fields @p filter selects, and checks them. Throws StoreError. */
    static QVector<Finding> run(const QSqlDatabase &database, const ContentFilter &filter = {});

private:
    GlossaryCheck m_glossary;
};

} // namespace innoatlas
