#pragma once

#include <QPair>
#include <QString>
#include <QVector>

namespace innoatlas {

/**
 * One place where a search query was found: a text of an entity, or an amount of money.
 *
 * For a text hit `field` and `language` name the localized_text row ("title", "ko") or the quote's
 * verbatim text ("text", the source's language), `text` is that whole text and `matches` are the
 * found ranges as (start, length) in UTF-16 units of `text`, for highlighting.
 *
 * For an amount hit (the query read as money) `field` is the column ("amount", "headline_budget",
 * "target_value", "baseline_value"), `amountWon` the amount found, `text` the entity's label and the
 * amount written for the display language (SearchIndex::setDisplayLanguage()), and `matches` covers
 * the amount. `approximate` is set when the amount is within ±0.5 % of the query but not equal.
 */
struct SearchHit
{
    /** Key of the entity the text belongs to ("bl.daejeon-gia.merck"). */
    QString entityKey;
    /** The entity's kind as stored: "plan", "element", "budget_line", "target", "event", "region", ... */
    QString entityKind;
    QString field;
    /** "ko" or "en"; for amount hits the display language. */
    QString language;
    QString text;
    QVector<QPair<int, int>> matches;
    /** The plan the entity belongs to (itself for a plan), when there is one. */
    QString planKey;
    /** The region the entity belongs to (itself for a region), when there is one. */
    QString regionKey;
    bool approximate = false;
    /**
     * The entity this one is a part of, for kinds that are not shown on their own: a figure's owner,
     * a quote's source, a population figure's region, a stated count's plan, a participation's
     * organisation or region. Empty otherwise.
     */
    QString ownerKey;
    /** The amount found, in won, for an amount hit; -1 for a text hit. */
    qint64 amountWon = -1;
};

} // namespace innoatlas
