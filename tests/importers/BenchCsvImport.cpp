// Benchmark of a large CSV import (not a test): generates a budget table shaped like the
// national open fiscal data with N rows, imports it into a new database and prints the time
// per phase and the rows per second.
//
//   bench_csv_import [--rows N] [--keep] WORKDIR

#include "importers/CsvImporter.h"
#include "importers/CsvReader.h"
#include "store/UserDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace innoatlas;

namespace {
void generate(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray buffer;
    buffer += "\"2024년도 세출 세부사업 예산편성현황\"\r\n(단위: 천원)\r\n\r\n";
    buffer +=
        "회계연도,소관명,회계명,분야명,부문명,프로그램명,단위사업명,세부사업명,정부안(천원),국회확정(천원),비고\r\n";
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 amount = 1000 + (i * 7919) % 99000000;
        buffer += QStringLiteral(
                      "2024,소관부처%1,일반회계,분야%2,부문%3,프로그램%4,단위사업%5,세부사업 %6,\"%7\",\"%7\",\r\n")
                      .arg(i % 50)
                      .arg(i % 16)
                      .arg(i % 40)
                      .arg(i % 2000)
                      .arg(i % 20000)
                      .arg(i)
                      .arg(QLocale(QLocale::English).toString(amount))
                      .toUtf8();
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
}
} // namespace

int main(int argc, char *argv[])
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    qint64 rows = 1000000;
    const int rowsAt = int(args.indexOf(QStringLiteral("--rows")));
    if (rowsAt >= 0 && rowsAt + 1 < args.size()) {
        rows = args.at(rowsAt + 1).toLongLong();
        args.remove(rowsAt, 2);
    }
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: bench_csv_import [--rows N] WORKDIR\n");
        return 2;
    }
    const QString csv = args.at(0) + QStringLiteral("/bench-budget.csv");
    const QString databasePath = args.at(0) + QStringLiteral("/bench.sqlite");
    QFile::remove(databasePath);

    QElapsedTimer timer;
    timer.start();
    generate(csv, rows);
    std::printf("generated %lld rows (%lld bytes) in %.1f s\n", rows, QFile(csv).size(), timer.elapsed() / 1000.0);

    {
        timer.restart();
        const std::clock_t readStart = std::clock();
        QFile file(csv);
        file.open(QIODevice::ReadOnly);
        CsvReader reader(&file);
        reader.open();
        CsvRecord record;
        qint64 n = 0;
        while (reader.readNext(&record))
            ++n;
        const double s = timer.elapsed() / 1000.0;
        const double cpu = double(std::clock() - readStart) / CLOCKS_PER_SEC;
        std::printf("CSV read only: %lld records in %.2f s = %.0f rows/s (%.2f s CPU = %.0f rows per CPU second)\n", n,
                    s, n / s, cpu, n / cpu);
    }

    Database database;
    if (!UserDatabase::open(database, databasePath))
        qFatal("%s", qPrintable(database.errorString()));
    ImportMapping mapping;
    ImportMapping::builtin(QStringLiteral("fiscal-budget"), &mapping);
    CsvImporter importer(database.connection(), mapping);
    QElapsedTimer phase;
    qint64 readDone = 0;
    importer.setProgress([&](qint64 done, qint64 total) {
        if (done == total && readDone == 0)
            readDone = phase.elapsed();
        return true;
    });
    phase.start();
    const std::clock_t cpuStart = std::clock();
    const ImportReport report = importer.run(csv);
    const double total = phase.elapsed() / 1000.0;
    const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!report.written) {
        std::printf("not written: %s (%lld rejected)\n", qPrintable(report.fatalError), report.rejectedCount);
        return 1;
    }
    std::printf("import: %lld rows, read and checked in %.1f s, written in %.1f s, total %.1f s = %.0f rows/s\n",
                report.rowsRead, readDone / 1000.0, total - readDone / 1000.0, total, report.rowsRead / total);
    std::printf("CPU time of the import %.1f s = %.0f rows per CPU second (the machine may be shared)\n", cpu,
                report.rowsRead / cpu);
    std::printf("total amount %lld won\n", report.totalWon);
    return 0;
}
