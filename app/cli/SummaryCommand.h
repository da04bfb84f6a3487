#pragma once

#include "CliContext.h"

namespace innoatlas {

/** `summary`: cities, plans, periods and headline budgets as a table in one language. */
class SummaryCommand
{
public:
    static int run(const CliContext &context);
};

} // namespace innoatlas
