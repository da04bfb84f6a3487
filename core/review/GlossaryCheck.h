#pragma once

#include "review/Finding.h"
#include "review/GlossaryTerm.h"

#include <memory>

namespace innoatlas {

/**
 * The glossary's terms in a field:
 * - glossary.missing-counterpart (warning): a term (or an accepted form) is used on one
 *   side but none of its forms on the other (a Korean name followed by 장, a person's title
 *   such as 대전시장, need not be named in English);
 * - glossary.forbidden (error): a forbidden form is used outside quotation marks.
 *
 * Korean forms match anywhere (particles attach to words), those of four letters or more
 * regardless of spacing ("우주산업 클러스터" = "우주산업클러스터"); English forms match whole words, ignoring case,
 * with hyphens read as spaces and an optional plural "s"/"es". Where forms overlap, the longest
 * counts ("대전컨벤션센터" is the convention centre, not also the city), but the other side
 * is searched for any form of the term — a forbidden form in quotation marks (a source's
 * wording quoted as printed) counts there too. Verbatim quotes are searched for terms,
 * never judged for forbidden forms.
 */
class GlossaryCheck
{
public:
    explicit GlossaryCheck(QVector<GlossaryTerm> terms);

    void run(const FieldPair &pair, QVector<Finding> *findings) const;

    /** A term form found in a text. */
    struct Occurrence
    {
        int term = 0; ///< index into the terms
        int start = 0;
        int length = 0;
        bool forbidden = false;
    };
    /** The terms used in @p text, longest first where they overlap, in text order. */
    QVector<Occurrence> find(const QString &text, Language language) const;

private:
    struct Needles;
    bool contains(const QString &text, Language language, int term) const;

    QVector<GlossaryTerm> m_terms;
    std::shared_ptr<const Needles> m_needles; // the forms prepared for matching, once
};

} // namespace innoatlas
