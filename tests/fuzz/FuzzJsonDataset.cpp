// libFuzzer target: a dataset JSON document read, checked and (when clean) inserted into a database
// with the built-in dataset, inside a transaction that is then rolled back.

#include "FuzzSupport.h"
#include "dataset/DatasetJsonReader.h"
#include "store/DatasetStore.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

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
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    DatasetJsonReader reader;
    if (!reader.read(json, QStringLiteral("fuzz.json")) || !reader.finish())
        return 0;
    try {
        Transaction transaction(fuzz::builtinDatabase().connection());
        DatasetStore(fuzz::builtinDatabase().connection()).insert(reader.dataset(), transaction);
        // not committed: the destructor rolls back, so every input meets the same database
    } catch (const StoreError &) {
        // refused by the database (a key that exists already): an expected outcome
    }
    return 0;
}
