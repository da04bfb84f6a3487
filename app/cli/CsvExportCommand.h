#pragma once

#include "CliContext.h"

namespace innoatlas {

/**
 * `export --format csv --table NAME [--encoding utf-8|utf-8-bom|cp949] [-o FILE]`: one table of the
 * data as CSV (see DatasetTables and CsvWriter). Exit 0, 1 when a character cannot be encoded,
 * 2 on a usage error, 3 when the database cannot be read, 4 when the output cannot be written.
 */
class CsvExportCommand
{
public:
    static int run(const CliContext &context, const QString &table, const QString &encoding, const QString &outputPath);
};

} // namespace innoatlas
