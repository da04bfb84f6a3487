#pragma once

#include <QString>
#include <QVector>

namespace innoatlas {

/** One metropolitan or provincial government (시도) of Korea. */
struct Government
{
    QString code;  ///< 10-digit legal-dong code
    QString ko;    ///< official Korean name
    QString en;    ///< official English name (stored as a draft: nobody has reviewed it here)
    QString slug;  ///< for keys: region.<slug>
    QString level; ///< special-city, metropolitan-city, ...
};

/**
 * The 17 metropolitan and provincial governments (시도) as the legal-dong code list of 2020
 * names them, with their official English names, plus the names some tables use for them
 * (KOSIS's 2010 census still says 제주도; 강원특별자치도 and 전북특별자치도 are the names since
 * 2023 and 2024, under new codes).
 */
class KoreanGovernments
{
public:
    /** The 17 of the 2020 code list. */
    static const QVector<Government> &all();
    /** By official name (the 17 and the later ones) or by one of the other names; nullptr when unknown. */
    static const Government *byName(const QString &name);
    static const Government *byCode(const QString &code);

    /** The level a Korean administrative name implies from its ending: 특별시, 광역시, 도, 시, 군, 구 ... */
    static QString levelFromName(const QString &name);
};

} // namespace innoatlas
