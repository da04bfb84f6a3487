// libFuzzer target: CsvReader (encoding, delimiter and header detection, quoting) on arbitrary bytes.

#include "importers/CsvReader.h"

#include <QBuffer>

#include <cstdint>

using namespace innoatlas;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvOptions options;
    options.maxRecordLength = 64 * 1024; // keeps each run short; the limit itself is tested elsewhere
    CsvReader reader(&buffer, options);
    if (!reader.open())
        return 0;
    CsvRecord record;
    while (reader.readNext(&record)) {
    }
    return 0;
}
