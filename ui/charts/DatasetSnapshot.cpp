#include "charts/DatasetSnapshot.h"

#include "store/Database.h"
#include "store/DatasetStore.h"
#include "store/StoreError.h"

namespace innoatlas {

std::shared_ptr<const Dataset> DatasetSnapshot::load(Database &database, QString *error)
{
    try {
        return std::make_shared<const Dataset>(DatasetStore(database.connection()).load());
    } catch (const StoreError &e) {
        if (error)
            *error = e.message();
        return std::make_shared<const Dataset>();
    }
}

} // namespace innoatlas
