#include "review/PunctuationCheck.h"

#include "review/TextScan.h"

namespace innoatlas {

namespace {
const QStringView kOpen = u"([{「『〈《【“";
const QStringView kClose = u")]}」』〉》】”";

int unbalancedSingleQuote(const QString &text)
{
    // A straight quote after a space (or at the start) opens, any other closes; an apostrophe is
    // neither. A closing quote without an opening one ("cities' ") is a possessive, not a fault.
    QVector<int> open;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if ((c != u'\'' && c != u'‘' && c != u'’') || TextScan::isApostrophe(text, i))
            continue;
        const bool atWordStart = i == 0 || text.at(i - 1).isSpace() || kOpen.contains(text.at(i - 1));
        const bool opens = c == u'‘' || (c == u'\'' && atWordStart && i + 1 < text.size() && !text.at(i + 1).isSpace());
        if (opens)
            open << i;
        else if (!open.isEmpty())
            open.removeLast();
    }
    return open.isEmpty() ? -1 : open.first();
}
} // namespace

int PunctuationCheck::firstUnbalanced(const QString &text)
{
    QVector<int> stack;
    int doubleQuotes = 0;
    int lastDoubleQuote = -1;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            ++doubleQuotes;
            lastDoubleQuote = i;
        } else if (kOpen.contains(c)) {
            stack << i;
        } else if (const qsizetype close = kClose.indexOf(c); close >= 0) {
            if (stack.isEmpty() || text.at(stack.last()) != kOpen.at(close))
                return i;
            stack.removeLast();
        }
    }
    if (!stack.isEmpty())
        return stack.first();
    if (doubleQuotes % 2 != 0)
        return lastDoubleQuote;
    return unbalancedSingleQuote(text);
}

void PunctuationCheck::run(const FieldPair &pair, QVector<Finding> *findings)
{
    for (Language language : {Language::Korean, Language::English}) {
        const QString &text = pair.text.text(language);
        if (text.isEmpty() || pair.isVerbatim(language))
            continue;
        const int index = firstUnbalanced(text);
        if (index < 0)
            continue;
        Finding finding = Finding::about(pair, CheckId::unbalanced, Severity::Warning, language);
        finding.arguments = {text.at(index)};
        finding.spans = {{language, index, 1}};
        findings->append(finding);
    }

    // A quote is an excerpt, often cut mid-sentence, that its translation may well complete.
    const QString &ko = pair.text.ko;
    const QString &en = pair.text.en;
    if (pair.verbatimLanguage || TextScan::wordCount(ko) < 3 || TextScan::wordCount(en) < 3)
        return;
    const TextScan::Ending koEnd = TextScan::ending(ko);
    const TextScan::Ending enEnd = TextScan::ending(en);
    if (koEnd == TextScan::Ending::Ellipsis || enEnd == TextScan::Ending::Ellipsis || koEnd == enEnd)
        return;
    const Language withStop = koEnd == TextScan::Ending::Stop ? Language::Korean : Language::English;
    const Language target = otherLanguage(withStop);
    Finding finding = Finding::about(pair, CheckId::finalPeriod, Severity::Info, target);
    finding.arguments = {languageCode(withStop)};
    const QString &text = pair.text.text(target);
    finding.spans = {{target, int(text.size()) - 1, 1}};
    findings->append(finding);
}

} // namespace innoatlas
