#include "importers/CsvImporter.h"

#include "charts/BudgetPieceTable.h"
#include "importers/ImportPragmas.h"
#include "importers/ImportWriter.h"
#include "importers/RegionIndex.h"
#include "importers/RowConverter.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QFile>

#include <optional>

namespace innoatlas {

namespace {
constexpr qint64 progressEvery = 1000;

/** The mapping's name as a key part: lowercase ASCII letters, digits and '-'. */
QString keyPart(const QString &name)
{
    QString part;
    for (QChar c : name.toLower()) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (plain)
            part += c;
        else if (!part.endsWith(u'-'))
            part += u'-';
    }
    while (part.startsWith(u'-'))
        part.remove(0, 1);
    part = part.left(40);
    while (part.endsWith(u'-'))
        part.chop(1);
    return part.isEmpty() ? QStringLiteral("csv") : part;
}
} // namespace

CsvImporter::CsvImporter(QSqlDatabase database, ImportMapping mapping)
    : m_database(std::move(database)), m_mapping(std::move(mapping))
{
}

ImportReport CsvImporter::run(const QString &path)
{
    return import(path, true);
}

ImportReport CsvImporter::check(const QString &path)
{
    return import(path, false);
}

bool CsvImporter::cancelled(qint64 done, qint64 total)
{
    if (m_cancel && m_cancel->load())
        return true;
    return m_progress && !m_progress(done, total);
}

ImportReport CsvImporter::import(const QString &path, bool write)
{
    ImportReport report;
    report.file = path;
    m_batch = ImportBatch();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.fatalError = tr("cannot open the file: %1").arg(file.errorString());
        return report;
    }

    // A first pass counts the lines for the progress bar and fingerprints file and mapping: the
    // import's source and quote keys carry the fingerprint, so importing the same file with the
    // same mapping again finds its own source instead of adding another.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(m_mapping.toJson());
    qint64 lines = 0;
    char last = '\n';
    for (;;) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty())
            break;
        hash.addData(chunk);
        lines += chunk.count('\n');
        last = chunk.back();
    }
    lines += last == '\n' ? 0 : 1;
    if (!file.seek(0)) {
        report.fatalError = tr("cannot read the file: %1").arg(file.errorString());
        return report;
    }
    const QString tag = keyPart(m_mapping.name) + u'.' + QString::fromLatin1(hash.result().toHex().left(8));

    RegionIndex regions;
    ImportContext context;
    try {
        regions.load(m_database);
        context =
            ImportContext{&m_mapping, &report, &regions, tag, regions.keyInUse(QStringLiteral("src.import.") + tag)};
    } catch (const StoreError &e) {
        report.fatalError = tr("cannot read the database: %1").arg(e.message());
        return report;
    }

    CsvReader reader(&file, m_mapping.csv);
    if (!reader.open()) {
        report.fatalError = reader.error().toString();
        return report;
    }
    report.encoding = reader.encoding();
    report.byteOrderMark = reader.hadByteOrderMark();
    report.delimiter = reader.delimiter();
    report.headerLine = reader.header().line;

    const std::unique_ptr<RowConverter> converter = RowConverter::create(context);
    if (!converter->begin(reader))
        return report;
    // A run() writes while it reads where the converter can (budget lines: a million rows never sit in
    // memory), inside one transaction that is committed only when every row was accepted.
    // Declared before the transaction: the settings are put back after it has ended.
    std::optional<ImportPragmas> pragmas;
    std::optional<Transaction> transaction;
    bool streamed = false;
    CsvRecord record;
    qint64 records = 0;
    try {
        if (write) {
            pragmas.emplace(m_database);
            transaction.emplace(m_database);
            streamed = converter->startWriting(m_database, *transaction);
            if (!streamed)
                transaction.reset();
        }
        while (reader.readNext(&record)) {
            converter->convert(record);
            if (++records % progressEvery == 0 && cancelled(record.line, lines)) {
                report.cancelled = true;
                return report;
            }
        }
    } catch (const StoreError &e) {
        report.fatalError = tr("the database refused the import, nothing was written: %1").arg(e.message());
        return report;
    }
    if (reader.hasError()) {
        report.fatalError = reader.error().toString();
        return report;
    }
    // A header alone would still record the file as a source (and a budget's plan): refuse it.
    if (records == 0) {
        report.fatalError = tr("no rows after the header on line %1: nothing was imported").arg(report.headerLine);
        return report;
    }
    if (cancelled(lines, lines)) {
        report.cancelled = true;
        return report;
    }
    m_batch = converter->finish();
    if (!write || report.hasProblems())
        return report;
    try {
        if (streamed) {
            converter->finishWriting();
            // The chart pieces of the plan just written go with it: fresh once committed, unchanged if not.
            BudgetPieceTable::refreshWithin(m_database, *transaction);
            transaction->commit();
        } else {
            ImportWriter(m_database).write(m_batch);
        }
        report.written = true;
    } catch (const StoreError &e) {
        report.fatalError = tr("the database refused the import, nothing was written: %1").arg(e.message());
    }
    return report;
}

} // namespace innoatlas
