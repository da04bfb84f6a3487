#pragma once

#include <QString>

namespace innoatlas {

/** One problem found in a data file: where it is and why it is wrong. */
struct DatasetIssue
{
    QString file;
    QString path; ///< JSON path such as $.plans[0].budgetLines[2].amount.value
    int line = 0; ///< 1-based, when known (syntax errors)
    int column = 0;
    QString message;

    /** "file:line:column: message" or "file: $.path: message". */
    QString toString() const;
};

} // namespace innoatlas
