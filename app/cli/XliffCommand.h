#pragma once

#include "CliContext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace innoatlas {

/**
 * `export --format xliff [--city KEY|--plan KEY|--status S] [--source ko|en] [-o FILE]` and
 * `import --format xliff [--dry-run] [--user NAME] FILE`: the translator's round trip through
 * CAT tools (docs/XLIFF.md). The import is all or nothing and exits 1 when the file is
 * refused or a unit conflicts with a changed source text.
 */
class XliffCommand
{
public:
    /** The options these commands (and `check`) add to the command line. */
    static QList<QCommandLineOption> options();
    static int exportFile(const CliContext &context, const QCommandLineParser &parser, const QString &outputPath);
    static int importFile(const CliContext &context, const QCommandLineParser &parser, const QStringList &files);
};

} // namespace innoatlas
