#pragma once

#include "model/LocalizedText.h"
#include "model/PartialDate.h"

#include <QSqlDatabase>
#include <QVector>

namespace innoatlas {

/** One source document of the database, as the About dialog lists it. */
struct SourceEntry
{
    QString key;
    QString kind;
    LocalizedText publisher;
    LocalizedText title;
    PartialDate published;
    QString language;
    QString seedFile;
    QString url;
    int quotes = 0;
};

/** Lists the sources a database's figures are taken from, in dataset order. */
class SourceCatalogue
{
public:
    static QVector<SourceEntry> query(const QSqlDatabase &database);
};

} // namespace innoatlas
