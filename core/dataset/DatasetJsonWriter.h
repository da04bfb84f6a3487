#pragma once

#include "model/Dataset.h"

#include <QByteArray>
#include <QJsonObject>

namespace innoatlas {

/** Writes a Dataset as a document of the InnoAtlas dataset format (docs/DATA_FORMAT.md). */
class DatasetJsonWriter
{
public:
    static QJsonObject toJson(const Dataset &dataset);
    static QByteArray toBytes(const Dataset &dataset);
};

} // namespace innoatlas
