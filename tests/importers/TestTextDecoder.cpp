#include "importers/TextDecoder.h"

#include <QStringDecoder>
#include <QTest>

using namespace innoatlas;

Q_DECLARE_METATYPE(innoatlas::TextEncoding)

namespace {
const QString hangul = QStringLiteral("서울특별시,똠,뷁,가,힣\n");

QByteArray utf16(const QString &text, bool little)
{
    QByteArray bytes;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (little)
            bytes += char(u & 0xFF), bytes += char(u >> 8);
        else
            bytes += char(u >> 8), bytes += char(u & 0xFF);
    }
    return bytes;
}
} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void detectsAndDecodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::addColumn<int>("bom");

        QTest::newRow("utf-8") << hangul.toUtf8() << TextEncoding::Utf8 << 0;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + hangul.toUtf8() << TextEncoding::Utf8 << 3;
        QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE") + utf16(hangul, true) << TextEncoding::Utf16LE << 2;
        QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF") + utf16(hangul, false) << TextEncoding::Utf16BE << 2;
        // 서울특별시 in KS X 1001, then 똠 (0x8C63) and 뷁 (0x94EE), which only CP949 has.
        QTest::newRow("cp949") << QByteArray(
                                      "\xBC\xAD\xBF\xEF\xC6\xAF\xBA\xB0\xBD\xC3,\x8C\x63,\x94\xEE,\xB0\xA1,\xC6\x52\n")
                               << TextEncoding::Cp949 << 0;
        QTest::newRow("ascii") << QByteArray("code,name\n11,Seoul\n") << TextEncoding::Utf8 << 0;
    }

    void detectsAndDecodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(TextEncoding, encoding);
        QFETCH(int, bom);
        const DetectedEncoding detected = TextEncodings::detect(bytes);
        QCOMPARE(detected.encoding, encoding);
        QCOMPARE(detected.bomLength, bom);
        QString text;
        DecodeError error;
        QVERIFY2(TextDecoder::decodeAll(bytes, TextEncoding::Auto, &text, &error), qPrintable(error.toString()));
        if (QTest::currentDataTag() != QLatin1String("ascii"))
            QCOMPARE(text, hangul);
    }

    void anySplitIntoChunksDecodesTheSame_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::newRow("utf-8") << (hangul + QStringLiteral("😀\n")).toUtf8() << TextEncoding::Utf8;
        QTest::newRow("utf-16le") << utf16(hangul + QStringLiteral("😀\n"), true) << TextEncoding::Utf16LE;
        QTest::newRow("cp949") << QByteArray("\xBC\xAD\xBF\xEF,\x8C\x63\x94\xEE\nab\xB0\xA1") << TextEncoding::Cp949;
    }

    void anySplitIntoChunksDecodesTheSame()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(TextEncoding, encoding);
        QString whole;
        QVERIFY(TextDecoder::decodeAll(bytes, encoding, &whole));
        for (int split = 0; split <= bytes.size(); ++split) {
            TextDecoder decoder(encoding);
            QString text;
            QVERIFY(decoder.decode(bytes.left(split), &text));
            QVERIFY(decoder.decode(bytes.mid(split), &text));
            QVERIFY(decoder.finish());
            QCOMPARE(text, whole);
        }
    }

    // Qt 6.4's "CP949" is IBM's table and "EUC-KR" knows no CP949 extensions: both get 똠 wrong.
    // The decoder uses "windows-949", which gets it right; this test notices if that changes.
    void windows949IsTheConverterThatKnowsCp949()
    {
        const QByteArray bytes("\x8C\x63\x94\xEE");
        QStringDecoder right(TextDecoder::cp949CodecName(), QStringDecoder::Flag::Stateless);
        QVERIFY(right.isValid());
        QCOMPARE(right.decode(bytes), QStringLiteral("똠뷁"));
        QVERIFY(!right.hasError());
        QStringDecoder ibm("CP949", QStringDecoder::Flag::Stateless);
        if (ibm.isValid())
            QVERIFY(QString(ibm.decode(bytes)) != QStringLiteral("똠뷁"));
    }

    void badBytesNameLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("reason");

        QTest::newRow("utf-8 invalid byte")
            << QByteArray("a,b\nc,\xFF\n") << TextEncoding::Utf8 << 2 << 3 << QStringLiteral("0xFF is not valid UTF-8");
        QTest::newRow("utf-8 cut off mid-line")
            << QByteArray("a,b\n\xEA\xB0,x\n") << TextEncoding::Utf8 << 2 << 1 << QStringLiteral("cut off");
        QTest::newRow("utf-8 cut off at the end")
            << QByteArray("a,b\nc,\xEA\xB0") << TextEncoding::Utf8 << 2 << 3 << QStringLiteral("ends in the middle");
        QTest::newRow("utf-8 overlong") << QByteArray("\xC0\xAF") << TextEncoding::Utf8 << 1 << 1
                                        << QStringLiteral("0xC0 is not valid UTF-8");
        QTest::newRow("utf-8 surrogate") << QByteArray("ok\n\xED\xA0\x80") << TextEncoding::Utf8 << 2 << 1
                                         << QStringLiteral("not valid UTF-8");
        QTest::newRow("replacement character")
            << QByteArray("x\ny,\xEF\xBF\xBD\n") << TextEncoding::Utf8 << 2 << 3 << QStringLiteral("U+FFFD");
        QTest::newRow("cp949 undefined code") << QByteArray("a\n\xB0\xA1\xA2\xE8\n") << TextEncoding::Cp949 << 2 << 3
                                              << QStringLiteral("0xA2 0xE8 are not a character of CP949");
        QTest::newRow("cp949 0xFF") << QByteArray("ab\xFF") << TextEncoding::Cp949 << 1 << 3
                                    << QStringLiteral("0xFF is not valid CP949");
        QTest::newRow("cp949 cut off mid-line")
            << QByteArray("a\nb\xB0,c") << TextEncoding::Cp949 << 2 << 2 << QStringLiteral("cut off");
        QTest::newRow("cp949 cut off at the end")
            << QByteArray("a\nb\xB0") << TextEncoding::Cp949 << 2 << 2 << QStringLiteral("ends in the middle");
        QTest::newRow("cp949 user-defined area")
            << QByteArray("\xC9\xA1") << TextEncoding::Cp949 << 1 << 1 << QStringLiteral("not a character of CP949");
        QTest::newRow("utf-16 lone low surrogate")
            << utf16(QStringLiteral("a\n"), true) + QByteArray("\x00\xDC", 2) << TextEncoding::Utf16LE << 2 << 1
            << QStringLiteral("low surrogate");
        QTest::newRow("utf-16 odd length")
            << QByteArray("a\0b", 3) << TextEncoding::Utf16LE << 1 << 3 << QStringLiteral("ends in the middle");
    }

    void badBytesNameLineAndColumn()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(TextEncoding, encoding);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, reason);
        QString text;
        DecodeError error;
        QVERIFY(!TextDecoder::decodeAll(bytes, encoding, &text, &error));
        QCOMPARE(error.line, qint64(line));
        QCOMPARE(error.byteColumn, qint64(column));
        QVERIFY2(error.message.contains(reason), qPrintable(error.message));
        QVERIFY(!text.contains(QChar(0xFFFD)));
    }

    void byteOrderMarkCountsInTheFirstLine()
    {
        const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + "ab\xFF";
        DecodeError error;
        QString text;
        QVERIFY(!TextDecoder::decodeAll(bytes, TextEncoding::Auto, &text, &error));
        QCOMPARE(error.line, qint64(1));
        QCOMPARE(error.byteColumn, qint64(6));
    }

    void encodingNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::newRow("utf-8") << QStringLiteral("UTF-8") << TextEncoding::Utf8;
        QTest::newRow("utf8") << QStringLiteral("utf8") << TextEncoding::Utf8;
        QTest::newRow("euc-kr") << QStringLiteral("EUC-KR") << TextEncoding::Cp949;
        QTest::newRow("windows-949") << QStringLiteral("windows-949") << TextEncoding::Cp949;
        QTest::newRow("utf-16le") << QStringLiteral("utf-16le") << TextEncoding::Utf16LE;
        QTest::newRow("auto") << QStringLiteral("auto") << TextEncoding::Auto;
    }

    void encodingNames()
    {
        QFETCH(QString, name);
        QFETCH(TextEncoding, encoding);
        TextEncoding parsed = TextEncoding::Auto;
        QVERIFY(TextEncodings::parse(name, &parsed));
        QCOMPARE(parsed, encoding);
        TextEncoding again = TextEncoding::Utf16BE;
        QVERIFY(TextEncodings::parse(TextEncodings::name(parsed), &again));
        QCOMPARE(again, parsed);
        QVERIFY(!TextEncodings::parse(QStringLiteral("latin-2"), &parsed));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "TestTextDecoder.moc"
