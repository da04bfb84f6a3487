#pragma once

// A small generated national-style database for the tests that need many plans, lines and finds,
// and every key of a navigator tree as the user could open it.

#include "benchdata/NationalGenerator.h"
#include "common/ItemRoles.h"
#include "models/NavigatorModel.h"
#include "store/Database.h"

#include <QTemporaryDir>

namespace innoatlas::testing {

/** The options of a small nation: so many regions, plan elements, budget lines and events, from @p seed. */
inline GeneratorOptions smallNation(int regions, int initiatives, qint64 budgetLines, int events, quint64 seed = 1)
{
    GeneratorOptions options;
    options.regions = regions;
    options.initiatives = initiatives;
    options.budgetLines = budgetLines;
    options.events = events;
    options.seed = seed;
    return options;
}

/** Writes a database made with @p options in @p dir and opens it read-only; the error, or nothing. */
inline QString openGenerated(const QTemporaryDir &dir, const GeneratorOptions &options, Database &database)
{
    const QString path = dir.filePath(QStringLiteral("generated.sqlite"));
    NationalGenerator generator(options);
    if (!generator.write(path))
        return generator.error();
    if (!database.open(path, Database::Mode::ReadOnly))
        return database.errorString();
    return QString();
}

/** Every key of the tree in display order, opening every plan and folder and listing every region. */
inline QStringList allKeys(NavigatorModel &model, const QModelIndex &parent = {})
{
    QStringList keys;
    while (!parent.isValid() && model.hasMoreGroups())
        model.fetchMoreGroups();
    if (model.canFetchMore(parent))
        model.fetchMore(parent);
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const QString key = index.data(KeyRole).toString();
        if (!key.isEmpty())
            keys << key;
        keys << allKeys(model, index);
    }
    return keys;
}

} // namespace innoatlas::testing
