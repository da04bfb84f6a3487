#pragma once

#include "CliContext.h"

namespace innoatlas {

/** `export --format json [-o FILE]`: the whole dataset in the canonical JSON format. */
class ExportCommand
{
public:
    static int run(const CliContext &context, const QString &format, const QString &outputPath);
};

} // namespace innoatlas
