#include "money/MoneyParser.h"

#include <QList>
#include <QString>
#include <QtNumeric>

#include <climits>
#include <utility>

namespace innoatlas {

namespace {

struct Token
{
    enum class Kind
    {
        Number,
        Word,
        Hangul,
        Symbol,
        Minus
    };
    Kind kind = Kind::Word;
    int pos = 0;
    QString text;       // as written (for a Hangul token: the unit or word it was split into)
    QString key;        // Word: lower case
    QString intDigits;  // Number: digits before the point, separators removed
    QString fracDigits; // Number: digits after the point
    int pointPos = -1;  // Number: index of the decimal point, -1 when there is none
};

// One number of the amount, multiplied by 10^exponent major units. Every unit the parser knows
// (십 ... 조, thousand ... trillion) is a power of ten, so an amount is a sum of terms.
struct Term
{
    QString intDigits;
    QString fracDigits;
    int pos = 0;
    int pointPos = -1;
    int exponent = 0;
};

const QString kMalformedGrouping = QStringLiteral("malformed digit grouping");
const QString kMalformedNumber = QStringLiteral("malformed number");
const QString kTooLarge = QStringLiteral("amount too large");

// Full-width forms, the full-width won and yen signs, the minus sign and unusual spaces are
// replaced one for one, so that an index into the result is an index into the input.
QString normalised(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) {
            c = QChar(char16_t(u - 0xFEE0));
        } else if (u == 0xFFE6) {
            c = QChar(u'₩');
        } else if (u == 0xFFE5) {
            c = QChar(u'¥');
        } else if (u == 0x2212) {
            c = QChar(u'-');
        } else if (c.isSpace()) {
            c = QChar(u' ');
        }
    }
    return out;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isHangulSyllable(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

class Lexer
{
public:
    explicit Lexer(const QString &text) : m_text(text) {}

    bool run(QList<Token> &tokens)
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u' ') {
                ++m_pos;
            } else if (isAsciiDigit(c)) {
                Token token;
                if (!lexNumber(token)) {
                    return false;
                }
                tokens.append(token);
            } else if (isAsciiLetter(c)) {
                tokens.append(lexWord());
            } else if (isHangulSyllable(c)) {
                if (!lexHangul(tokens)) {
                    return false;
                }
            } else if (c == u'$' || c == u'₩' || c == u'€' || c == u'£' || c == u'¥') {
                tokens.append(single(Token::Kind::Symbol));
            } else if (c == u'-') {
                tokens.append(single(Token::Kind::Minus));
            } else {
                return fail(QStringLiteral("unexpected character '%1'").arg(c), m_pos);
            }
        }
        return true;
    }

    const MoneyParseResult &error() const { return m_error; }

