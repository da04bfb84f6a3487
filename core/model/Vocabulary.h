#pragma once

#include <QStringList>

namespace innoatlas {

/**
 * The closed lists of names the data uses (kinds, levels, roles ...), shared by the
 * file readers, the store and the views. docs/DATA_FORMAT.md documents each list;
 * the schema's CHECK constraints repeat them and a test keeps both in step.
 */
namespace Vocabulary {

const QStringList &sourceKinds();
const QStringList &regionLevels();
const QStringList &organisationKinds();
const QStringList &elementKinds();
const QStringList &fundingSources();
const QStringList &budgetKinds();
const QStringList &targetUnits();
const QStringList &eventKinds();
const QStringList &participationRoles();
const QStringList &languages();

} // namespace Vocabulary
} // namespace innoatlas
