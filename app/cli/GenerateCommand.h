#pragma once

#include "CliContext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace innoatlas {

/**
 * `generate [--regions N] [--initiatives N] [--budget-lines N] [--events N] [--seed N] [--csv FILE] -o FILE`:
 * a deterministic national-scale database for benchmarks (NationalGenerator), and with --csv the
 * same budget lines as a fiscal-budget CSV file for the import benchmark.
 */
class GenerateCommand
{
public:
    /** The options this command adds to the command line. */
    static QList<QCommandLineOption> options();
    static int run(const CliContext &context, const QCommandLineParser &parser, const QString &outputPath);
};

} // namespace innoatlas