private:
    bool fail(const QString &message, int position)
    {
        m_error = MoneyParseResult::failure(message, position);
        return false;
    }

    QChar at(int index) const { return index < m_text.size() ? m_text.at(index) : QChar(); }

    int digitsFrom(int index) const
    {
        int end = index;
        while (end < m_text.size() && isAsciiDigit(m_text.at(end))) {
            ++end;
        }
        return end - index;
    }

    Token single(Token::Kind kind)
    {
        Token token;
        token.kind = kind;
        token.pos = m_pos;
        token.text = m_text.at(m_pos);
        ++m_pos;
        return token;
    }

    bool lexNumber(Token &token)
    {
        token.kind = Token::Kind::Number;
        token.pos = m_pos;
        const int firstGroup = digitsFrom(m_pos);
        token.intDigits = m_text.mid(m_pos, firstGroup);
        m_pos += firstGroup;
        if (at(m_pos) == u',' && firstGroup > 3) {
            return fail(kMalformedGrouping, token.pos);
        }
        while (at(m_pos) == u',') {
            const int groupStart = m_pos + 1;
            const int group = digitsFrom(groupStart);
            if (group != 3) {
                return fail(kMalformedGrouping, group == 0 ? m_pos : groupStart);
            }
            token.intDigits += m_text.mid(groupStart, 3);
            m_pos = groupStart + 3;
        }
        if (at(m_pos) == u'.') {
            const int fraction = digitsFrom(m_pos + 1);
            if (fraction == 0) {
                return fail(kMalformedNumber, m_pos);
            }
            token.pointPos = m_pos;
            token.fracDigits = m_text.mid(m_pos + 1, fraction);
            m_pos += 1 + fraction;
        }
        if (at(m_pos) == u'.' || at(m_pos) == u',') {
            return fail(kMalformedNumber, m_pos);
        }
        token.text = m_text.mid(token.pos, m_pos - token.pos);
        return true;
    }

    Token lexWord()
    {
        Token token;
        token.kind = Token::Kind::Word;
        token.pos = m_pos;
        while (m_pos < m_text.size() && isAsciiLetter(m_text.at(m_pos))) {
            ++m_pos;
        }
        token.text = m_text.mid(token.pos, m_pos - token.pos);
        token.key = token.text.toLower();
        if (token.key == u"approx" && at(m_pos) == u'.') {
            ++m_pos;
        }
        return token;
    }

    // A run of Hangul is split into the units and words the parser knows, longest first, so that
    // "2조3456억원" and "3억달러" need no spaces.
    bool lexHangul(QList<Token> &tokens)
    {
        static const QStringView words[] = {u"파운드", u"달러", u"유로", u"위안", u"원", u"엔", u"약",
                                            u"조",     u"억",   u"만",   u"천",   u"백", u"십"};
        while (m_pos < m_text.size() && isHangulSyllable(m_text.at(m_pos))) {
            bool matched = false;
            for (QStringView word : words) {
                if (QStringView(m_text).mid(m_pos).startsWith(word)) {
                    Token token;
                    token.kind = Token::Kind::Hangul;
                    token.pos = m_pos;
                    token.text = word.toString();
                    tokens.append(token);
                    m_pos += int(word.size());
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                return fail(QStringLiteral("unexpected '%1'").arg(m_text.at(m_pos)), m_pos);
            }
        }
        return true;
    }

    const QString &m_text;
    int m_pos = 0;
    MoneyParseResult m_error;
};

bool isHangul(const Token *token, QStringView text)
{
    return token && token->kind == Token::Kind::Hangul && token->text == text;
}

int smallUnitExponent(const Token *token)
{
    if (isHangul(token, u"십")) {
        return 1;
    }
    if (isHangul(token, u"백")) {
        return 2;
    }
    if (isHangul(token, u"천")) {
        return 3;
    }
    return -1;
}

int bigUnitExponent(const Token *token)
{
    if (isHangul(token, u"만")) {
        return 4;
    }
    if (isHangul(token, u"억")) {
        return 8;
    }
    if (isHangul(token, u"조")) {
        return 12;
    }
    return -1;
}

int scaleExponent(const Token *token)
{
    if (!token || token->kind != Token::Kind::Word) {
        return -1;
    }
    const QString &key = token->key;
    if (key == u"thousand") {
        return 3;
    }
    if (key == u"million" || key == u"mn") {
        return 6;
    }
    if (key == u"billion" || key == u"bn") {
        return 9;
    }
    if (key == u"trillion" || key == u"tn") {
        return 12;
    }
    return -1;
}

bool isApproximation(const Token *token)
{
    if (isHangul(token, u"약")) {
        return true;
    }
    if (!token || token->kind != Token::Kind::Word) {
        return false;
    }
    const QString &key = token->key;
    return key == u"about" || key == u"approximately" || key == u"approx" || key == u"around" || key == u"roughly";
}

