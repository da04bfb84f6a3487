#pragma once

#include "CliContext.h"

namespace innoatlas {

struct ImportReport;

/** What `import` was asked to do. */
struct ImportRequest
{
    QString format;   ///< "csv" or "json"; empty to go by the file name
    QString mapping;  ///< a built-in mapping's name or a mapping file (csv)
    QString level;    ///< "top" or "all" (regions), empty for the mapping's
    QString existing; ///< "update" or "skip", empty for the mapping's
    QString encoding; ///< empty for the mapping's
    bool dryRun = false;
    QString file;
};

/**
 * `import --format csv|json [--mapping NAME|FILE] [--level top|all] FILE`: imports a CSV table
 * through a mapping or a dataset document, all or nothing, and prints what happened.
 */
class ImportCommand
{
public:
    static int run(const CliContext &context, const ImportRequest &request);

private:
    static void printReport(const CliContext &context, const ImportReport &report);
};

} // namespace innoatlas
