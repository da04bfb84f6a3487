#pragma once

#include <QString>

namespace innoatlas {

/** An entity a form may point at: a region for a plan, a quote for a figure. */
struct EntityChoice
{
    qint64 id = 0;
    QString key;
    QString kind;
    QString nameKo;
    QString nameEn;
};

} // namespace innoatlas