// The currency of a word standing alone ("won", "원", "usd"), or an empty string.
QString currencyOfWord(const Token *token)
{
    if (!token) {
        return QString();
    }
    if (token->kind == Token::Kind::Hangul) {
        static const QStringView names[][2] = {{u"원", u"KRW"}, {u"달러", u"USD"}, {u"유로", u"EUR"},
                                               {u"엔", u"JPY"}, {u"위안", u"CNY"}, {u"파운드", u"GBP"}};
        for (const auto &name : names) {
            if (token->text == name[0]) {
                return name[1].toString();
            }
        }
        return QString();
    }
    if (token->kind != Token::Kind::Word) {
        return QString();
    }
    static const QStringView names[][2] = {
        {u"won", u"KRW"}, {u"dollar", u"USD"}, {u"dollars", u"USD"}, {u"euro", u"EUR"},  {u"euros", u"EUR"},
        {u"yen", u"JPY"}, {u"yuan", u"CNY"},   {u"rmb", u"CNY"},     {u"pound", u"GBP"}, {u"pounds", u"GBP"},
    };
    for (const auto &name : names) {
        if (token->key == name[0]) {
            return name[1].toString();
        }
    }
    const QString code = token->text.toUpper();
    if (code.size() == 3 && Money::isKnownCurrency(code)) {
        return code;
    }
    return QString();
}

// The currency of a prefix before "$" or "dollars" ("US", "HK", ...), or an empty string.
QString dollarCurrency(const QString &key)
{
    static const QStringView prefixes[][2] = {{u"us", u"USD"}, {u"c", u"CAD"},  {u"ca", u"CAD"}, {u"a", u"AUD"},
                                              {u"au", u"AUD"}, {u"hk", u"HKD"}, {u"s", u"SGD"},  {u"sg", u"SGD"},
                                              {u"nt", u"TWD"}, {u"nz", u"NZD"}};
    for (const auto &prefix : prefixes) {
        if (key == prefix[0]) {
            return prefix[1].toString();
        }
    }
    return QString();
}

bool isUpperCaseCode(const QString &text)
{
    if (text.size() != 3) {
        return false;
    }
    for (QChar c : text) {
        if (c < u'A' || c > u'Z') {
            return false;
        }
    }
    return true;
}

// Whether the integer part of a number (leading zeros ignored) has at most `digits` digits.
bool integerPartBelowPowerOfTen(const QString &intDigits, int digits)
{
    int significant = int(intDigits.size());
    for (QChar c : intDigits) {
        if (c != u'0') {
            break;
        }
        --significant;
    }
    return significant <= digits;
}

Term termOf(const Token &token, int exponent)
{
    return Term{token.intDigits, token.fracDigits, token.pos, token.pointPos, exponent};
}

Term implicitOne(int position, int exponent)
{
    return Term{QStringLiteral("1"), QString(), position, -1, exponent};
}

class Parser
{
public:
    Parser(const QList<Token> &tokens, int length) : m_tokens(tokens), m_length(length) {}

    MoneyParseResult run()
    {
        if (m_tokens.isEmpty()) {
            return MoneyParseResult::failure(QStringLiteral("empty input"), 0);
        }
        if (!rejectMinus()) {
            return m_error;
        }
        if (isApproximation(peek())) {
            ++m_index;
        }
        if (!rejectMinus() || !parseCurrency() || !rejectMinus() || !parseAmount() || !parseCurrency()) {
            return m_error;
        }
        if (const Token *extra = peek()) {
            return MoneyParseResult::failure(QStringLiteral("unexpected '%1'").arg(extra->text), extra->pos);
        }
        if (m_currency.isEmpty()) {
            m_currency = QStringLiteral("KRW");
        }
        const int minorDigits = Money::minorUnitDigits(m_currency);
        qint64 total = 0;
        for (const Term &term : std::as_const(m_terms)) {
            qint64 value = 0;
            if (!toMinorUnits(term, minorDigits, value)) {
                return m_error;
            }
            if (qAddOverflow(total, value, &total)) {
                return MoneyParseResult::failure(kTooLarge, term.pos);
            }
        }
        return MoneyParseResult::success(Money{total, m_currency});
    }

    int currencyPosition() const { return m_currencyPos; }

private:
    const Token *peek(int offset = 0) const
    {
        const int index = m_index + offset;
        return index < m_tokens.size() ? &m_tokens.at(index) : nullptr;
    }

    bool fail(const QString &message, int position)
    {
        m_error = MoneyParseResult::failure(message, position);
        return false;
    }

    bool rejectMinus()
    {
        const Token *token = peek();
        if (token && token->kind == Token::Kind::Minus) {
            return fail(QStringLiteral("negative amounts are not allowed"), token->pos);
        }
        return true;
    }

