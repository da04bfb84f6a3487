#include "XliffCommand.h"

#include "BackupCommand.h"
#include "review/ReviewText.h"
#include "review/XliffExporter.h"
#include "review/XliffImporter.h"
#include "store/StoreError.h"
#include "store/UserDatabase.h"

#include <QFile>
#include <QSaveFile>

namespace innoatlas {

namespace {
QString userFromEnvironment()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("innoatlas-cli") : user;
}

bool writeOut(const CliContext &context, const QString &outputPath, const QByteArray &bytes)
{
    if (outputPath.isEmpty() || outputPath == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            context.err << Cli::tr("export: cannot write to standard output") << Qt::endl;
            return false;
        }
        return true;
    }
    QSaveFile file(outputPath);
    // Unbuffered: the bytes go out in one write whose failure carries the system's reason
    // ("No space left on device"); a buffered flush in commit() reports only "Unknown error".
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(bytes) != bytes.size() ||
        !file.commit()) {
        context.err << Cli::tr("%1: cannot write: %2").arg(outputPath, file.errorString()) << Qt::endl;
        return false;
    }
    return true;
}

QString describe(const FieldEdit &edit)
{
    return QStringLiteral("%1 (%2): %3 → %4")
        .arg(edit.key.toString(), languageCode(edit.language), reviewStatusName(edit.oldStatus),
             reviewStatusName(edit.newStatus));
}
} // namespace

QList<QCommandLineOption> XliffCommand::options()
{
    return {
        {QStringLiteral("city"), Cli::tr("Only the content of this city or region (its key, e.g. region.daejeon)."),
         Cli::tr("KEY")},
        {QStringLiteral("plan"), Cli::tr("Only the content of this plan (its key)."), Cli::tr("KEY")},
        {QStringLiteral("status"),
         Cli::tr("Only fields whose target language is missing, draft, reviewed or approved."), Cli::tr("STATUS")},
        {QStringLiteral("source"), Cli::tr("Source language of an XLIFF export: ko (default) or en."), Cli::tr("LANG"),
         QStringLiteral("ko")},
        {QStringLiteral("dry-run"), Cli::tr("Show what an import would change, and change nothing.")},
        {QStringLiteral("user"), Cli::tr("The name recorded in the history for an import."), Cli::tr("NAME"),
         userFromEnvironment()},
    };
}

int XliffCommand::exportFile(const CliContext &context, const QCommandLineParser &parser, const QString &outputPath)
{
    const QString sourceCode = parser.value(QStringLiteral("source"));
    if (sourceCode != QLatin1String("ko") && sourceCode != QLatin1String("en")) {
        context.err << Cli::tr("--source must be ko or en, not \"%1\"").arg(sourceCode) << Qt::endl;
        return ExitUsage;
    }
    ContentFilter filter;
    filter.cityKey = parser.value(QStringLiteral("city"));
    filter.planKey = parser.value(QStringLiteral("plan"));
    if (parser.isSet(QStringLiteral("status"))) {
        ReviewStatus status = ReviewStatus::Missing;
        if (!parseReviewStatus(parser.value(QStringLiteral("status")), &status)) {
            context.err << Cli::tr("--status must be missing, draft, reviewed or approved, not \"%1\"")
                               .arg(parser.value(QStringLiteral("status")))
                        << Qt::endl;
            return ExitUsage;
        }
        filter.status = status;
    }
    Database database;
    if (!UserDatabase::open(database, context.databasePath)) {
        context.err << database.errorString() << Qt::endl;
        return ExitDatabase;
    }
    QByteArray bytes;
    int units = 0;
    try {
        const Language source = sourceCode == QLatin1String("ko") ? Language::Korean : Language::English;
        bytes = XliffExporter::toXliff(database.connection(), filter, source, &units);
    } catch (const StoreError &e) {
        context.err << Cli::tr("export: %1").arg(e.message()) << Qt::endl;
        return ExitUsage;
    }
    if (!writeOut(context, outputPath, bytes))
        return ExitIo;
    context.err << Cli::tr("%1 translation units exported").arg(units) << Qt::endl;
    return ExitOk;
}

int XliffCommand::importFile(const CliContext &context, const QCommandLineParser &parser, const QStringList &files)
{
    if (files.size() != 1) {
        context.err << Cli::tr("import: name one XLIFF file") << Qt::endl;
        return ExitUsage;
    }
    const QString path = files.first();
    Database database;
    if (!UserDatabase::open(database, context.databasePath)) {
        context.err << database.errorString() << Qt::endl;
        return ExitDatabase;
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (!dryRun && !BackupCommand::beforeImport(context, database))
        return ExitIo;
    XliffImporter importer(database.connection(), parser.value(QStringLiteral("user")));
    const XliffImportReport report = importer.importFile(path, dryRun);

    for (const XliffUnmatched &unit : report.unmatched)
        context.err << Cli::tr("%1:%2: unit \"%3\" skipped: %4").arg(path).arg(unit.line).arg(unit.unitId, unit.reason)
                    << Qt::endl;
    for (const XliffConflict &conflict : report.conflicts) {
        context.err << Cli::tr("%1:%2: unit \"%3\": its source text changed since the export")
                           .arg(path)
                           .arg(conflict.line)
                           .arg(conflict.unitId)
                    << '\n'
                    << Cli::tr("  exported: %1").arg(conflict.exportedSource) << '\n'
                    << Cli::tr("  now:      %1").arg(conflict.currentSource) << Qt::endl;
    }
    if (!report.ok) {
        context.err << report.error << Qt::endl;
        return ExitProblems;
    }
    for (const FieldEdit &edit : report.edits) {
        context.out << (dryRun ? Cli::tr("would change %1") : Cli::tr("changed %1")).arg(describe(edit)) << '\n';
        if (edit.textChanged())
            context.out << "  - " << edit.oldText << "\n  + " << edit.newText << '\n';
    }
    context.out.flush();
    const QString summary = dryRun ? Cli::tr("%1: dry run, nothing changed: %2 changes, %3 units unchanged, %4 "
                                             "skipped")
                                   : Cli::tr("%1: %2 changes applied, %3 units unchanged, %4 skipped");
    context.err << summary.arg(path).arg(report.edits.size()).arg(report.unchanged).arg(report.unmatched.size())
                << Qt::endl;
    return ExitOk;
}

} // namespace innoatlas
