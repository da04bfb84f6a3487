#include "importers/KoreanGovernments.h"

#include <QHash>

namespace innoatlas {

namespace {
const QString special = QStringLiteral("special-city");
const QString metropolitan = QStringLiteral("metropolitan-city");
const QString selfGoverningCity = QStringLiteral("special-self-governing-city");
const QString province = QStringLiteral("province");
const QString selfGoverningProvince = QStringLiteral("special-self-governing-province");
} // namespace

const QVector<Government> &KoreanGovernments::all()
{
    static const QVector<Government> governments = {
        {QStringLiteral("1100000000"), QStringLiteral("서울특별시"), QStringLiteral("Seoul Metropolitan City"),
         QStringLiteral("seoul"), special},
        {QStringLiteral("2600000000"), QStringLiteral("부산광역시"), QStringLiteral("Busan Metropolitan City"),
         QStringLiteral("busan"), metropolitan},
        {QStringLiteral("2700000000"), QStringLiteral("대구광역시"), QStringLiteral("Daegu Metropolitan City"),
         QStringLiteral("daegu"), metropolitan},
        {QStringLiteral("2800000000"), QStringLiteral("인천광역시"), QStringLiteral("Incheon Metropolitan City"),
         QStringLiteral("incheon"), metropolitan},
        {QStringLiteral("2900000000"), QStringLiteral("광주광역시"), QStringLiteral("Gwangju Metropolitan City"),
         QStringLiteral("gwangju"), metropolitan},
        {QStringLiteral("3000000000"), QStringLiteral("대전광역시"), QStringLiteral("Daejeon Metropolitan City"),
         QStringLiteral("daejeon"), metropolitan},
        {QStringLiteral("3100000000"), QStringLiteral("울산광역시"), QStringLiteral("Ulsan Metropolitan City"),
         QStringLiteral("ulsan"), metropolitan},
        {QStringLiteral("3611000000"), QStringLiteral("세종특별자치시"),
         QStringLiteral("Sejong Special Self-Governing City"), QStringLiteral("sejong"), selfGoverningCity},
        {QStringLiteral("4100000000"), QStringLiteral("경기도"), QStringLiteral("Gyeonggi-do"),
         QStringLiteral("gyeonggi"), province},
        {QStringLiteral("4200000000"), QStringLiteral("강원도"), QStringLiteral("Gangwon-do"),
         QStringLiteral("gangwon"), province},
        {QStringLiteral("4300000000"), QStringLiteral("충청북도"), QStringLiteral("Chungcheongbuk-do"),
         QStringLiteral("chungbuk"), province},
        {QStringLiteral("4400000000"), QStringLiteral("충청남도"), QStringLiteral("Chungcheongnam-do"),
         QStringLiteral("chungnam"), province},
        {QStringLiteral("4500000000"), QStringLiteral("전라북도"), QStringLiteral("Jeollabuk-do"),
         QStringLiteral("jeonbuk"), province},
        {QStringLiteral("4600000000"), QStringLiteral("전라남도"), QStringLiteral("Jeollanam-do"),
         QStringLiteral("jeonnam"), province},
        {QStringLiteral("4700000000"), QStringLiteral("경상북도"), QStringLiteral("Gyeongsangbuk-do"),
         QStringLiteral("gyeongbuk"), province},
        {QStringLiteral("4800000000"), QStringLiteral("경상남도"), QStringLiteral("Gyeongsangnam-do"),
         QStringLiteral("gyeongnam"), province},
        {QStringLiteral("5000000000"), QStringLiteral("제주특별자치도"),
         QStringLiteral("Jeju Special Self-Governing Province"), QStringLiteral("jeju"), selfGoverningProvince},
    };
    return governments;
}

namespace {
/** Governments renamed (with new codes) after the 2020 code list: known by name, not among all(). */
const QVector<Government> &laterGovernments()
{
    static const QVector<Government> governments = {
        {QStringLiteral("5100000000"), QStringLiteral("강원특별자치도"), QStringLiteral("Gangwon State"),
         QStringLiteral("gangwon-state"), selfGoverningProvince},
        {QStringLiteral("5200000000"), QStringLiteral("전북특별자치도"), QStringLiteral("Jeonbuk State"),
         QStringLiteral("jeonbuk-state"), selfGoverningProvince},
    };
    return governments;
}
} // namespace

const Government *KoreanGovernments::byName(const QString &name)
{
    // Other names of the same governments (and codes) that tables use.
    static const QHash<QString, QString> otherNames = {
        {QStringLiteral("제주도"), QStringLiteral("5000000000")},
        {QStringLiteral("서울시"), QStringLiteral("1100000000")},
    };
    for (const QVector<Government> *list : {&all(), &laterGovernments()}) {
        for (const Government &government : *list) {
            if (government.ko == name)
                return &government;
        }
    }
    const auto other = otherNames.constFind(name);
    return other == otherNames.constEnd() ? nullptr : byCode(*other);
}

const Government *KoreanGovernments::byCode(const QString &code)
{
    for (const QVector<Government> *list : {&all(), &laterGovernments()}) {
        for (const Government &government : *list) {
            if (government.code == code)
                return &government;
        }
    }
    return nullptr;
}

QString KoreanGovernments::levelFromName(const QString &name)
{
    // Longest endings first: 특별자치시 ends in 시, 특별자치도 in 도.
    static const QVector<QPair<QString, QString>> endings = {
        {QStringLiteral("특별자치시"), selfGoverningCity},
        {QStringLiteral("특별자치도"), selfGoverningProvince},
        {QStringLiteral("특별시"), special},
        {QStringLiteral("광역시"), metropolitan},
        {QStringLiteral("도"), province},
        {QStringLiteral("시"), QStringLiteral("city")},
        {QStringLiteral("군"), QStringLiteral("county")},
        {QStringLiteral("구"), QStringLiteral("district")},
    };
    for (const auto &ending : endings) {
        if (name.endsWith(ending.first))
            return ending.second;
    }
    return {};
}

} // namespace innoatlas
