#pragma once

#include "benchdata/SeededRandom.h"

#include <QString>
#include <QVector>

namespace innoatlas {

/** A Korean text and its English counterpart. */
struct BilingualName
{
    QString ko;
    QString en;
};

/**
 * Plausible Korean and English names for generated data: the 17 metropolitan governments, cities,
 * counties and districts (among them one- and two-syllable stems such as 중구 and 대전), themes,
 * plan titles, initiatives, events and the organisations that take part in them. Everything is drawn from a
 * SeededRandom, so it repeats.
 */
class GeneratedNames
{
public:
    /** The 17 metropolitan cities and provinces, in their order of the legal codes. */
    static const QVector<BilingualName> &metropolitan();
    static const QVector<BilingualName> &themes();
    /** Level of the @p index-th metropolitan government (schema's region.level). */
    static QString metropolitanLevel(int index);

    /** A basic local government under a metropolitan one: a district of a metropolitan city, a city or a county. */
    static BilingualName basicGovernment(SeededRandom &random, bool district, bool county);
    /** The name a region goes by in titles: 대전광역시 → 대전, "Daejeon Metropolitan City" → Daejeon. */
    static BilingualName shortName(const BilingualName &region);

    static BilingualName planTitle(SeededRandom &random, const BilingualName &region, const BilingualName &theme,
                                   int year);
    /** An initiative of a plan at a depth of the hierarchy (0 goal, 1 strategy, 2 task). */
    static BilingualName initiative(SeededRandom &random, int depth);
    static BilingualName eventTitle(SeededRandom &random, const BilingualName &region, int kind);
    /** Event kinds of the schema, in the order eventTitle() takes them. */
    static const QStringList &eventKinds();
    /** How many organisations each region has: organisation() and organisationKind() take 0 … this − 1. */
    static int organisationsPerRegion();
    /** The @p index-th organisation of a region, named as such bodies are: 대전테크노파크, 충남대학교, 포항연구원 … */
    static BilingualName organisation(const BilingualName &region, int index);
    /** The schema's organisation.kind of the @p index-th organisation of a region. */
    static QString organisationKind(int index);
    /** Ministries, for the 소관명 column of budget CSV files. */
    static const QStringList &ministries();
};

} // namespace innoatlas
