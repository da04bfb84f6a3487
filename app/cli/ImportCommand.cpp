#include "ImportCommand.h"

#include "BackupCommand.h"
#include "importers/CsvImporter.h"
#include "importers/ImportMapping.h"
#include "importers/JsonDatasetImporter.h"
#include "importers/TextEncoding.h"
#include "store/UserDatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace innoatlas {

namespace {
QString delimiterName(QChar delimiter)
{
    if (delimiter == u'\t')
        return Cli::tr("tab-separated");
    if (delimiter == u';')
        return Cli::tr("semicolon-separated");
    return Cli::tr("comma-separated");
}

QString encodingName(TextEncoding encoding, bool bom)
{
    const QString name = TextEncodings::name(encoding == TextEncoding::Auto ? TextEncoding::Utf8 : encoding).toUpper();
    return bom ? Cli::tr("%1 with byte-order mark").arg(name) : name;
}

/** Reads --mapping: a built-in name or a mapping file; false after printing why not. */
bool loadMapping(const CliContext &context, const QString &nameOrFile, ImportMapping *mapping, int *exitCode)
{
    if (ImportMapping::builtin(nameOrFile, mapping))
        return true;
    QFile file(nameOrFile);
    if (!file.exists()) {
        context.err << Cli::tr("import: no built-in mapping and no file is called \"%1\" (built in: %2)")
                           .arg(nameOrFile, ImportMapping::builtinNames().join(QStringLiteral(", ")))
                    << Qt::endl;
        *exitCode = ExitUsage;
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << Cli::tr("%1: cannot read: %2").arg(nameOrFile, file.errorString()) << Qt::endl;
        *exitCode = ExitProblems;
        return false;
    }
    QVector<DatasetIssue> issues;
    if (!ImportMapping::fromJson(file.readAll(), nameOrFile, mapping, &issues)) {
        for (const DatasetIssue &issue : std::as_const(issues))
            context.err << issue.toString() << Qt::endl;
        *exitCode = ExitProblems;
        return false;
    }
    return true;
}
} // namespace

void ImportCommand::printReport(const CliContext &context, const ImportReport &report)
{
    const QLocale locale(QLocale::English);
    const auto count = [&](qint64 n) { return locale.toString(n).rightJustified(10); };
    QTextStream &out = context.out;
    if (report.headerLine > 0)
        out << Cli::tr("%1: %2, %3, header on line %4")
                   .arg(report.file, encodingName(report.encoding, report.byteOrderMark),
                        delimiterName(report.delimiter))
                   .arg(report.headerLine)
            << '\n';
    out << Cli::tr("  rows read  %1").arg(count(report.rowsRead)) << '\n';
    // A refused import or a dry run wrote nothing: its counts say what it would have done.
    if (report.written) {
        out << Cli::tr("  imported   %1").arg(count(report.imported)) << '\n';
        out << Cli::tr("  updated    %1").arg(count(report.updated)) << '\n';
    } else {
        out << Cli::tr("  to import  %1").arg(count(report.imported)) << '\n';
        out << Cli::tr("  to update  %1").arg(count(report.updated)) << '\n';
    }
    out << Cli::tr("  unchanged  %1").arg(count(report.unchanged)) << '\n';
    out << Cli::tr("  skipped    %1").arg(count(report.skipped)) << '\n';
    for (auto it = report.skipReasons.cbegin(); it != report.skipReasons.cend(); ++it)
        out << QStringLiteral("  %1  %2").arg(count(it.value()), it.key()) << '\n';
    out << Cli::tr("  rejected   %1").arg(count(report.rejectedCount)) << '\n';
    if (report.totalWon > 0)
        out << Cli::tr("  total amount %1 won").arg(locale.toString(report.totalWon)) << '\n';
    for (const QString &note : report.notes)
        out << QStringLiteral("  ") << note << '\n';
    for (const RejectedRow &row : report.rejected)
        out << report.file << QStringLiteral(": ") << row.toString() << '\n';
    if (report.rejected.size() < report.rejectedCount)
        out << Cli::tr("%1: and %2 more rejected rows")
                   .arg(report.file)
                   .arg(report.rejectedCount - report.rejected.size())
            << '\n';
    out.flush();
}

