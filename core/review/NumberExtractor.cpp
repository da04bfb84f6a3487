#include "review/NumberExtractor.h"

#include "money/MoneyParser.h"

#include <QHash>

namespace innoatlas {

namespace {

int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= 0xFF10 && u <= 0xFF19) // full-width digits
        return u - 0xFF10;
    return -1;
}

bool isDigit(QChar c)
{
    return digitValue(c) >= 0;
}

bool isLatin(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isHangulSyllable(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

// ① … ⑳ and ❶ … ❿ number the parts of a title or list: "① 미래형 …" is "(1) …", but a translation
// may run the list into a sentence, so they count as numbers in words.
int circledValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x2460 && u <= 0x2473)
        return u - 0x2460 + 1;
    if (u >= 0x2776 && u <= 0x277F)
        return u - 0x2776 + 1;
    return 0;
}

int koreanUnitExponent(QChar c)
{
    switch (c.unicode()) {
    case u'십':
        return 1;
    case u'백':
        return 2;
    case u'천':
        return 3;
    case u'만':
        return 4;
    case u'억':
        return 8;
    case u'조':
        return 12;
    default:
        return 0;
    }
}

// integer.fraction × 10^exponent in canonical form, with decimal digits only (no overflow).
QString scaled(const QString &integer, const QString &fraction, int exponent)
{
    if (exponent >= fraction.size())
        return NumberExtractor::canonical(integer + fraction + QString(exponent - fraction.size(), u'0'));
    return NumberExtractor::canonical(integer + fraction.left(exponent), fraction.mid(exponent));
}

bool isKoreanUnit(QChar c)
{
    return c == u'십' || c == u'백' || c == u'천' || c == u'만' || c == u'억' || c == u'조';
}

