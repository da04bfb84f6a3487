#pragma once

#include "CliContext.h"

#include <QCommandLineParser>

namespace innoatlas {

/**
 * `check [--lang ko|en] [--city KEY|--plan KEY]`: the translator workspace's bilingual checks
 * over the database, one finding a line with its severity, check id, field and message (in
 * the --lang language). Findings dismissed in the translator workspace are left out and counted.
 * Exits 1 when any open finding is an error, 0 otherwise.
 */
class CheckCommand
{
public:
    static int run(const CliContext &context, const QCommandLineParser &parser);
};

} // namespace innoatlas
