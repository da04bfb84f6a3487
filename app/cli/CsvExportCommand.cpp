#include "CsvExportCommand.h"

#include "exporters/CsvWriter.h"
#include "exporters/DatasetTables.h"
#include "store/DatasetStore.h"
#include "store/StoreError.h"
#include "store/UserDatabase.h"

#include <QFile>

namespace innoatlas {

int CsvExportCommand::run(const CliContext &context, const QString &table, const QString &encoding,
                          const QString &outputPath)
{
    const QString tables = DatasetTables::names().join(QStringLiteral(", "));
    if (table.isEmpty()) {
        context.err << Cli::tr("export --format csv: --table is required (%1)").arg(tables) << Qt::endl;
        return ExitUsage;
    }
    if (!DatasetTables::names().contains(table)) {
        context.err << Cli::tr("export: unknown table \"%1\" (known: %2)").arg(table, tables) << Qt::endl;
        return ExitUsage;
    }
    CsvEncoding csvEncoding = CsvEncoding::Utf8;
    if (!encoding.isEmpty() && !CsvEncodings::parse(encoding, &csvEncoding)) {
        context.err << Cli::tr("export: unknown encoding \"%1\" (known: utf-8, utf-8-bom, cp949)").arg(encoding)
                    << Qt::endl;
        return ExitUsage;
    }

    Database database;
    if (!UserDatabase::open(database, context.databasePath)) {
        context.err << database.errorString() << Qt::endl;
        return ExitDatabase;
    }
    CsvTable csv;
    try {
        DatasetTables::build(DatasetStore(database.connection()).load(), table, &csv);
    } catch (const StoreError &e) {
        context.err << context.databasePath << ": " << e.message() << Qt::endl;
        return ExitDatabase;
    }

    CsvWriter writer(csvEncoding);
    bool written = false;
    if (outputPath.isEmpty() || outputPath == QLatin1String("-")) {
        context.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            context.err << Cli::tr("export: cannot write to standard output") << Qt::endl;
            return ExitIo;
        }
        written = writer.writeDevice(csv, &out, Cli::tr("standard output"));
        if (written && !out.flush()) { // the bytes reach the pipe or file only now
            context.err << Cli::tr("%1: cannot write: %2").arg(Cli::tr("standard output"), out.errorString())
                        << Qt::endl;
            return ExitIo;
        }
    } else {
        written = writer.writeFile(csv, outputPath);
    }
    if (written)
        return ExitOk;
    context.err << writer.error().message << Qt::endl;
    return writer.error().kind == CsvWriteError::Kind::Unencodable ? ExitProblems : ExitIo;
}

} // namespace innoatlas
