// innoatlas-cli: the command-line companion of InnoAtlas, for scripts and for checking data files.
// It links innoatlas_core, and innoatlas_ui for the PDF report only.

#include "BackupCommand.h"
#include "CheckCommand.h"
#include "CliContext.h"
#include "CopyCommand.h"
#include "CsvExportCommand.h"
#include "ExportCommand.h"
#include "GenerateCommand.h"
#include "ImportCommand.h"
#include "ReportCommand.h"
#include "SummaryCommand.h"
#include "ValidateCommand.h"
#include "XliffCommand.h"
#include "i18n/Translations.h"
#include "importers/ImportMapping.h"
#include "store/UserDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

using namespace innoatlas;

namespace {
QString commandsHelp()
{
    return Cli::tr("Commands:\n"
                   "  summary [--lang ko|en]           cities, plans, periods and headline budgets\n"
                   "  export --format json [-o FILE]   the whole dataset in the canonical JSON format\n"
                   "  validate FILE...                 check dataset JSON files; exit 0 only when clean\n"
                   "  import --format csv|json [--mapping NAME|FILE] [--level top|all] FILE\n"
                   "                                   import a CSV table through a mapping, or a dataset\n"
                   "                                   JSON file, all or nothing; exit 1 when refused") +
           QLatin1Char('\n') +
           Cli::tr("  check [--city KEY|--plan KEY]    bilingual checks of the content; exit 1 on an error\n"
                   "  export --format xliff [--city KEY|--plan KEY|--status S] [--source ko|en] [-o FILE]\n"
                   "                                   fields to translate, as XLIFF 1.2 for CAT tools\n"
                   "  import --format xliff [--dry-run] FILE\n"
                   "                                   apply a translated XLIFF 1.2 or 2.0 file, all or nothing") +
           QLatin1Char('\n') +
           Cli::tr("  export --format csv --table budget-lines|plans|targets|regions\n"
                   "         [--encoding utf-8|utf-8-bom|cp949] [-o FILE]\n"
                   "                                   one table as CSV for spreadsheets; exit 1 when a\n"
                   "                                   character cannot be encoded") +
           QLatin1Char('\n') +
           Cli::tr("  report --city CITY [--plan PLAN] --lang ko|en|both -o FILE.pdf\n"
                   "                                   a PDF report of a city (code or name in either\n"
                   "                                   language) or one of its plans") +
           QLatin1Char('\n') + CopyCommand::help() + QLatin1Char('\n') +
           Cli::tr("  backup                           back the database up into the backups folder beside it\n"
                   "  backups                          list the backups of the database, newest first\n"
                   "  restore BACKUP                   replace the database with a backup, all or nothing\n"
                   "                                   (the current file is backed up first)") +
           QLatin1Char('\n') +
           Cli::tr("  generate [--regions N] [--initiatives N] [--budget-lines N] [--events N] [--seed N]\n"
                   "           [--csv FILE] -o FILE    a deterministic national-scale database for benchmarks");
}
} // namespace

