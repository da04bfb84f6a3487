// libFuzzer target: an XLIFF file read and matched against the built-in dataset (a dry run of the
// import: every check, no write).

#include "FuzzSupport.h"
#include "review/XliffImporter.h"
#include "review/XliffReader.h"

#include <cstdint>

using namespace innoatlas;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startApplication(argc, argv);
    fuzz::builtinDatabase();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    XliffDocument document;
    QString error;
    if (!XliffReader::read(bytes, QStringLiteral("fuzz.xlf"), &document, &error))
        return 0;
    XliffImporter importer(fuzz::builtinDatabase().connection(), QStringLiteral("fuzz"));
    importer.importDocument(document, QStringLiteral("fuzz"), true);
    return 0;
}
