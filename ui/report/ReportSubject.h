#pragma once

#include "model/Dataset.h"

#include <QCoreApplication>

namespace innoatlas {

/**
 * What a report is about: a city (region), and optionally one of its plans, found from what a
 * user types: the region's key, its official code, or its name in Korean or English (whole, or
 * a part that only one region has: "대전", "Daejeon"). A plan is found by key or title.
 */
struct ReportSubject
{
    Q_DECLARE_TR_FUNCTIONS(ReportSubject)

public:
    QString regionKey;
    QString planKey; ///< empty: every plan of the region

    /**
     * Finds the region @p city and the plan @p plan (may be empty) in @p dataset. On failure
     * returns false and sets @p error to a message that lists the candidates.
     */
    static bool resolve(const Dataset &dataset, const QString &city, const QString &plan, ReportSubject *subject,
                        QString *error);
    /** The subject of an entity: a region itself, a plan with its region, or the plan an entity belongs to. */
    static bool fromEntityKey(const Dataset &dataset, const QString &key, ReportSubject *subject);
};

} // namespace innoatlas
