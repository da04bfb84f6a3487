#include "charts/DatasetSnapshot.h"

#include "store/Database.h"
#include "store/DatasetStore.h"
#include "store/ReadOnlyConnection.h"
#include "store/StoreError.h"

namespace innoatlas {

namespace {
std::shared_ptr<const Dataset> read(Database &database, DatasetStore::Scope scope, QString *error)
{
    try {
        return std::make_shared<const Dataset>(DatasetStore(database.connection()).load(scope));
    } catch (const StoreError &e) {
        if (error)
            *error = e.message();
        return std::make_shared<const Dataset>();
    }
}
} // namespace

std::shared_ptr<const Dataset> DatasetSnapshot::load(Database &database, QString *error)
{
    return read(database, DatasetStore::Scope::Everything, error);
}

std::shared_ptr<const Dataset> DatasetSnapshot::loadForTimelinesAndTargets(Database &database, QString *error)
{
    return read(database, DatasetStore::Scope::TimelinesAndTargets, error);
}

std::shared_ptr<const Dataset> DatasetSnapshot::readForTimelinesAndTargets(const QString &path)
{
    const ReadOnlyConnection reader(path);
    if (!reader.isOpen())
        return nullptr;
    try {
        return std::make_shared<const Dataset>(
            DatasetStore(reader.connection()).load(DatasetStore::Scope::TimelinesAndTargets));
    } catch (const StoreError &) {
        return nullptr;
    }
}

} // namespace innoatlas
