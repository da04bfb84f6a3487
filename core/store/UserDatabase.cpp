#include "store/UserDatabase.h"

#include "dataset/BuiltinDataset.h"
#include "search/SearchIndex.h"
#include "store/DatasetStore.h"
#include "store/ServerAddress.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace innoatlas {

QString UserDatabase::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("innoatlas.sqlite"));
}

bool UserDatabase::open(Database &database, const QString &path, const QString &password)
{
    if (ServerAddress::isServerAddress(path))
        return database.openServer(path, password, initialiseFromBuiltin);
    const QDir folder = QFileInfo(path).absoluteDir();
    if (!folder.exists())
        folder.mkpath(QStringLiteral("."));
    return database.openOrCreate(path, initialiseFromBuiltin);
}

bool UserDatabase::initialiseFromBuiltin(Database &db, QString *error)
{
    Dataset dataset;
    QVector<DatasetIssue> issues;
    if (!BuiltinDataset::read(&dataset, &issues)) {
        QStringList lines;
        for (const DatasetIssue &issue : issues)
            lines << issue.toString();
        *error = QStringLiteral("the built-in dataset is damaged:\n") + lines.join(QLatin1Char('\n'));
        return false;
    }
    try {
        DatasetStore(db.connection()).insert(dataset);
        // Index the texts now rather than in the user's first search.
        SearchIndex(db.connection()).sync();
    } catch (const StoreError &e) {
        *error = e.message();
        return false;
    }
    return true;
}

} // namespace innoatlas
