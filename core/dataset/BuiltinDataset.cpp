#include "dataset/BuiltinDataset.h"

#include "dataset/DatasetJsonReader.h"

namespace innoatlas {

QStringList BuiltinDataset::files()
{
    const QString prefix = QStringLiteral(":/innoatlas/dataset/");
    return {prefix + QStringLiteral("common.json"),           prefix + QStringLiteral("daejeon-space-2023.json"),
            prefix + QStringLiteral("daejeon-gia-2024.json"), prefix + QStringLiteral("daejeon-smart-city-2022.json"),
            prefix + QStringLiteral("gwangju-ai-2020.json"),  prefix + QStringLiteral("busan-digital-2030.json")};
}

bool BuiltinDataset::read(Dataset *dataset, QVector<DatasetIssue> *issues)
{
    DatasetJsonReader reader;
    for (const QString &file : files())
        reader.readFile(file);
    const bool ok = reader.finish();
    *issues = reader.issues();
    if (ok)
        *dataset = reader.dataset();
    return ok;
}

} // namespace innoatlas
