#pragma once

#include "model/LocalizedText.h"
#include "model/PartialDate.h"

#include <QVector>

namespace innoatlas {

/** A verbatim passage of a source, never edited. */
struct Quote
{
    QString key;
    QString text;
    LocalizedText translation;

    bool operator==(const Quote &o) const { return key == o.key && text == o.text && translation == o.translation; }
};

/** A document figures are taken from: an article, a press release, a statistics table. */
struct Source
{
    QString key;
    QString kind;
    LocalizedText publisher;
    LocalizedText title;
    PartialDate published;
    QString language; ///< "ko" or "en": the language the quotes are in
    QString seedFile;
    QString url;
    QVector<Quote> quotes;

    bool operator==(const Source &o) const
    {
        return key == o.key && kind == o.kind && publisher == o.publisher && title == o.title &&
               published == o.published && language == o.language && seedFile == o.seedFile && url == o.url &&
               quotes == o.quotes;
    }
};

} // namespace innoatlas
