#pragma once

#include "editing/EntityRecord.h"
#include "editing/FieldError.h"
#include <QCoreApplication>

#include <QSqlDatabase>
#include <QVector>

namespace innoatlas {

/**
 * Checks an entity record field by field before it is written, and brings typed values to their
 * stored form (money typed as text becomes qint64 won through MoneyParser; a target in won keeps
 * its value as whole won). Each error names the field and the reason.
 */
class EntityValidator
{
    Q_DECLARE_TR_FUNCTIONS(EntityValidator)

public:
    explicit EntityValidator(QSqlDatabase database) : m_database(std::move(database)) {}

    /** Validates @p record and normalises its values in place; empty when it can be written. */
    QVector<FieldError> validate(EntityRecord &record) const;

    /** Checks one value of a column on its own (a form checks as the user types). Empty when valid. */
    static QString checkValue(const ColumnSpec &column, const QVariant &value, QVariant *normalised = nullptr);

private:
    QString checkReference(const ColumnSpec &column, const QVariant &value) const;

    QSqlDatabase m_database;
};

} // namespace innoatlas
