#pragma once

#include "common/ContentLanguage.h"

#include <QString>

namespace innoatlas {

/**
 * Names of the closed vocabularies (funding sources, roles, units, element kinds ...) in
 * Korean and in English at the same time, as the bilingual views need them.
 *
 * The names are translatable strings (context "Terms") like any other: the English is the
 * source text and the Korean comes from the embedded Korean translation, whatever the
 * interface language is at the moment.
 *
 * Lists: regionLevel, organisationKind, elementKind, elementKindPlural, funding, budgetKind,
 * unit, eventKind, role, sourceKind, language, entityKind, entityKindPlural.
 */
namespace Terms {

/** The name of @p code in @p list, in @p language; the code itself when it is unknown. */
QString name(const QString &list, const QString &code, Language language);
/** As above; Both gives "한국어 · English". */
QString name(const QString &list, const QString &code, ContentLanguage language);
/** In the interface language. */
QString interfaceName(const QString &list, const QString &code);
/** A KPI value written with its unit ("%1%", "%1 companies" / "%1개사"); won amounts are not handled here. */
QString withUnit(const QString &value, const QString &unit, Language language);

} // namespace Terms
} // namespace innoatlas
