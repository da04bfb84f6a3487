#include "ReportCommand.h"

#include "report/ReportWriter.h"
#include "store/Database.h"
#include "store/DatasetStore.h"
#include "store/StoreError.h"
#include "store/UserDatabase.h"

#include <QApplication>
#include <QDate>
#include <QFileInfo>

namespace innoatlas {

bool ReportCommand::isRequested(int argc, char *argv[])
{
    // The options of innoatlas-cli that take a value: their value is not the command.
    static const QByteArrayList withValue = {"--database", "--lang",  "--format",   "-o",         "--output",
                                             "--mapping",  "--level", "--existing", "--encoding", "--table",
                                             "--city",     "--plan",  "--status",   "--source",   "--user"};
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "report")
            return true;
        if (withValue.contains(argument))
            ++i;
        else if (!argument.startsWith('-'))
            return false; // another command
    }
    return false;
}

std::unique_ptr<QCoreApplication> ReportCommand::createApplication(int &argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

int ReportCommand::run(const CliContext &context, const ReportRequest &request)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        context.err << Cli::tr("report: give the command before the file names") << Qt::endl;
        return ExitUsage;
    }
    ReportWriter::Languages languages;
    if (!ReportWriter::parseLanguages(request.languages, &languages)) {
        context.err << Cli::tr("report: --lang is ko, en or both, not \"%1\"").arg(request.languages) << Qt::endl;
        return ExitUsage;
    }
    if (request.city.isEmpty()) {
        context.err << Cli::tr("report: name the city with --city (its code or its name in Korean or English)")
                    << Qt::endl;
        return ExitUsage;
    }
    if (request.output.isEmpty() || !request.output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        context.err << Cli::tr("report: give the PDF file to write with -o FILE.pdf") << Qt::endl;
        return ExitUsage;
    }
    Database database;
    if (!UserDatabase::open(database, context.databasePath)) {
        context.err << database.errorString() << Qt::endl;
        return ExitDatabase;
    }
    // The cities and plans by name to find the subject, then that city's own data: a national database is not read
    // whole for one city's report.
    QString error;
    ReportSubject subject;
    Dataset dataset;
    try {
        const DatasetStore store(database.connection());
        if (!ReportSubject::resolve(store.loadRegion(QString()), request.city, request.plan, &subject, &error)) {
            context.err << Cli::tr("report: %1").arg(error) << Qt::endl;
            return ExitUsage;
        }
        dataset = store.loadRegion(subject.regionKey);
    } catch (const StoreError &e) {
        context.err << e.message() << Qt::endl;
        return ExitDatabase;
    }
    ReportHtml::Info info;
    info.date = QDate::currentDate();
    info.datasetVersion = Cli::tr("InnoAtlas %1, schema %2, %3")
                              .arg(QStringLiteral(INNOATLAS_VERSION))
                              .arg(database.schemaVersion())
                              .arg(QFileInfo(database.path()).fileName());
    ReportWriter writer(dataset, subject, info);
    if (!writer.write(request.output, languages, &error)) {
        context.err << error << Qt::endl;
        return ExitIo;
    }
    context.err << Cli::tr("%1: %n page(s)", nullptr, writer.pageCount()).arg(request.output) << Qt::endl;
    return ExitOk;
}

} // namespace innoatlas
