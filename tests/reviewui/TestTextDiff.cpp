#include "review/TextDiff.h"

#include <QTest>

using namespace innoatlas;

namespace {
// "=same -gone +new" notation of a diff, to write expectations compactly.
QString notation(const QVector<TextDiff::Segment> &segments)
{
    QStringList parts;
    for (const TextDiff::Segment &segment : segments) {
        const QChar mark = segment.op == TextDiff::Op::Equal     ? QLatin1Char('=')
                           : segment.op == TextDiff::Op::Removed ? QLatin1Char('-')
                                                                 : QLatin1Char('+');
        parts << mark + segment.text;
    }
    return parts.join(QLatin1Char('|'));
}
} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void compare_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unchanged") << QStringLiteral("Space vision") << QStringLiteral("Space vision")
                                   << QStringLiteral("=Space vision");
        QTest::newRow("English word replaced")
            << QStringLiteral("invest 350 billion won") << QStringLiteral("invest 126.2 billion won")
            << QStringLiteral("=invest |-350|+126.2|= billion won");
        QTest::newRow("word appended") << QStringLiteral("Space industry vision")
                                       << QStringLiteral("Space industry development vision")
                                       << QStringLiteral("=Space industry |+development |=vision");
        // One syllable of a Korean word changes, not the whole word.
        QTest::newRow("Korean particle") << QStringLiteral("대전시가 발표했다") << QStringLiteral("대전시는 발표했다")
                                         << QStringLiteral("=대전시|-가|+는|= 발표했다");
        QTest::newRow("Korean amount") << QStringLiteral("총 3,500억 원") << QStringLiteral("총 1조 2,620억 원")
                                       << QStringLiteral("=총 |-3,500|+1조 2,620|=억 원");
        QTest::newRow("from nothing") << QString() << QStringLiteral("새 글") << QStringLiteral("+새 글");
        QTest::newRow("to nothing") << QStringLiteral("old") << QString() << QStringLiteral("-old");
    }

    void compare()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        QCOMPARE(notation(TextDiff::compare(before, after)), expected);
    }

    void segmentsRebuildBothTexts_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("mixed scripts") << QStringLiteral("KAIST와 항우연이 2045년까지")
                                       << QStringLiteral("KAIST, 항우연과 함께 2032년까지 달에");
        QTest::newRow("emoji and lines") << QStringLiteral("a 🚀\nb") << QStringLiteral("a 🛰\nb c");
    }

    void segmentsRebuildBothTexts()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QString rebuiltBefore;
        QString rebuiltAfter;
        for (const TextDiff::Segment &segment : TextDiff::compare(before, after)) {
            if (segment.op != TextDiff::Op::Inserted)
                rebuiltBefore += segment.text;
            if (segment.op != TextDiff::Op::Removed)
                rebuiltAfter += segment.text;
        }
        QCOMPARE(rebuiltBefore, before);
        QCOMPARE(rebuiltAfter, after);
        QCOMPARE(TextDiff::tokens(after).join(QString()), after);
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "TestTextDiff.moc"
