#include "benchdata/GeneratedNames.h"

#include <QStringList>

#include <iterator>

namespace innoatlas {

namespace {
struct Syllable
{
    const char16_t *hangul;
    const char *roman; // Revised Romanization
};

// Syllables of real place names; any two make a plausible city or county name.
const Syllable syllables[] = {
    {u"가", "ga"},   {u"강", "gang"},  {u"경", "gyeong"}, {u"고", "go"},    {u"공", "gong"},   {u"광", "gwang"},
    {u"금", "geum"}, {u"김", "gim"},   {u"남", "nam"},    {u"논", "non"},   {u"단", "dan"},    {u"당", "dang"},
    {u"대", "dae"},  {u"덕", "deok"},  {u"동", "dong"},   {u"무", "mu"},    {u"문", "mun"},    {u"밀", "mil"},
    {u"보", "bo"},   {u"봉", "bong"},  {u"부", "bu"},     {u"사", "sa"},    {u"산", "san"},    {u"상", "sang"},
    {u"서", "seo"},  {u"성", "seong"}, {u"송", "song"},   {u"수", "su"},    {u"순", "sun"},    {u"안", "an"},
    {u"양", "yang"}, {u"영", "yeong"}, {u"예", "ye"},     {u"옥", "ok"},    {u"완", "wan"},    {u"용", "yong"},
    {u"원", "won"},  {u"익", "ik"},    {u"인", "in"},     {u"장", "jang"},  {u"전", "jeon"},   {u"정", "jeong"},
    {u"제", "je"},   {u"주", "ju"},    {u"진", "jin"},    {u"창", "chang"}, {u"천", "cheon"},  {u"청", "cheong"},
    {u"춘", "chun"}, {u"충", "chung"}, {u"태", "tae"},    {u"통", "tong"},  {u"평", "pyeong"}, {u"포", "po"},
    {u"하", "ha"},   {u"함", "ham"},   {u"해", "hae"},    {u"화", "hwa"},   {u"홍", "hong"},
};
constexpr int syllableCount = int(sizeof(syllables) / sizeof(syllables[0]));

// One-syllable district names, as most metropolitan cities have them.
const Syllable districts[] = {{u"중", "Jung"}, {u"동", "Dong"}, {u"서", "Seo"},
                              {u"남", "Nam"},  {u"북", "Buk"},  {u"수", "Su"}};

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

BilingualName pickOf(SeededRandom &random, const QVector<BilingualName> &names)
{
    return names.at(int(random.below(names.size())));
}

const QVector<BilingualName> &topics()
{
    static const QVector<BilingualName> list = {
        {QStringLiteral("인공지능 반도체"), QStringLiteral("AI semiconductor")},
        {QStringLiteral("수소 충전소"), QStringLiteral("hydrogen refuelling station")},
        {QStringLiteral("우주 발사체"), QStringLiteral("space launch vehicle")},
        {QStringLiteral("자율주행"), QStringLiteral("autonomous driving")},
        {QStringLiteral("데이터 센터"), QStringLiteral("data centre")},
        {QStringLiteral("스마트 팜"), QStringLiteral("smart farm")},
        {QStringLiteral("바이오 클러스터"), QStringLiteral("bio cluster")},
        {QStringLiteral("드론 배송"), QStringLiteral("drone delivery")},
        {QStringLiteral("협동 로봇"), QStringLiteral("collaborative robot")},
        {QStringLiteral("메타버스"), QStringLiteral("metaverse")},
        {QStringLiteral("양자 기술"), QStringLiteral("quantum technology")},
        {QStringLiteral("이차전지"), QStringLiteral("secondary battery")},
        {QStringLiteral("창업 보육"), QStringLiteral("start-up incubation")},
        {QStringLiteral("디지털 인재"), QStringLiteral("digital talent")},
        {QStringLiteral("관광 콘텐츠"), QStringLiteral("tourism content")},
        {QStringLiteral("해상 풍력"), QStringLiteral("offshore wind")},
        {QStringLiteral("도심 항공"), QStringLiteral("urban air mobility")},
        {QStringLiteral("스마트 항만"), QStringLiteral("smart port")},
        {QStringLiteral("탄소 포집"), QStringLiteral("carbon capture")},
        {QStringLiteral("공공 와이파이"), QStringLiteral("public Wi-Fi")},
    };
    return list;
}

const QVector<BilingualName> &actions()
{
    static const QVector<BilingualName> list = {
        {QStringLiteral("육성"), QStringLiteral("promotion")},
        {QStringLiteral("기반 구축"), QStringLiteral("infrastructure")},
        {QStringLiteral("실증 사업"), QStringLiteral("demonstration")},
        {QStringLiteral("고도화"), QStringLiteral("upgrade")},
        {QStringLiteral("확산"), QStringLiteral("roll-out")},
        {QStringLiteral("지원"), QStringLiteral("support")},
        {QStringLiteral("단지 조성"), QStringLiteral("complex")},
        {QStringLiteral("인력 양성"), QStringLiteral("training")},
    };
    return list;
}
} // namespace

const QVector<BilingualName> &GeneratedNames::metropolitan()
{
    static const QVector<BilingualName> list = {
        {QStringLiteral("서울특별시"), QStringLiteral("Seoul Metropolitan Government")},
        {QStringLiteral("부산광역시"), QStringLiteral("Busan Metropolitan City")},
        {QStringLiteral("대구광역시"), QStringLiteral("Daegu Metropolitan City")},
        {QStringLiteral("인천광역시"), QStringLiteral("Incheon Metropolitan City")},
        {QStringLiteral("광주광역시"), QStringLiteral("Gwangju Metropolitan City")},
        {QStringLiteral("대전광역시"), QStringLiteral("Daejeon Metropolitan City")},
        {QStringLiteral("울산광역시"), QStringLiteral("Ulsan Metropolitan City")},
        {QStringLiteral("세종특별자치시"), QStringLiteral("Sejong Special Self-Governing City")},
        {QStringLiteral("경기도"), QStringLiteral("Gyeonggi Province")},
        {QStringLiteral("강원특별자치도"), QStringLiteral("Gangwon State")},
        {QStringLiteral("충청북도"), QStringLiteral("North Chungcheong Province")},
        {QStringLiteral("충청남도"), QStringLiteral("South Chungcheong Province")},
        {QStringLiteral("전북특별자치도"), QStringLiteral("Jeonbuk State")},
        {QStringLiteral("전라남도"), QStringLiteral("South Jeolla Province")},
        {QStringLiteral("경상북도"), QStringLiteral("North Gyeongsang Province")},
        {QStringLiteral("경상남도"), QStringLiteral("South Gyeongsang Province")},
        {QStringLiteral("제주특별자치도"), QStringLiteral("Jeju Special Self-Governing Province")},
    };
    return list;
}

QString GeneratedNames::metropolitanLevel(int index)
{
    if (index == 0)
        return QStringLiteral("special-city");
    if (index <= 6)
        return QStringLiteral("metropolitan-city");
    if (index == 7)
        return QStringLiteral("special-self-governing-city");
    if (index == 9 || index == 12 || index == 16)
        return QStringLiteral("special-self-governing-province");
    return QStringLiteral("province");
}

const QVector<BilingualName> &GeneratedNames::themes()
{
    static const QVector<BilingualName> list = {
        {QStringLiteral("인공지능"), QStringLiteral("Artificial intelligence")},
        {QStringLiteral("우주항공"), QStringLiteral("Aerospace")},
        {QStringLiteral("수소경제"), QStringLiteral("Hydrogen economy")},
        {QStringLiteral("스마트시티"), QStringLiteral("Smart city")},
        {QStringLiteral("바이오헬스"), QStringLiteral("Bio-health")},
        {QStringLiteral("반도체"), QStringLiteral("Semiconductors")},
        {QStringLiteral("미래 모빌리티"), QStringLiteral("Future mobility")},
        {QStringLiteral("탄소중립"), QStringLiteral("Carbon neutrality")},
        {QStringLiteral("문화관광"), QStringLiteral("Culture and tourism")},
        {QStringLiteral("디지털 전환"), QStringLiteral("Digital transformation")},
        {QStringLiteral("창업"), QStringLiteral("Start-ups")},
        {QStringLiteral("해양 에너지"), QStringLiteral("Marine energy")},
    };
    return list;
}

BilingualName GeneratedNames::basicGovernment(SeededRandom &random, bool district, bool county)
{
    if (district && random.below(3) == 0) {
        const Syllable &s = districts[random.below(int(sizeof(districts) / sizeof(districts[0])))];
        return {QString::fromUtf16(s.hangul) + QStringLiteral("구"),
                QString::fromLatin1(s.roman) + QStringLiteral("-gu")};
    }
    const Syllable &a = syllables[random.below(syllableCount)];
    const Syllable &b = syllables[random.below(syllableCount)];
    const QString stem = QString::fromUtf16(a.hangul) + QString::fromUtf16(b.hangul);
    const QString roman = capitalised(QString::fromLatin1(a.roman) + QString::fromLatin1(b.roman));
    if (district)
        return {stem + QStringLiteral("구"), roman + QStringLiteral("-gu")};
    if (county)
        return {stem + QStringLiteral("군"), roman + QStringLiteral(" County")};
    return {stem + QStringLiteral("시"), roman + QStringLiteral(" City")};
}

BilingualName GeneratedNames::shortName(const BilingualName &region)
{
    static const QStringList koSuffixes = {QStringLiteral("특별자치시"), QStringLiteral("특별자치도"),
                                           QStringLiteral("특별시"), QStringLiteral("광역시")};
    static const QStringList enSuffixes = {QStringLiteral(" Metropolitan Government"),
                                           QStringLiteral(" Metropolitan City"),
                                           QStringLiteral(" Special Self-Governing City"),
                                           QStringLiteral(" Special Self-Governing Province"),
                                           QStringLiteral(" City"),
                                           QStringLiteral(" County"),
                                           QStringLiteral(" Province"),
                                           QStringLiteral(" State")};
    BilingualName name = region;
    for (const QString &suffix : koSuffixes) {
        if (name.ko.endsWith(suffix)) {
            name.ko.chop(suffix.size());
            break;
        }
    }
    for (const QString &suffix : enSuffixes) {
        if (name.en.endsWith(suffix)) {
            name.en.chop(suffix.size());
            break;
        }
    }
    return name;
}

BilingualName GeneratedNames::planTitle(SeededRandom &random, const BilingualName &region, const BilingualName &theme,
                                        int year)
{
    static const QVector<BilingualName> kinds = {
        {QStringLiteral("혁신계획"), QStringLiteral("Innovation Plan")},
        {QStringLiteral("육성전략"), QStringLiteral("Promotion Strategy")},
        {QStringLiteral("종합계획"), QStringLiteral("Master Plan")},
        {QStringLiteral("기본계획"), QStringLiteral("Basic Plan")},
        {QStringLiteral("로드맵"), QStringLiteral("Roadmap")},
    };
    const BilingualName place = shortName(region);
    const BilingualName kind = pickOf(random, kinds);
    return {QStringLiteral("%1 %2 %3 %4").arg(place.ko, theme.ko, kind.ko).arg(year),
            QStringLiteral("%1 %2 %3 %4").arg(place.en, theme.en, kind.en).arg(year)};
}

BilingualName GeneratedNames::initiative(SeededRandom &random, int depth)
{
    static const QVector<BilingualName> goals = {
        {QStringLiteral("글로벌 혁신 거점 도약"), QStringLiteral("A global innovation hub")},
        {QStringLiteral("지역 주도 성장"), QStringLiteral("Region-led growth")},
        {QStringLiteral("시민 체감 디지털 도시"), QStringLiteral("A digital city citizens feel")},
        {QStringLiteral("지속 가능한 산업 생태계"), QStringLiteral("A sustainable industrial ecosystem")},
    };
    if (depth == 0)
        return pickOf(random, goals);
    const BilingualName topic = pickOf(random, topics());
    const BilingualName action = pickOf(random, actions());
    if (depth == 1)
        return {topic.ko + QStringLiteral(" 산업 ") + action.ko,
                capitalised(topic.en) + QStringLiteral(" industry ") + action.en};
    return {topic.ko + QLatin1Char(' ') + action.ko, capitalised(topic.en) + QLatin1Char(' ') + action.en};
}

const QStringList &GeneratedNames::eventKinds()
{
    static const QStringList kinds = {
        QStringLiteral("announcement"), QStringLiteral("ceremony"),  QStringLiteral("meeting"),
        QStringLiteral("designation"),  QStringLiteral("agreement"), QStringLiteral("visit"),
        QStringLiteral("investment"),   QStringLiteral("milestone"), QStringLiteral("forum")};
    return kinds;
}

BilingualName GeneratedNames::eventTitle(SeededRandom &random, const BilingualName &region, int kind)
{
    static const QVector<BilingualName> words = {
        {QStringLiteral("계획 발표"), QStringLiteral("plan announced")},
        {QStringLiteral("착공식"), QStringLiteral("groundbreaking ceremony")},
        {QStringLiteral("추진위원회 회의"), QStringLiteral("steering committee meeting")},
        {QStringLiteral("특구 지정"), QStringLiteral("special zone designated")},
        {QStringLiteral("업무협약 체결"), QStringLiteral("memorandum of understanding signed")},
        {QStringLiteral("현장 방문"), QStringLiteral("site visit")},
        {QStringLiteral("투자 유치"), QStringLiteral("investment attracted")},
        {QStringLiteral("준공"), QStringLiteral("completion")},
        {QStringLiteral("국제 포럼"), QStringLiteral("international forum")},
    };
    const BilingualName place = shortName(region);
    const BilingualName topic = pickOf(random, topics());
    const BilingualName word = words.at(kind % int(words.size()));
    return {QStringLiteral("%1 %2 %3").arg(place.ko, topic.ko, word.ko),
            QStringLiteral("%1 %2 %3").arg(place.en, topic.en, word.en)};
}

namespace {
struct OrganisationPattern
{
    const char16_t *ko; ///< after the region's short name
    const char *en;     ///< after the region's short name
    const char *kind;
};

const OrganisationPattern organisationPatterns[] = {
    {u"테크노파크", "Technopark", "agency"},
    {u"정보산업진흥원", "Information Industry Promotion Agency", "agency"},
    {u"대학교", "National University", "university"},
    {u"연구원", "Research Institute", "institute"},
};
} // namespace

int GeneratedNames::organisationsPerRegion()
{
    return int(std::size(organisationPatterns));
}

BilingualName GeneratedNames::organisation(const BilingualName &region, int index)
{
    // Named as such bodies are: 충남대학교 for 충청남도, 포항테크노파크 for 포항시, 서울연구원 for 서울특별시.
    BilingualName place = shortName(region);
    if (place.ko.endsWith(u'도') && place.ko.size() == 4)
        place.ko = place.ko.left(1) + place.ko.mid(2, 1);
    else if ((place.ko.endsWith(u'도') || place.ko.endsWith(u'시') || place.ko.endsWith(u'군')) && place.ko.size() >= 3)
        place.ko.chop(1);
    const OrganisationPattern &pattern = organisationPatterns[index % organisationsPerRegion()];
    return {place.ko + QString::fromUtf16(pattern.ko), place.en + QLatin1Char(' ') + QLatin1String(pattern.en)};
}

QString GeneratedNames::organisationKind(int index)
{
    return QLatin1String(organisationPatterns[index % organisationsPerRegion()].kind);
}

const QStringList &GeneratedNames::ministries()
{
    static const QStringList list = {
        QStringLiteral("과학기술정보통신부"), QStringLiteral("산업통상자원부"), QStringLiteral("중소벤처기업부"),
        QStringLiteral("국토교통부"),         QStringLiteral("해양수산부"),     QStringLiteral("환경부"),
        QStringLiteral("문화체육관광부"),     QStringLiteral("행정안전부"),     QStringLiteral("교육부"),
        QStringLiteral("보건복지부")};
    return list;
}

} // namespace innoatlas
