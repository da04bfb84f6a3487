#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace innoatlas {

/**
 * The desktop program's export commands for scripts, run without showing a window (they work
 * with QT_QPA_PLATFORM=offscreen):
 *
 *   innoatlas --list-charts
 *   innoatlas --export-chart NAME    [--lang ko|en] [--format png|svg|pdf] -o FILE
 *   innoatlas --export-timeline cities|plans ...
 *   innoatlas --export-deck -o FILE.pdf    (the database's presenter deck, one page per slide)
 *
 * with --database FILE, --size WxH (1920x1080), --dpi N (96), --look standard|presenter,
 * --city KEY and --theme KEY (repeatable), --unit won|eok|jo, --kind planned|secured|invested,
 * --stacked, --grouped, --per-capita, --today YYYY-MM-DD.
 *
 * Call it from main() once the QApplication exists and before the program parses its own
 * options:
 *
 *   if (HeadlessExport::isRequested(app.arguments()))
 *       return HeadlessExport::run(app.arguments());
 *
 * Exit codes: 0 done, 1 the file could not be written, 2 wrong usage, 3 database refused.
 */
class HeadlessExport
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessExport)

public:
    static bool isRequested(const QStringList &arguments);
    static int run(const QStringList &arguments);
};

} // namespace innoatlas
