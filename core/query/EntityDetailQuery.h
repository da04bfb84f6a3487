#pragma once

#include "query/EntityDetail.h"

#include <QHash>
#include <QSqlDatabase>

namespace innoatlas {

/**
 * Reads one entity of any kind for the detail view: its bilingual texts with their review
 * status, its figures with the quotes and sources behind them, and the entities it refers to.
 */
class EntityDetailQuery
{
public:
    explicit EntityDetailQuery(QSqlDatabase database);

    /** The entity with the key @p key; an invalid EntityDetail when there is none. Throws StoreError. */
    EntityDetail query(const QString &key) const;

private:
    struct Context;

    void readRegion(Context &c) const;
    void readPlan(Context &c) const;
    void readElement(Context &c) const;
    void readBudgetLine(Context &c) const;
    void readTarget(Context &c) const;
    void readIndicator(Context &c) const;
    void readEvent(Context &c) const;
    void readParticipation(Context &c) const;
    void readOrganisation(Context &c) const;
    void readTheme(Context &c) const;
    void readSource(Context &c) const;
    void readQuote(Context &c) const;
    void readStatedCount(Context &c) const;

    DetailField reference(const QString &name, const QVariant &id) const;

    QSqlDatabase m_database;
};

} // namespace innoatlas
