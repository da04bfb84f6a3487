#include "ExportCommand.h"

#include "dataset/DatasetJsonWriter.h"
#include "store/DatasetStore.h"
#include "store/StoreError.h"
#include "store/UserDatabase.h"

#include <QFile>
#include <QSaveFile>

namespace innoatlas {

int ExportCommand::run(const CliContext &context, const QString &format, const QString &outputPath)
{
    if (format != QLatin1String("json")) {
        context.err << Cli::tr("export: unknown format \"%1\" (known: json)").arg(format) << Qt::endl;
        return ExitUsage;
    }
    Database database;
    if (!UserDatabase::open(database, context.databasePath)) {
        context.err << database.errorString() << Qt::endl;
        return ExitDatabase;
    }
    QByteArray bytes;
    try {
        bytes = DatasetJsonWriter::toBytes(DatasetStore(database.connection()).load());
    } catch (const StoreError &e) {
        context.err << context.databasePath << ": " << e.message() << Qt::endl;
        return ExitDatabase;
    }

    if (outputPath.isEmpty() || outputPath == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            context.err << Cli::tr("export: cannot write to standard output") << Qt::endl;
            return ExitIo;
        }
        return ExitOk;
    }
    // The file appears complete or not at all: QSaveFile writes beside it and renames on commit.
    QSaveFile file(outputPath);
    // Unbuffered: the bytes go out in one write whose failure carries the system's reason
    // ("No space left on device"); a buffered flush in commit() reports only "Unknown error".
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        context.err << Cli::tr("%1: cannot write: %2").arg(outputPath, file.errorString()) << Qt::endl;
        return ExitIo;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        context.err << Cli::tr("%1: cannot write: %2").arg(outputPath, file.errorString()) << Qt::endl;
        return ExitIo;
    }
    return ExitOk;
}

} // namespace innoatlas
