#pragma once

#include <QStringList>

namespace innoatlas {

/**
 * The bilingual content fields each kind of entity has (docs/DATA_FORMAT.md): a plan's
 * title, vision and summary, an element's name and description, a figure's curator
 * note, a quote's translation, ... The review services refuse any other field.
 */
namespace ContentFields {

/** The fields of an entity kind ("plan", "element", ...); empty for a kind without texts. */
QStringList of(const QString &kind);
/** True when @p kind has the field @p field. */
bool has(const QString &kind, const QString &field);

} // namespace ContentFields
} // namespace innoatlas
