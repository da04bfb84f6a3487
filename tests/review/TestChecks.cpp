#include "review/Checks.h"

#include <QTest>
#include <QTranslator>

using namespace innoatlas;

namespace {
QVector<GlossaryTerm> glossary()
{
    GlossaryTerm busan;
    busan.id = 1;
    busan.ko = QStringLiteral("부산광역시");
    busan.en = QStringLiteral("Busan Metropolitan City");
    busan.koAccepted = {QStringLiteral("부산시"), QStringLiteral("부산")};
    busan.enAccepted = {QStringLiteral("Busan")};
    busan.enForbidden = {QStringLiteral("Pusan")};
    GlossaryTerm exemption;
    exemption.id = 2;
    exemption.ko = QStringLiteral("예비타당성조사 면제");
    exemption.en = QStringLiteral("exemption from the preliminary feasibility study");
    exemption.koAccepted = {QStringLiteral("예타 면제")};
    exemption.enAccepted = {QStringLiteral("feasibility-study exemption")};
    exemption.enForbidden = {QStringLiteral("preliminary feasibility test")};
    GlossaryTerm cluster;
    cluster.id = 3;
    cluster.ko = QStringLiteral("우주산업 클러스터");
    cluster.en = QStringLiteral("space industry cluster");
    GlossaryTerm tasks;
    tasks.id = 4;
    tasks.ko = QStringLiteral("이행과제");
    tasks.en = QStringLiteral("implementation task");
    return {busan, exemption, cluster, tasks};
}

FieldPair pair(const QString &ko, const QString &en, const QString &verbatim = QString())
{
    FieldPair p;
    p.entityId = 1;
    p.key = {QStringLiteral("plan.test"), QStringLiteral("summary")};
    p.entityKind = QStringLiteral("plan");
    p.text = LocalizedText::draft(ko, en);
    if (verbatim == QLatin1String("ko"))
        p.verbatimLanguage = Language::Korean;
    else if (verbatim == QLatin1String("en"))
        p.verbatimLanguage = Language::English;
    return p;
}

QStringList idsOf(const QVector<Finding> &findings)
{
    QStringList ids;
    for (const Finding &finding : findings)
        ids << finding.checkId;
    return ids;
}

/** Answers one source text with a fixed Korean text, as the interface's .qm would. */
class OneMessage : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArray(context) == "ReviewText" &&
            QByteArray(source) == "The Korean has %1, which the English does not")
            return QStringLiteral("한국어에는 %1이(가) 있으나 영어에는 없습니다");
        return QString();
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestChecks : public QObject
{
    Q_OBJECT

private slots:
    void findings_data()
    {
        QTest::addColumn<QString>("ko");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("verbatim");
        QTest::addColumn<QString>("check");
        QTest::addColumn<bool>("found");
        const auto row = [](const char *name, const QString &ko, const QString &en, const char *check, bool found,
                            const char *verbatim = "") {
            QTest::newRow(name) << ko << en << QString::fromLatin1(verbatim) << QString::fromLatin1(check) << found;
        };
        const char *number = CheckId::numberMismatch;
        // Numbers: true positives.
        row("amount ten times smaller", QStringLiteral("올해 1조 2,620억 원을 투입한다."),
            QStringLiteral("It invests 126.2 billion won this year."), number, true);
        row("swapped counts", QStringLiteral("8개 분야 60개 과제"), QStringLiteral("8 tasks in 6 areas"), number, true);
        row("different year", QStringLiteral("2045년 화성 착륙"), QStringLiteral("the 2035 Mars landing"), number,
            true);
        row("different percentage", QStringLiteral("20%에서 40%로"), QStringLiteral("from 20 percent to 45 percent"),
            number, true);
        row("range end differs", QStringLiteral("2024~2028년"), QStringLiteral("2024–2029"), number, true);
        row("number dropped", QStringLiteral("벤처기업 2,300개"), QStringLiteral("many venture companies"), number,
            true);
        row("spelled number against other digits", QStringLiteral("4대 분야"), QStringLiteral("five fields"), number,
            true);
        // Numbers: the same values written differently are fine.
        row("trillions both ways", QStringLiteral("총 1조 2,620억 원"), QStringLiteral("KRW 1.262 trillion in total"),
            number, false);
        row("people", QStringLiteral("2,000명 양성"), QStringLiteral("training 2,000 people"), number, false);
        row("percent word", QStringLiteral("비중 20%"), QStringLiteral("a 20 percent share"), number, false);
        row("year suffix", QStringLiteral("2024년부터"), QStringLiteral("from 2024"), number, false);
        row("spelled fields", QStringLiteral("5대 분야 20대 전략"), QStringLiteral("twenty strategies in five fields"),
            number, false);
        row("man unit", QStringLiteral("디지털 창의인재 2만 명"), QStringLiteral("20,000 digital talents"), number,
            false);
        row("1.5 trillion", QStringLiteral("1조 5천억 원 투자"), QStringLiteral("invest 1.5 trillion won"), number,
            false);
        row("korean date", QStringLiteral("2023년 11월 29일"), QStringLiteral("29 November 2023"), number, false);
        row("month-day dot date", QStringLiteral("엑스포(9.8~10)"), QStringLiteral("the Expo (8-10 September)"), number,
            false);
        row("rounded english amount", QStringLiteral("총 1조 6,552억 원"), QStringLiteral("KRW 1.66 trillion"), number,
            false);
        row("currency unit", QStringLiteral("3억 유로"), QStringLiteral("EUR 300 million"), number, false);
        row("list markers dropped", QStringLiteral("①혁신성, ②거버넌스"), QStringLiteral("innovation and governance"),
            number, false);
        row("repetition is only noted", QStringLiteral("2024년 계획, 2024년 예산"),
            QStringLiteral("the 2024 plan and budget"), number, false);
        row("repetition noted as count", QStringLiteral("2024년 계획, 2024년 예산"),
            QStringLiteral("the 2024 plan and budget"), CheckId::numberCount, true);
        // Missing translation.
        row("english missing", QStringLiteral("우주"), QString(), CheckId::missingTranslation, true);
        row("quote needs no translation", QStringLiteral("원문 인용"), QString(), CheckId::missingTranslation, false,
            "ko");
        // Script.
        row("hangul left in english", QStringLiteral("대전시"), QStringLiteral("The 대전시 plan"),
            CheckId::hangulInEnglish, true);
        row("hangul quoted in english", QStringLiteral("세계경제과학도시연합"),
            QStringLiteral("the 'Global Innopolis Alliance' (세계경제과학도시연합)"), CheckId::hangulInEnglish, false);
        row("untranslated korean", QStringLiteral("Space industry vision plan"),
            QStringLiteral("Space industry vision plan"), CheckId::noHangulInKorean, true);
        row("latin name in korean", QStringLiteral("YTN"), QStringLiteral("YTN"), CheckId::noHangulInKorean, false);
        // Spacing.
        row("trailing space", QStringLiteral("우주 "), QStringLiteral("Space"), CheckId::edgeWhitespace, true);
        row("double space", QStringLiteral("우주"), QStringLiteral("Space  industry"), CheckId::doubleSpace, true);
        row("paragraph break is not a double space", QStringLiteral("첫째.\n\n둘째."),
            QStringLiteral("First.\n\nSecond."), CheckId::doubleSpace, false);
        row("verbatim quote keeps its spacing", QStringLiteral("원문  그대로"), QStringLiteral("as printed"),
            CheckId::doubleSpace, false, "ko");
        // Punctuation.
        row("unclosed bracket", QStringLiteral("대전(유성구"), QStringLiteral("Daejeon (Yuseong-gu)"),
            CheckId::unbalanced, true);
        row("apostrophe is not a quote", QStringLiteral("대전의 계획"), QStringLiteral("Daejeon's plan"),
            CheckId::unbalanced, false);
        row("korean quote closed before a particle", QStringLiteral("'디지털혁신 부산특별위원회'에서 점검"),
            QStringLiteral("checked by the committee"), CheckId::unbalanced, false);
        row("possessive plural", QStringLiteral("도시들의 대표"), QStringLiteral("the cities' representatives"),
            CheckId::unbalanced, false);
        row("unclosed single quote", QStringLiteral("계획"), QStringLiteral("the 'Smart City plan"),
            CheckId::unbalanced, true);
        row("period in one language", QStringLiteral("대전시는 계획을 발표했다."),
            QStringLiteral("Daejeon announced the plan"), CheckId::finalPeriod, true);
        row("periods in both", QStringLiteral("대전시는 계획을 발표했다."),
            QStringLiteral("Daejeon announced the plan."), CheckId::finalPeriod, false);
        row("titles without periods", QStringLiteral("우주산업 육성 비전"), QStringLiteral("Space industry vision"),
            CheckId::finalPeriod, false);
        // Glossary.
        row("agreed term missing", QStringLiteral("예비타당성조사 면제로 확보"), QStringLiteral("secured by a waiver"),
            CheckId::glossaryCounterpart, true);
        row("accepted forms", QStringLiteral("예타 면제로 확보"),
            QStringLiteral("secured through the feasibility-study "
                           "exemption"),
            CheckId::glossaryCounterpart, false);
        row("forbidden variant", QStringLiteral("부산시 계획"), QStringLiteral("the Pusan plan"),
            CheckId::glossaryForbidden, true);
        row("forbidden variant quoted", QStringLiteral("부산시 계획"), QStringLiteral("Busan's plan ('Pusan plan')"),
            CheckId::glossaryForbidden, false);
        row("forbidden programme wording", QStringLiteral("예비타당성조사 면제"),
            QStringLiteral("preliminary feasibility test exemption"), CheckId::glossaryForbidden, true);
        row("korean spacing varies", QStringLiteral("우주산업클러스터 예산"),
            QStringLiteral("the space-industry cluster budget"), CheckId::glossaryCounterpart, false);
        row("english plural", QStringLiteral("60개 이행과제"), QStringLiteral("60 implementation tasks"),
            CheckId::glossaryCounterpart, false);
        row("short form across words is no term", QStringLiteral("5대 부 산업"), QStringLiteral("five industries"),
            CheckId::glossaryCounterpart, false);
        row("mayor title", QStringLiteral("박형준 부산시장은"), QStringLiteral("Mayor Park Hyung-joon"),
            CheckId::glossaryCounterpart, false);
        row("english name without korean", QStringLiteral("세계 스마트도시 순위"),
            QStringLiteral("World smart-city ranking of Busan"), CheckId::glossaryCounterpart, true);
        row("verbatim source is not judged", QStringLiteral("부산"), QStringLiteral("the Pusan plan"),
            CheckId::glossaryForbidden, false, "en");
    }

    void findings()
    {
        QFETCH(QString, ko);
        QFETCH(QString, en);
        QFETCH(QString, verbatim);
        QFETCH(QString, check);
        QFETCH(bool, found);
        const QVector<Finding> findings = Checks(glossary()).check(pair(ko, en, verbatim));
        QVERIFY2(idsOf(findings).contains(check) == found, qPrintable(idsOf(findings).join(QLatin1Char(' '))));
    }

    void findingNamesFieldLanguageAndSpans()
    {
        const FieldPair p = pair(QStringLiteral("올해 1조 2,620억 원"), QStringLiteral("KRW 126.2 billion this year"));
        const QVector<Finding> findings = Checks().check(p);
        QCOMPARE(findings.size(), 1);
        const Finding &finding = findings.first();
        QCOMPARE(finding.checkId, QStringLiteral("number.mismatch"));
        QCOMPARE(finding.severity, Severity::Error);
        QCOMPARE(finding.key.toString(), QStringLiteral("plan.test:summary"));
        QCOMPARE(finding.language, Language::English);
        QCOMPARE(finding.arguments, QStringList({QStringLiteral("1조 2,620억"), QStringLiteral("126.2 billion")}));
        QCOMPARE(finding.spans.size(), 2);
        QCOMPARE(finding.spans.at(1).language, Language::English);
        QCOMPARE(p.text.en.mid(finding.spans.at(1).start, finding.spans.at(1).length), QStringLiteral("126.2 billion"));
        QCOMPARE(finding.message(),
                 QStringLiteral("Numbers differ: 1조 2,620억 in the Korean, 126.2 billion in the English"));
    }

    void translationIsTheLikelierWrongSide()
    {
        FieldPair p = pair(QStringLiteral("2045년"), QStringLiteral("in 2035"));
        p.text.enStatus = ReviewStatus::Approved;
        QCOMPARE(Checks().check(p).first().language, Language::Korean);
        p.verbatimLanguage = Language::Korean;
        QCOMPARE(Checks().check(p).first().language, Language::English);
    }

    void messagesFollowTheInstalledLanguage()
    {
        const QVector<Finding> findings =
            Checks().check(pair(QStringLiteral("2045년 목표"), QStringLiteral("the goal")));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().message(), QStringLiteral("The Korean has 2045, which the English does not"));
        OneMessage korean;
        QCoreApplication::installTranslator(&korean);
        QCOMPARE(findings.first().message(), QStringLiteral("한국어에는 2045이(가) 있으나 영어에는 없습니다"));
        QCoreApplication::removeTranslator(&korean);
    }
};

QTEST_GUILESS_MAIN(TestChecks)
#include "TestChecks.moc"
