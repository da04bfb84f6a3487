// LabelMatcher, the navigator filter's comparison: it must answer as QString::contains(text, Qt::CaseInsensitive)
// does, in UTF-16 and in UTF-8, for every pair of characters that case folding makes equal and for mixed texts.

#include "query/LabelMatcher.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

using namespace innoatlas;

namespace {
/** The matcher's answer in UTF-16 and in UTF-8; the test fails when the two differ. */
bool matches(const QString &label, const QString &text)
{
    const LabelMatcher matcher(text);
    const bool utf16 = matcher.isIn(QStringView(label));
    const QByteArray utf8 = label.toUtf8();
    const bool fromUtf8 = matcher.isIn(QByteArrayView(utf8));
    if (utf16 != fromUtf8)
        qWarning("UTF-16 and UTF-8 differ for %s in %s", qPrintable(text), qPrintable(label));
    return utf16 && fromUtf8;
}

QString fromCodePoint(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}
} // namespace

class TestLabelMatcher : public QObject
{
    Q_OBJECT

private slots:
    void typedTexts_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::newRow("Korean") << QStringLiteral("AI 스마트 팜 조성") << QStringLiteral("스마트 팜") << true;
        QTest::newRow("one syllable") << QStringLiteral("대전광역시") << QStringLiteral("대") << true;
        QTest::newRow("a syllable sharing bytes") << QStringLiteral("데이터 센터") << QStringLiteral("대") << false;
        QTest::newRow("초성") << QStringLiteral("ㄷㅈ 지역") << QStringLiteral("ㄷㅈ") << true;
        QTest::newRow("English, any case") << QStringLiteral("Busan Smart City") << QStringLiteral("SMART") << true;
        QTest::newRow("English and Korean") << QStringLiteral("AI 스마트 팜") << QStringLiteral("ai 스마") << true;
        QTest::newRow("at the end") << QStringLiteral("Daejeon") << QStringLiteral("EON") << true;
        QTest::newRow("longer than the label") << QStringLiteral("Dae") << QStringLiteral("Daejeon") << false;
        QTest::newRow("digits") << QStringLiteral("2026년 예산") << QStringLiteral("2026") << true;
        QTest::newRow("Kelvin sign") << QStringLiteral("\u212Aorea") << QStringLiteral("korea") << true;
        QTest::newRow("long s") << QStringLiteral("Bu\u017Fan") << QStringLiteral("BUSAN") << true;
        QTest::newRow("Greek") << QStringLiteral("ΣΟΦΙΑ") << QStringLiteral("σοφ") << true;
        QTest::newRow("accented") << QStringLiteral("CAFÉ") << QStringLiteral("café") << true;
        QTest::newRow("nothing") << QStringLiteral("우주 발사체") << QStringLiteral("Smart") << false;
        QTest::newRow("empty text") << QStringLiteral("우주") << QString() << true;
        QTest::newRow("empty label") << QString() << QStringLiteral("우") << false;
    }

    void typedTexts()
    {
        QFETCH(QString, label);
        QFETCH(QString, text);
        QFETCH(bool, found);
        QCOMPARE(label.contains(text, Qt::CaseInsensitive), found); // the rule itself
        QCOMPARE(matches(label, text), found);
    }

    // Case folding makes a few hundred groups of characters equal (A and a, K and the Kelvin sign, Ⓐ and ⓐ ...): a
    // matcher that compares some character exactly or as an English letter must still find every other of its group.
    void everyCaseFoldingPair()
    {
        QHash<QString, QList<char32_t>> groups;
        for (char32_t c = 0; c <= 0x10FFFF; ++c) {
            if (c >= 0xD800 && c <= 0xDFFF)
                continue;
            groups[fromCodePoint(c).toCaseFolded()].append(c);
        }
        int pairs = 0;
        for (const QList<char32_t> &group : std::as_const(groups)) {
            if (group.size() < 2)
                continue;
            for (const char32_t a : group) {
                for (const char32_t b : group) {
                    const QString text = QStringLiteral("x") + fromCodePoint(a);
                    const QString label = QStringLiteral("«X") + fromCodePoint(b) + QStringLiteral("대»");
                    QVERIFY2(label.contains(text, Qt::CaseInsensitive), "the rule");
                    if (!matches(label, text))
                        QFAIL(qPrintable(QStringLiteral("U+%1 not found in U+%2")
                                             .arg(uint(a), 4, 16, QLatin1Char('0'))
                                             .arg(uint(b), 4, 16, QLatin1Char('0'))));
                    ++pairs;
                }
            }
        }
        QVERIFY(pairs > 2000);
    }

    // Random labels of Korean, English, digits and the characters that fold in unusual ways, with texts taken from
    // them (their case changed at random) or made up: the matcher answers as QString, found or not.
    void randomTexts()
    {
        const QList<char32_t> alphabet = {
            U'대', U'전', U'스', U'마',     U'트',     U'ㄷ',         U'ㅈ',         U'a',      U'S',      U'm', U'K',
            U'k',  U's',  U'r',  U'1',      U'2',      U' ',          U'-',          U'\u212A', U'\u017F', U'Σ', U'σ',
            U'ς',  U'É',  U'é',  U'\u13A0', U'\uAB70', U'\U00010400', U'\U00010428', U'Ⓐ',      U'ⓐ',      U'İ', U'i'};
        QRandomGenerator random(2026);
        const auto randomText = [&](int length) {
            QString text;
            for (int i = 0; i < length; ++i)
                text += fromCodePoint(alphabet.at(random.bounded(int(alphabet.size()))));
            return text;
        };
        int found = 0;
        int missed = 0;
        for (int round = 0; round < 20000; ++round) {
            const QString label = randomText(random.bounded(12));
            QString text;
            if (!label.isEmpty() && random.bounded(2) == 0) {
                const qsizetype from = random.bounded(int(label.size()));
                text = label.mid(from, 1 + random.bounded(3));
                if (text.back().isHighSurrogate())
                    text.chop(1);
                text = random.bounded(2) == 0 ? text.toUpper() : text.toLower();
            } else {
                text = randomText(1 + random.bounded(3));
            }
            const bool expected = label.contains(text, Qt::CaseInsensitive);
            if (matches(label, text) != expected)
                QFAIL(qPrintable(QStringLiteral("'%1' in '%2': expected %3").arg(text, label).arg(expected)));
            ++(expected ? found : missed);
        }
        // Both answers were asked about often.
        QVERIFY(found > 2000);
        QVERIFY(missed > 2000);
    }
};

QTEST_APPLESS_MAIN(TestLabelMatcher)
#include "TestLabelMatcher.moc"
