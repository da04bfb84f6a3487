#pragma once

#include "dataset/DatasetIssue.h"
#include "model/Dataset.h"

namespace innoatlas {

/**
 * The curated dataset compiled into the program (the JSON documents under resources/dataset):
 * the plans of the five source articles with every figure's quotes.
 */
class BuiltinDataset
{
public:
    /** The resource paths of the documents, in load order. */
    static QStringList files();
    /** Reads and checks every document; returns false with the issues when any is wrong. */
    static bool read(Dataset *dataset, QVector<DatasetIssue> *issues);
};

} // namespace innoatlas
