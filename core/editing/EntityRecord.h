#pragma once

#include "editing/KindSpec.h"
#include "model/LocalizedText.h"

#include <QList>
#include <QMap>
#include <QVariantMap>

namespace innoatlas {

/**
 * One entity as the editor reads and writes it: its own table's columns, its bilingual texts and
 * its links. A NULL column is a null QVariant. Money columns hold qint64 won (or the text a user
 * typed, which the editor parses with MoneyParser); a date column holds "YYYY[-MM[-DD]]" and its
 * precision column "day", "month", "year" or "approximate".
 */
struct EntityRecord
{
    QString kind;
    QString key;
    qint64 id = 0;
    /** entity.row_version when the record was read; an update is refused when it has moved on. */
    int rowVersion = 0;
    QVariantMap values;
    QMap<QString, LocalizedText> texts;
    QMap<LinkKind, QList<qint64>> links;
};

} // namespace innoatlas