int ImportCommand::run(const CliContext &context, const ImportRequest &request)
{
    if (request.file.isEmpty()) {
        context.err << Cli::tr("import: name the file to import") << Qt::endl;
        return ExitUsage;
    }
    QString format = request.format;
    if (format.isEmpty())
        format = request.file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? QStringLiteral("json")
                                                                                    : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        context.err << Cli::tr("import: unknown format \"%1\" (known: csv, json)").arg(format) << Qt::endl;
        return ExitUsage;
    }
    const bool csv = format == QLatin1String("csv");
    if (!csv && (!request.mapping.isEmpty() || !request.level.isEmpty() || !request.existing.isEmpty() ||
                 !request.encoding.isEmpty())) {
        context.err << Cli::tr("import: --mapping, --level, --existing and --encoding apply to CSV files only")
                    << Qt::endl;
        return ExitUsage;
    }

    ImportMapping mapping;
    if (csv) {
        if (request.mapping.isEmpty()) {
            context.err << Cli::tr("import: a CSV file needs --mapping: a mapping file or one of %1")
                               .arg(ImportMapping::builtinNames().join(QStringLiteral(", ")))
                        << Qt::endl;
            return ExitUsage;
        }
        int exitCode = ExitOk;
        if (!loadMapping(context, request.mapping, &mapping, &exitCode))
            return exitCode;
        if (!request.level.isEmpty()) {
            if (mapping.target != ImportMapping::Target::Regions ||
                (request.level != QLatin1String("top") && request.level != QLatin1String("all"))) {
                context.err << Cli::tr("import: --level is top or all, for mappings of regions") << Qt::endl;
                return ExitUsage;
            }
            mapping.levels = request.level == QLatin1String("all") ? ImportMapping::RegionLevels::All
                                                                   : ImportMapping::RegionLevels::Top;
        }
        if (!request.existing.isEmpty()) {
            if (request.existing != QLatin1String("update") && request.existing != QLatin1String("skip")) {
                context.err << Cli::tr("import: --existing is update or skip") << Qt::endl;
                return ExitUsage;
            }
            mapping.existing = request.existing == QLatin1String("skip") ? ImportMapping::Existing::Skip
                                                                         : ImportMapping::Existing::Update;
        }
        if (!request.encoding.isEmpty() && !TextEncodings::parse(request.encoding, &mapping.csv.encoding)) {
            context.err << Cli::tr("import: unknown encoding \"%1\" (known: auto, utf-8, utf-16le, utf-16be, cp949)")
                               .arg(request.encoding)
                        << Qt::endl;
            return ExitUsage;
        }
    }
    if (!QFileInfo(request.file).isFile()) {
        context.err << Cli::tr("%1: no such file").arg(request.file) << Qt::endl;
        return ExitProblems;
    }

    Database database;
    if (!UserDatabase::open(database, context.databasePath)) {
        context.err << database.errorString() << Qt::endl;
        return ExitDatabase;
    }
    if (!request.dryRun && !BackupCommand::beforeImport(context, database))
        return ExitIo;
    ImportReport report;
    if (csv) {
        CsvImporter importer(database.connection(), mapping);
#ifdef Q_OS_UNIX
        // Progress on a terminal only: scripts and logs get the report alone.
        if (isatty(fileno(stderr))) {
            importer.setProgress([&context](qint64 done, qint64 total) {
                context.err << '\r' << Cli::tr("%1 of %2 lines read").arg(done).arg(total) << Qt::flush;
                if (done >= total)
                    context.err << '\r' << QString(40, u' ') << '\r' << Qt::flush;
                return true;
            });
        }
#endif
        report = request.dryRun ? importer.check(request.file) : importer.run(request.file);
    } else {
        JsonDatasetImporter importer(database.connection());
        report = request.dryRun ? importer.check(request.file) : importer.run(request.file);
    }
    printReport(context, report);

    if (!report.fatalError.isEmpty()) {
        context.err << report.file << QStringLiteral(": ") << report.fatalError << Qt::endl;
        context.err << Cli::tr("Nothing was imported.") << Qt::endl;
        return ExitProblems;
    }
    if (report.rejectedCount > 0) {
        context.err << Cli::tr("%n row(s) rejected: nothing was imported.", nullptr, int(report.rejectedCount))
                    << Qt::endl;
        return ExitProblems;
    }
    if (request.dryRun)
        context.err << Cli::tr("Dry run: nothing was written.") << Qt::endl;
    else if (report.written)
        context.err << Cli::tr("Imported into %1.").arg(context.databasePath) << Qt::endl;
    return ExitOk;
}

} // namespace innoatlas
