#pragma once

#include "model/LocalizedText.h"
#include "model/PartialDate.h"

#include <QVector>

namespace innoatlas {

/** One verbatim quote with the source it was taken from: what a reader needs to check a figure. */
struct Evidence
{
    QString quoteKey;
    QString quote;             ///< verbatim, in the source's language
    LocalizedText translation; ///< for readers of the other language; may be empty
    QString sourceKey;
    QString sourceKind;
    QString sourceLanguage; ///< "ko" or "en"
    LocalizedText publisher;
    LocalizedText sourceTitle;
    PartialDate published;
    QString seedFile;
    QString url;
};

/** The evidence behind one figure of an entity, and the correction a curator made to it. */
struct FigureEvidence
{
    QString field;
    bool corrected = false;
    QString printed;    ///< the source's wording, when corrected
    LocalizedText note; ///< the curator's explanation, when corrected
    QVector<Evidence> quotes;
};

} // namespace innoatlas
