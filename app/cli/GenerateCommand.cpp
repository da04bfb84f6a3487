#include "GenerateCommand.h"

#include "benchdata/NationalGenerator.h"

#include <QElapsedTimer>

namespace innoatlas {

namespace {
/** Reads a count option; false (and a message) when it is not a number in range. */
bool count(const CliContext &context, const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
           qint64 *value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 number = parser.value(name).toLongLong(&ok);
    if (!ok || number < min || number > max) {
        context.err << Cli::tr("--%1 must be a whole number from %2 to %3, not \"%4\"")
                           .arg(name)
                           .arg(min)
                           .arg(max)
                           .arg(parser.value(name))
                    << Qt::endl;
        return false;
    }
    *value = number;
    return true;
}
} // namespace

QList<QCommandLineOption> GenerateCommand::options()
{
    return {
        {QStringLiteral("regions"), Cli::tr("generate: local governments (default 243)."), Cli::tr("N")},
        {QStringLiteral("initiatives"), Cli::tr("generate: plan elements (default 100000)."), Cli::tr("N")},
        {QStringLiteral("budget-lines"), Cli::tr("generate: budget lines (default 1000000)."), Cli::tr("N")},
        {QStringLiteral("events"), Cli::tr("generate: events (default 50000)."), Cli::tr("N")},
        {QStringLiteral("seed"), Cli::tr("generate: the seed; the same seed gives the same data (default 1)."),
         Cli::tr("N")},
        {QStringLiteral("csv"), Cli::tr("generate: also write the budget lines to FILE as a fiscal-budget CSV table."),
         Cli::tr("FILE")},
    };
}

int GenerateCommand::run(const CliContext &context, const QCommandLineParser &parser, const QString &outputPath)
{
    if (outputPath.isEmpty()) {
        context.err << Cli::tr("generate needs the new database file: -o FILE") << Qt::endl;
        return ExitUsage;
    }
    GeneratorOptions options;
    qint64 regions = options.regions;
    qint64 initiatives = options.initiatives;
    qint64 lines = options.budgetLines;
    qint64 events = options.events;
    qint64 seed = qint64(options.seed);
    if (!count(context, parser, QStringLiteral("regions"), 1, 100000, &regions) ||
        !count(context, parser, QStringLiteral("initiatives"), 1, 100000000, &initiatives) ||
        !count(context, parser, QStringLiteral("budget-lines"), 0, 1000000000, &lines) ||
        !count(context, parser, QStringLiteral("events"), 0, 100000000, &events) ||
        !count(context, parser, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), &seed))
        return ExitUsage;
    options.regions = int(regions);
    options.initiatives = int(initiatives);
    options.budgetLines = lines;
    options.events = int(events);
    options.seed = quint64(seed);
    options.csvPath = parser.value(QStringLiteral("csv"));

    QElapsedTimer timer;
    timer.start();
    NationalGenerator generator(options);
    if (!generator.write(outputPath)) {
        context.err << generator.error() << Qt::endl;
        return ExitDatabase;
    }
    const GeneratorCounts &made = generator.counts();
    context.out << Cli::tr("%1: %2 regions, %3 themes, %4 plans, %5 initiatives, %6 budget lines, %7 events, "
                           "%8 organisations taking part %9 times in %10 s")
                       .arg(outputPath)
                       .arg(made.regions)
                       .arg(made.themes)
                       .arg(made.plans)
                       .arg(made.initiatives)
                       .arg(made.budgetLines)
                       .arg(made.events)
                       .arg(made.organisations)
                       .arg(made.participations)
                       .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                << Qt::endl;
    return ExitOk;
}

} // namespace innoatlas