    bool setCurrency(const QString &code, int position)
    {
        if (!m_currency.isEmpty() && m_currency != code) {
            return fail(QStringLiteral("conflicting currencies %1 and %2").arg(m_currency, code), position);
        }
        if (m_currency.isEmpty()) {
            m_currency = code;
            m_currencyPos = position;
        }
        return true;
    }

    // Consumes a currency if one stands at the current token; false only on an error.
    bool parseCurrency()
    {
        const Token *token = peek();
        if (!token) {
            return true;
        }
        const Token *next = peek(1);
        if (token->kind == Token::Kind::Symbol) {
            if (token->text == u"¥") {
                return fail(QStringLiteral("ambiguous currency sign '¥': write JPY or CNY"), token->pos);
            }
            const QString code = token->text == u"$"   ? QStringLiteral("USD")
                                 : token->text == u"₩" ? QStringLiteral("KRW")
                                 : token->text == u"€" ? QStringLiteral("EUR")
                                                       : QStringLiteral("GBP");
            ++m_index;
            return setCurrency(code, token->pos);
        }
        if (token->kind == Token::Kind::Word && next) {
            const bool dollarSign = next->kind == Token::Kind::Symbol && next->text == u"$";
            const bool dollarWord =
                next->kind == Token::Kind::Word && (next->key == u"dollar" || next->key == u"dollars");
            const QString dollar = dollarCurrency(token->key);
            if (!dollar.isEmpty() && (dollarSign || dollarWord)) {
                m_index += 2;
                return setCurrency(dollar, token->pos);
            }
            if (next->kind == Token::Kind::Symbol && next->text == u"¥" &&
                (token->key == u"jp" || token->key == u"cn")) {
                m_index += 2;
                return setCurrency(token->key == u"jp" ? QStringLiteral("JPY") : QStringLiteral("CNY"), token->pos);
            }
        }
        const QString code = currencyOfWord(token);
        if (!code.isEmpty()) {
            ++m_index;
            return setCurrency(code, token->pos);
        }
        if (token->kind == Token::Kind::Word && isUpperCaseCode(token->text)) {
            return fail(QStringLiteral("unknown currency '%1'").arg(token->text), token->pos);
        }
        return true;
    }

    bool parseAmount()
    {
        const Token *token = peek();
        if (!token) {
            return fail(QStringLiteral("missing amount"), m_length);
        }
        if (token->kind == Token::Kind::Number) {
            const int scale = scaleExponent(peek(1));
            if (scale > 0) {
                m_terms.append(termOf(*token, scale));
                m_index += 2;
                return true;
            }
            return parseKorean();
        }
        if (smallUnitExponent(token) > 0 || isHangul(token, u"만")) {
            return parseKorean();
        }
        if (scaleExponent(token) > 0 || bigUnitExponent(token) > 0) {
            return fail(QStringLiteral("'%1' needs a number before it").arg(token->text), token->pos);
        }
        return fail(QStringLiteral("expected a number"), token->pos);
    }