int main(int argc, char *argv[])
{
    // Only the report draws (fonts, painting): the other commands keep to a QCoreApplication.
    const std::unique_ptr<QCoreApplication> app = ReportCommand::isRequested(argc, argv)
                                                      ? ReportCommand::createApplication(argc, argv)
                                                      : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("InnoAtlas"));
    QCoreApplication::setApplicationName(QStringLiteral("innoatlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INNOATLAS_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    // The message language follows --lang when given, the system otherwise; look ahead for it
    // so that --help is already translated.
    const QStringList arguments = QCoreApplication::arguments();
    QString language = Translations::systemLanguage();
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            language = arguments.at(i).mid(7);
    }
    if (language == QLatin1String("ko") || language == QLatin1String("en"))
        Translations::install(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("InnoAtlas command-line companion: the innovation plans of Korean "
                                             "cities, in Korean and English.") +
                                     QStringLiteral("\n\n") + commandsHelp());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        Cli::tr("The database file (created from the built-in dataset when it does not exist)."), Cli::tr("FILE"),
        UserDatabase::defaultPath());
    const QCommandLineOption langOption(QStringLiteral("lang"), Cli::tr("Language of the output: ko or en."),
                                        Cli::tr("LANG"), language);
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          Cli::tr("Format: json (export, import) or csv (import)."), Cli::tr("FORMAT"),
                                          QStringLiteral("json"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Cli::tr("Write to FILE instead of standard output."), Cli::tr("FILE"));
    const QCommandLineOption mappingOption(
        QStringLiteral("mapping"),
        Cli::tr("import: how the CSV columns become data: a mapping file or a built-in mapping (%1).")
            .arg(ImportMapping::builtinNames().join(QStringLiteral(", "))),
        Cli::tr("NAME|FILE"));
    const QCommandLineOption levelOption(QStringLiteral("level"),
                                         Cli::tr("import of regions: top (provinces and metropolitan cities) or all."),
                                         Cli::tr("LEVEL"));
    const QCommandLineOption existingOption(QStringLiteral("existing"),
                                            Cli::tr("import: update or skip the regions that exist already."),
                                            Cli::tr("update|skip"));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"),
        Cli::tr("The CSV file's encoding: for import auto, utf-8, utf-16le, utf-16be or cp949; for export utf-8, "
                "utf-8-bom or cp949."),
        Cli::tr("ENCODING"));
    const QCommandLineOption tableOption(
        QStringLiteral("table"), Cli::tr("export --format csv: the table (budget-lines, plans, targets, regions)."),
        Cli::tr("TABLE"));
    parser.addOptions({databaseOption, langOption, formatOption, outputOption, mappingOption, levelOption,
                       existingOption, encodingOption, tableOption});
    parser.addOptions(XliffCommand::options()); // also --dry-run, shared by every import
    parser.addOptions(CopyCommand::options());
    parser.addOptions(GenerateCommand::options());
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Cli::tr("summary, export, validate, import, check, report, copy, backup, backups, "
                                         "restore or generate"));
    parser.addPositionalArgument(QStringLiteral("files"), Cli::tr("Files to validate."), Cli::tr("[FILE...]"));

    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }

    const QString contentLanguage = parser.value(langOption);
    const bool report = parser.positionalArguments().value(0) == QLatin1String("report");
    if (!report && contentLanguage != QLatin1String("ko") && contentLanguage != QLatin1String("en")) {
        err << Cli::tr("--lang must be ko or en, not \"%1\"").arg(contentLanguage) << Qt::endl;
        return ExitUsage;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << Cli::tr("No command given.") << '\n' << commandsHelp() << Qt::endl;
        return ExitUsage;
    }
    const QString command = positional.takeFirst();
    const CliContext context{out, err, parser.value(databaseOption), contentLanguage};

    if (report && positional.isEmpty()) {
        ReportRequest request;
        request.city = parser.value(QStringLiteral("city"));
        request.plan = parser.value(QStringLiteral("plan"));
        request.languages = parser.isSet(langOption) ? contentLanguage : QStringLiteral("both");
        request.output = parser.value(outputOption);
        return ReportCommand::run(context, request);
    }
    if (command == QLatin1String("copy"))
        return CopyCommand::run(context, parser, positional);
    if (command == QLatin1String("summary") && positional.isEmpty())
        return SummaryCommand::run(context);
    if (command == QLatin1String("backup") && positional.isEmpty())
        return BackupCommand::backup(context);
    if (command == QLatin1String("backups") && positional.isEmpty())
        return BackupCommand::list(context);
    if (command == QLatin1String("restore"))
        return BackupCommand::restore(context, positional);
    const bool xliff = parser.value(formatOption) == QLatin1String("xliff");
    if (command == QLatin1String("export") && positional.isEmpty() && xliff)
        return XliffCommand::exportFile(context, parser, parser.value(outputOption));
    if (command == QLatin1String("export") && positional.isEmpty() &&
        parser.value(formatOption) == QLatin1String("csv"))
        return CsvExportCommand::run(context, parser.value(tableOption), parser.value(encodingOption),
                                     parser.value(outputOption));
    if (command == QLatin1String("import") && xliff)
        return XliffCommand::importFile(context, parser, positional);
    if (command == QLatin1String("export") && positional.isEmpty())
        return ExportCommand::run(context, parser.value(formatOption), parser.value(outputOption));
    if (command == QLatin1String("generate") && positional.isEmpty())
        return GenerateCommand::run(context, parser, parser.value(outputOption));
    if (command == QLatin1String("validate"))
        return ValidateCommand::run(context, positional);
    if (command == QLatin1String("check") && positional.isEmpty())
        return CheckCommand::run(context, parser);
    if (command == QLatin1String("import") && positional.size() <= 1) {
        ImportRequest request;
        request.format = parser.isSet(formatOption) ? parser.value(formatOption) : QString();
        request.mapping = parser.value(mappingOption);
        request.level = parser.value(levelOption);
        request.existing = parser.value(existingOption);
        request.encoding = parser.value(encodingOption);
        request.dryRun = parser.isSet(QStringLiteral("dry-run"));
        request.file = positional.value(0);
        return ImportCommand::run(context, request);
    }

    err << Cli::tr("Unknown command or extra arguments: %1")
               .arg(QCoreApplication::arguments().mid(1).join(QLatin1Char(' ')))
        << '\n'
        << commandsHelp() << Qt::endl;
    return ExitUsage;
}
