#include "review/NumberCheck.h"

#include "review/NumberExtractor.h"

namespace innoatlas {

namespace {
struct Side
{
    const QString &text;
    QVector<ExtractedNumber> numbers;
    QVector<bool> used;

    explicit Side(const QString &t) : text(t), numbers(NumberExtractor::extract(t)), used(numbers.size(), false) {}
};

// Pairs each unused number in digits on @p from with an unused number on @p to that @p same accepts.
template <typename Same>
void pairUp(Side &from, Side &to, bool toSpelled, Same same)
{
    for (int i = 0; i < from.numbers.size(); ++i) {
        if (from.used.at(i) || from.numbers.at(i).spelled)
            continue;
        for (int j = 0; j < to.numbers.size(); ++j) {
            if (!to.used.at(j) && to.numbers.at(j).spelled == toSpelled &&
                same(from.numbers.at(i).value, to.numbers.at(j).value)) {
                from.used[i] = true;
                to.used[j] = true;
                break;
            }
        }
    }
}

// A number with another reading ("9.8" as 8 September) matches when every part of that reading does.
void pairUpAlternatives(Side &from, Side &to)
{
    for (int i = 0; i < from.numbers.size(); ++i) {
        const ExtractedNumber &number = from.numbers.at(i);
        if (from.used.at(i) || number.spelled || number.alternative.isEmpty())
            continue;
        QVector<bool> used = to.used;
        bool all = true;
        for (const QString &part : number.alternative) {
            bool found = false;
            for (int j = 0; j < to.numbers.size() && !found; ++j) {
                if (!used.at(j) && to.numbers.at(j).value == part)
                    used[j] = found = true;
            }
            all = all && found;
        }
        if (all) {
            from.used[i] = true;
            to.used = used;
        }
    }
}

// The numbers of @p side nothing on the other side answers, split into values the other side does
// not have at all and values it has fewer times.
void unmatched(const Side &side, const Side &other, Language language, QStringList *absent, QStringList *fewer,
               QVector<TextSpan> *absentSpans, QVector<TextSpan> *fewerSpans)
{
    for (int i = 0; i < side.numbers.size(); ++i) {
        const ExtractedNumber &number = side.numbers.at(i);
        if (side.used.at(i) || number.spelled)
            continue;
        bool elsewhere = false;
        for (const ExtractedNumber &o : other.numbers)
            elsewhere = elsewhere || o.value == number.value;
        const QString written = side.text.mid(number.start, number.length);
        const TextSpan span{language, number.start, number.length};
        if (elsewhere) {
            *fewer << written;
            *fewerSpans << span;
        } else {
            *absent << written;
            *absentSpans << span;
        }
    }
}

Language likelierWrong(const FieldPair &pair)
{
    if (pair.verbatimLanguage)
        return otherLanguage(*pair.verbatimLanguage);
    return pair.text.koStatus < pair.text.enStatus ? Language::Korean : Language::English;
}
} // namespace

bool NumberCheck::isRoundingOf(const QString &rounded, const QString &exact)
{
    bool okRounded = false;
    bool okExact = false;
    const qint64 r = rounded.toLongLong(&okRounded);
    const qint64 e = exact.toLongLong(&okExact);
    if (!okRounded || !okExact || r < 1'000'000 || e < 1'000'000 || r == e)
        return false;
    qint64 unit = 1;
    qint64 digits = r;
    while (digits % 10 == 0) {
        digits /= 10;
        unit *= 10;
    }
    // At least two significant digits: "2조" is not a rounding of "1조 6,552억".
    if (digits < 10)
        return false;
    qint64 exactUnit = 1;
    for (qint64 x = e; x % 10 == 0; x /= 10)
        exactUnit *= 10;
    return unit > exactUnit && (r > e ? r - e : e - r) < unit;
}

void NumberCheck::run(const FieldPair &pair, QVector<Finding> *findings)
{
    if (pair.text.ko.isEmpty() || pair.text.en.isEmpty())
        return;
    Side ko(pair.text.ko);
    Side en(pair.text.en);
    const auto equal = [](const QString &a, const QString &b) { return a == b; };
    pairUp(ko, en, false, equal);
    pairUp(ko, en, true, equal);
    pairUp(en, ko, true, equal);
    pairUpAlternatives(ko, en);
    pairUpAlternatives(en, ko);
    const auto rounding = [](const QString &a, const QString &b) { return isRoundingOf(a, b) || isRoundingOf(b, a); };
    pairUp(ko, en, false, rounding);

    QStringList koAbsent, koFewer, enAbsent, enFewer;
    QVector<TextSpan> absentSpans, fewerSpans;
    unmatched(ko, en, Language::Korean, &koAbsent, &koFewer, &absentSpans, &fewerSpans);
    unmatched(en, ko, Language::English, &enAbsent, &enFewer, &absentSpans, &fewerSpans);
    const QString separator = QStringLiteral(", ");
    if (!absentSpans.isEmpty()) {
        Finding finding = Finding::about(pair, CheckId::numberMismatch, Severity::Error, likelierWrong(pair));
        finding.arguments = {koAbsent.join(separator), enAbsent.join(separator)};
        finding.spans = absentSpans;
        findings->append(finding);
    }
    // The same value written more times on one side is usually a repetition ("2024년 … 2024년" against
    // "2024 … that year"), so it is only noted.
    if (!fewerSpans.isEmpty()) {
        Finding finding = Finding::about(pair, CheckId::numberCount, Severity::Info, likelierWrong(pair));
        finding.arguments = {koFewer.join(separator), enFewer.join(separator)};
        finding.spans = fewerSpans;
        findings->append(finding);
    }
}

} // namespace innoatlas