    // Groups of 조, 억 and 만 in descending order, then an optional remainder; a plain number is a
    // remainder alone.
    bool parseKorean()
    {
        int previousBig = INT_MAX;
        bool first = true;
        bool decimalSeen = false;
        while (const Token *token = peek()) {
            if (token->kind != Token::Kind::Number && smallUnitExponent(token) < 0 && !isHangul(token, u"만")) {
                break;
            }
            if (decimalSeen) {
                return fail(QStringLiteral("a number with decimals must be the last part of the amount"), token->pos);
            }
            QList<Term> group;
            int smallLimit = 4; // the next 천/백/십 must be below this power of ten
            bool hasSmall = false;
            const Token *plain = nullptr;
            while (const Token *part = peek()) {
                const Token *unit = part->kind == Token::Kind::Number ? peek(1) : part;
                const int small = smallUnitExponent(unit);
                if (small > 0) {
                    if (small >= smallLimit) {
                        return fail(QStringLiteral("unit '%1' out of order").arg(unit->text), unit->pos);
                    }
                    if (part != unit) {
                        if (part->pointPos >= 0 || part->intDigits.size() != 1 || part->intDigits == u"0") {
                            return fail(QStringLiteral("expected a single digit before '%1'").arg(unit->text),
                                        part->pos);
                        }
                        group.append(termOf(*part, small));
                        m_index += 2;
                    } else {
                        group.append(implicitOne(unit->pos, small));
                        ++m_index;
                    }
                    smallLimit = small;
                    hasSmall = true;
                    continue;
                }
                if (part->kind == Token::Kind::Number) {
                    if (hasSmall && (part->pointPos >= 0 || !integerPartBelowPowerOfTen(part->intDigits, smallLimit))) {
                        return fail(QStringLiteral("number too large after '%1'").arg(peek(-1)->text), part->pos);
                    }
                    plain = part;
                    group.append(termOf(*part, 0));
                    ++m_index;
                }
                break;
            }

            const Token *unit = peek();
            int big = bigUnitExponent(unit);
            if (big > 0) {
                if (big >= previousBig) {
                    return fail(QStringLiteral("unit '%1' out of order").arg(unit->text), unit->pos);
                }
                if (group.isEmpty()) {
                    group.append(implicitOne(unit->pos, 0)); // only 만 can start a group without a number
                }
                ++m_index;
            } else {
                big = 0;
            }
            if (plain && !first && !hasSmall && !integerPartBelowPowerOfTen(plain->intDigits, 4)) {
                return fail(QStringLiteral("a number after a larger unit must be below 10,000"), plain->pos);
            }
            if (plain && plain->pointPos >= 0) {
                decimalSeen = true;
            }
            for (Term &term : group) {
                term.exponent += big;
                m_terms.append(term);
            }
            previousBig = big;
            first = false;
            if (big == 0) {
                break;
            }
        }
        return true;
    }

    bool toMinorUnits(const Term &term, int minorDigits, qint64 &value)
    {
        int exponent = term.exponent + minorDigits;
        const int kept = qMin(int(term.fracDigits.size()), exponent);
        for (int i = kept; i < term.fracDigits.size(); ++i) {
            if (term.fracDigits.at(i) != u'0') {
                return fail(QStringLiteral("too many decimal places for %1").arg(m_currency), term.pointPos + 1 + i);
            }
        }
        const QString digits = term.intDigits + term.fracDigits.left(kept);
        exponent -= kept;
        value = 0;
        for (QChar c : digits) {
            if (qMulOverflow(value, qint64(10), &value) || qAddOverflow(value, qint64(c.unicode() - u'0'), &value)) {
                return fail(kTooLarge, term.pos);
            }
        }
        for (int i = 0; i < exponent && value != 0; ++i) {
            if (qMulOverflow(value, qint64(10), &value)) {
                return fail(kTooLarge, term.pos);
            }
        }
        return true;
    }

    const QList<Token> &m_tokens;
    const int m_length;
    int m_index = 0;
    QList<Term> m_terms;
    QString m_currency;
    int m_currencyPos = -1;
    MoneyParseResult m_error;
};

MoneyParseResult parseText(QStringView text, int *currencyPosition)
{
    // Korean typed on some systems arrives decomposed (NFD); positions then refer to the composed form.
    QString input = normalised(text);
    input = input.normalized(QString::NormalizationForm_C);
    QList<Token> tokens;
    Lexer lexer(input);
    if (!lexer.run(tokens)) {
        return lexer.error();
    }
    Parser parser(tokens, int(input.size()));
    MoneyParseResult result = parser.run();
    *currencyPosition = parser.currencyPosition();
    return result;
}

} // namespace

MoneyParseResult MoneyParser::parse(QStringView text)
{
    int currencyPosition = -1;
    return parseText(text, &currencyPosition);
}

MoneyParseResult MoneyParser::parseWon(QStringView text)
{
    int currencyPosition = -1;
    const MoneyParseResult result = parseText(text, &currencyPosition);
    if (result.ok && !result.money.isKrw()) {
        return MoneyParseResult::failure(QStringLiteral("expected an amount in KRW, not %1").arg(result.money.currency),
                                         currencyPosition);
    }
    return result;
}

} // namespace innoatlas
