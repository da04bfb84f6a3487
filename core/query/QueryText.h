#pragma once

#include "model/LocalizedText.h"
#include "model/PartialDate.h"

#include <QHash>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlDatabase;

namespace innoatlas {

class BulkStatement;
class SqlQuery;

/**
 * Helpers the query classes share to read bilingual texts and nullable values in one statement, and the
 * statements they share.
 *
 * textColumns()/textJoins() name a field of an entity; the field names are constants of the
 * calling code, never user input.
 */
namespace QueryText {

/** "a_k.text, a_k.status, a_e.text, a_e.status": four columns that readText() turns into a LocalizedText. */
QString textColumns(const QString &alias);
/** LEFT JOINs of the Korean and English rows of @p field of the entity whose id is @p idExpression. */
QString textJoins(const QString &alias, const QString &idExpression, const QString &field);
/** Reads the four columns of textColumns() starting at @p column. */
LocalizedText readText(const SqlQuery &query, int column);
/** The same, from SQLite's statement API (BulkStatement). */
LocalizedText readText(const BulkStatement &statement, int column);
/** A date stored as text and precision name; invalid when either is NULL or malformed. */
PartialDate readDate(const QVariant &text, const QVariant &precision);
std::optional<int> optionalInt(const QVariant &value);
std::optional<qint64> optionalInt64(const QVariant &value);
/**
 * A statement of the ids of a plan's participations and of its events' participations, each found through an index (by
 * plan; by the plan's events, then by event), for `IN (…)`: @p planId is an SQL expression of the plan's id, used
 * twice.
 */
QString planParticipationIds(const QString &planId);
/** Sets the @p lang ("ko" or "en") side of @p text from a localized_text row's text and status name. */
void setLanguage(LocalizedText &text, const QString &lang, const QString &value, const QString &statusName);
/** Every bilingual text of the entity @p entityId, by field, with the review status of each language. */
QHash<QString, LocalizedText> entityTexts(const QSqlDatabase &database, qint64 entityId);

} // namespace QueryText
} // namespace innoatlas
