#include "review/Checks.h"

#include "review/ContentPairs.h"
#include "review/Glossary.h"
#include "review/NumberCheck.h"
#include "review/PunctuationCheck.h"
#include "review/ScriptCheck.h"
#include "review/SpacingCheck.h"

namespace innoatlas {

Checks::Checks(QVector<GlossaryTerm> glossary) : m_glossary(std::move(glossary)) {}

QVector<Finding> Checks::check(const FieldPair &pair) const
{
    QVector<Finding> findings;
    const bool hasKo = !pair.text.ko.isEmpty();
    const bool hasEn = !pair.text.en.isEmpty();
    if (hasKo != hasEn && !pair.verbatimLanguage) {
        const Language missing = hasKo ? Language::English : Language::Korean;
        Finding finding = Finding::about(pair, CheckId::missingTranslation, Severity::Warning, missing);
        findings.append(finding);
    }
    NumberCheck::run(pair, &findings);
    ScriptCheck::run(pair, &findings);
    SpacingCheck::run(pair, &findings);
    PunctuationCheck::run(pair, &findings);
    m_glossary.run(pair, &findings);
    return findings;
}

QVector<Finding> Checks::check(const QVector<FieldPair> &pairs) const
{
    QVector<Finding> findings;
    for (const FieldPair &pair : pairs)
        findings += check(pair);
    return findings;
}

QVector<Finding> Checks::run(const QSqlDatabase &database, const ContentFilter &filter)
{
    const Checks checks(Glossary(database).terms());
    return checks.check(ContentPairs::load(database, filter));
}

} // namespace innoatlas