const QHash<QString, int> &englishWords()
{
    static const QHash<QString, int> words = [] {
        QHash<QString, int> w;
        const char *const cardinals[] = {"zero",     "one",      "two",      "three",   "four",    "five",
                                         "six",      "seven",    "eight",    "nine",    "ten",     "eleven",
                                         "twelve",   "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                         "eighteen", "nineteen", "twenty"};
        for (int i = 0; i <= 20; ++i)
            w.insert(QString::fromLatin1(cardinals[i]), i);
        const char *const ordinals[] = {"first",     "second",      "third",      "fourth",     "fifth",
                                        "sixth",     "seventh",     "eighth",     "ninth",      "tenth",
                                        "eleventh",  "twelfth",     "thirteenth", "fourteenth", "fifteenth",
                                        "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
        for (int i = 0; i < 20; ++i)
            w.insert(QString::fromLatin1(ordinals[i]), i + 1);
        const char *const tens[] = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < 7; ++i)
            w.insert(QString::fromLatin1(tens[i]), (i + 3) * 10);
        w.insert(QStringLiteral("hundred"), 100);
        w.insert(QStringLiteral("dozen"), 12);
        w.insert(QStringLiteral("twice"), 2);
        w.insert(QStringLiteral("double"), 2);
        w.insert(QStringLiteral("triple"), 3);
        w.insert(QStringLiteral("foremost"), 1);
        w.insert(QStringLiteral("bilateral"), 2);
        w.insert(QStringLiteral("trilateral"), 3);
        w.insert(QStringLiteral("tripartite"), 3);
        return w;
    }();
    return words;
}

int monthNumber(const QString &word)
{
    static const char *const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
    for (int i = 0; i < 12; ++i) {
        const QLatin1String month(months[i]);
        // The full name or its usual abbreviation: "Feb", "Sep", "Sept".
        if (word == month || (word.size() == 3 && month.startsWith(word)) || (i == 8 && word == QLatin1String("Sept")))
            return i + 1;
    }
    return 0;
}

const QHash<QString, int> &koreanWords()
{
    // Native Korean numerals, ordinals and day counts as words of their own ("두 번째", "이틀간" is not).
    static const QHash<QString, int> words = {
        {QStringLiteral("한"), 1},   {QStringLiteral("하나"), 1},   {QStringLiteral("첫"), 1},
        {QStringLiteral("첫째"), 1}, {QStringLiteral("두"), 2},     {QStringLiteral("둘"), 2},
        {QStringLiteral("둘째"), 2}, {QStringLiteral("세"), 3},     {QStringLiteral("셋"), 3},
        {QStringLiteral("셋째"), 3}, {QStringLiteral("네"), 4},     {QStringLiteral("넷"), 4},
        {QStringLiteral("넷째"), 4}, {QStringLiteral("다섯"), 5},   {QStringLiteral("여섯"), 6},
        {QStringLiteral("일곱"), 7}, {QStringLiteral("여덟"), 8},   {QStringLiteral("아홉"), 9},
        {QStringLiteral("열"), 10},  {QStringLiteral("스무"), 20},  {QStringLiteral("스물"), 20},
        {QStringLiteral("이틀"), 2}, {QStringLiteral("이틀간"), 2}, {QStringLiteral("사흘"), 3},
        {QStringLiteral("나흘"), 4}, {QStringLiteral("닷새"), 5},   {QStringLiteral("열흘"), 10},
        {QStringLiteral("초대"), 1}, {QStringLiteral("두배"), 2},
    };
    return words;
}

int englishScale(const QString &lowerWord)
{
    if (lowerWord == QLatin1String("thousand"))
        return 3;
    if (lowerWord == QLatin1String("million") || lowerWord == QLatin1String("mn"))
        return 6;
    if (lowerWord == QLatin1String("billion") || lowerWord == QLatin1String("bn"))
        return 9;
    if (lowerWord == QLatin1String("trillion") || lowerWord == QLatin1String("tn"))
        return 12;
    return -1;
}

class Scanner
{
public:
    explicit Scanner(const QString &text) : m_s(text) {}

    QVector<ExtractedNumber> run()
    {
        while (m_i < m_s.size()) {
            const QChar c = m_s.at(m_i);
            if (isDigit(c)) {
                digits();
            } else if (isLatin(c)) {
                latinWord();
            } else if (isHangulSyllable(c)) {
                hangulWord();
            } else {
                if (const int circled = circledValue(c))
                    add(QString::number(circled), m_i, m_i + 1, true);
                ++m_i;
            }
        }
        return m_found;
    }

private:
    QChar at(int i) const { return i >= 0 && i < m_s.size() ? m_s.at(i) : QChar(); }

    void add(const QString &value, int start, int end, bool spelled = false)
    {
        m_found.append({value, spelled, start, end - start, {}});
    }

    int wordEnd(int i) const
    {
        while (isLatin(at(i)))
            ++i;
        return i;
    }

    // Digits with optional thousands grouping ("2,000": a comma and exactly three digits) and
    // decimals. Returns the end; the digits are appended without separators.
    int readNumber(int i, QString *integer, QString *fraction) const
    {
        while (isDigit(at(i)))
            *integer += QChar(u'0' + digitValue(m_s.at(i++)));
        while (at(i) == u',' && isDigit(at(i + 1)) && isDigit(at(i + 2)) && isDigit(at(i + 3)) && !isDigit(at(i + 4))) {
            for (int k = 1; k <= 3; ++k)
                *integer += QChar(u'0' + digitValue(m_s.at(i + k)));
            i += 4;
        }
        if (at(i) == u'.' && isDigit(at(i + 1))) {
            ++i;
            while (isDigit(at(i)))
                *fraction += QChar(u'0' + digitValue(m_s.at(i++)));
        }
        return i;
    }

    // "2023.08.23": each part is a number of its own.
    bool dottedDate(int start)
    {
        int i = start;
        int parts = 0;
        QVector<QPair<int, int>> spans;
        while (true) {
            const int begin = i;
            while (isDigit(at(i)))
                ++i;
            if (i == begin)
                return false;
            spans.append({begin, i});
            ++parts;
            if (at(i) == u'.' && isDigit(at(i + 1)))
                ++i;
            else
                break;
        }
        if (parts < 3)
            return false;
        for (const auto &[b, e] : spans) {
            QString digitsOnly;
            for (int k = b; k < e; ++k)
                digitsOnly += QChar(u'0' + digitValue(m_s.at(k)));
            add(NumberExtractor::canonical(digitsOnly), b, e);
        }
        m_i = spans.last().second;
        return true;
    }

    void digits()
    {
        const int start = m_i;
        if (isLatin(at(start - 1))) {
            // Part of a name or code: "m2", "A1", "GS25".
            while (isLatin(at(m_i)) || isDigit(at(m_i)))
                ++m_i;
            return;
        }
        if (dottedDate(start))
            return;
        QString integer;
        QString fraction;
        const int end = readNumber(start, &integer, &fraction);
        m_i = end;
        if (isKoreanUnit(at(end)) && at(start - 1) != u'제' && koreanAmount(start, end, integer, fraction))
            return;
        if (englishAmount(start, end))
            return;
        add(NumberExtractor::canonical(integer, fraction), start, end);
        // "9.8" may be a month and a day ("(9.8~10)": 8 to 10 September).
        const int month = integer.toInt();
        const int day = fraction.toInt();
        if (fraction.size() <= 2 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && !integer.startsWith(u'0'))
            m_found.last().alternative = {QString::number(month), QString::number(day)};
        // Ordinal and plural suffixes belong to the number: "3rd", "20th", "1990s".
        const int suffixEnd = wordEnd(end);
        const QString suffix = m_s.mid(end, suffixEnd - end).toLower();
        if (suffix == QLatin1String("st") || suffix == QLatin1String("nd") || suffix == QLatin1String("rd") ||
            suffix == QLatin1String("th") || suffix == QLatin1String("s"))
            m_i = suffixEnd;
    }

    // "1조 2,620억", "1조 5천억", "4만3,000", "2천200", "97.3억": groups of digits and Korean units in a
    // row; "25,080,749백만" (millions, as accounts write) is a number times its units.
    bool koreanAmount(int start, int end, const QString &integer, const QString &fraction)
    {
        int spanEnd = end;
        int exponent = 0;
        while (isKoreanUnit(at(spanEnd)))
            exponent += koreanUnitExponent(m_s.at(spanEnd++));
        const int firstGroupEnd = spanEnd;
        while (true) {
            // After 만, 억 and 조 the next group may follow a space ("1조 2,620억"); after 십, 백
            // and 천 only directly ("2천200").
            const bool bigUnit = koreanUnitExponent(at(spanEnd - 1)) >= 4;
            int k = spanEnd;
            while (bigUnit && at(k) == u' ')
                ++k;
            if (!isDigit(at(k)))
                break;
            QString nextInteger;
            QString nextFraction;
            const int next = readNumber(k, &nextInteger, &nextFraction);
            if (isKoreanUnit(at(next))) {
                spanEnd = next;
                while (isKoreanUnit(at(spanEnd)))
                    ++spanEnd;
                continue;
            }
            if (nextFraction.isEmpty() && nextInteger.size() <= 4 && !isDigit(at(next)) && at(next) != u'.')
                spanEnd = next; // the remainder: "1억 2,345만 6,789"
            break;
        }
        const MoneyParseResult parsed = MoneyParser::parse(QStringView(m_s).mid(start, spanEnd - start));
        if (parsed.ok) {
            add(QString::number(parsed.money.amount), start, spanEnd);
        } else if (spanEnd == firstGroupEnd) {
            add(scaled(integer, fraction, exponent), start, spanEnd);
        } else {
            return false;
        }
        m_i = spanEnd;
        return true;
    }

    // "126.2 billion", "1.5tn", "300 million".
    bool englishAmount(int start, int end)
    {
        int k = end;
        if (at(k) == u' ')
            ++k;
        const int e = wordEnd(k);
        if (e == k || englishScale(m_s.mid(k, e - k).toLower()) < 0 || isLatin(at(k - 1)))
            return false;
        const MoneyParseResult parsed = MoneyParser::parse(QStringView(m_s).mid(start, e - start));
        if (!parsed.ok)
            return false;
        add(QString::number(parsed.money.amount), start, e);
        m_i = e;
        return true;
    }

    void latinWord()
    {
        const int start = m_i;
        const int end = wordEnd(start);
        m_i = end;
        if (isDigit(at(start - 1)) || isLatin(at(start - 1)))
            return;
        const QString word = m_s.mid(start, end - start);
        if (const int month = monthNumber(word)) {
            add(QString::number(month), start, end, true);
            return;
        }
        const QString lower = word.toLower();
        const auto it = englishWords().constFind(lower);
        if (it == englishWords().constEnd())
            return;
        qint64 value = *it;
        int spanEnd = end;
        // "twenty-five"
        if (value >= 20 && value <= 90 && value % 10 == 0 && at(end) == u'-') {
            const int unitEnd = wordEnd(end + 1);
            const auto unit = englishWords().constFind(m_s.mid(end + 1, unitEnd - end - 1).toLower());
            if (unit != englishWords().constEnd() && *unit >= 1 && *unit <= 9) {
                value += *unit;
                spanEnd = unitEnd;
            }
        }
        // "two million"
        if (at(spanEnd) == u' ') {
            const int scaleEnd = wordEnd(spanEnd + 1);
            const int exponent = englishScale(m_s.mid(spanEnd + 1, scaleEnd - spanEnd - 1).toLower());
            if (exponent > 0) {
                for (int k = 0; k < exponent; ++k)
                    value *= 10;
                spanEnd = scaleEnd;
            }
        }
        m_i = spanEnd;
        add(QString::number(value), start, spanEnd, true);
    }

    void hangulWord()
    {
        const int start = m_i;
        while (isHangulSyllable(at(m_i)))
            ++m_i;
        if (isDigit(at(start - 1)))
            return;
        const auto it = koreanWords().constFind(m_s.mid(start, m_i - start));
        if (it != koreanWords().constEnd())
            add(QString::number(*it), start, m_i, true);
    }

    const QString &m_s;
    int m_i = 0;
    QVector<ExtractedNumber> m_found;
};

} // namespace

QString NumberExtractor::canonical(const QString &integerDigits, const QString &fractionDigits)
{
    qsizetype first = 0;
    while (first < integerDigits.size() - 1 && integerDigits.at(first) == u'0')
        ++first;
    QString integer = integerDigits.mid(first);
    if (integer.isEmpty())
        integer = QStringLiteral("0");
    QString fraction = fractionDigits;
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    return fraction.isEmpty() ? integer : integer + QLatin1Char('.') + fraction;
}

QVector<ExtractedNumber> NumberExtractor::extract(const QString &text)
{
    return Scanner(text).run();
}

} // namespace innoatlas
