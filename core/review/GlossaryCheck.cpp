#include "review/GlossaryCheck.h"

#include "review/TextScan.h"

#include <QSet>

#include <algorithm>

namespace innoatlas {

namespace {
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// The length of @p form's match at @p index of @p text, or 0 when it does not stand as a word there.
int matchAt(const QString &text, qsizetype index, const QString &form, Language language)
{
    int length = int(form.size());
    const QChar first = form.front();
    const QChar last = form.back();
    const bool checkStart = language == Language::English || TextScan::isLatin(first);
    const bool checkEnd = language == Language::English || TextScan::isLatin(last);
    if (checkStart && index > 0 && isWordChar(text.at(index - 1)) && isWordChar(first))
        return 0;
    if (checkEnd && isWordChar(last)) {
        const qsizetype end = index + length;
        if (end < text.size() && isWordChar(text.at(end))) {
            // Plurals: "tasks", "cities" for "task", "city" would need more; "s" and "es" are enough here.
            const QStringView rest = QStringView(text).mid(end);
            int plural = 0;
            if (rest.startsWith(u"es", Qt::CaseInsensitive))
                plural = 2;
            else if (rest.startsWith(u"s", Qt::CaseInsensitive))
                plural = 1;
            if (plural == 0 || (end + plural < text.size() && isWordChar(text.at(end + plural))))
                return 0;
            length += plural;
        }
    }
    return length;
}

// A text prepared for matching: English with hyphens read as spaces ("space-industry cluster"),
// Korean with and without its spaces, since Korean spacing varies ("우주산업 클러스터",
// "우주산업클러스터"), with the index into the original text of every character kept.
struct Prepared
{
    QString text;
    QVector<int> origin;
    QString compact; // Korean without spaces
    QVector<int> compactOrigin;
};

QChar normalised(QChar c, Language language)
{
    if (language == Language::English && (c == u'-' || c == QChar(0x2010) || c == QChar(0x2011)))
        return u' ';
    // Lower case letter by letter, so that indexes stay those of the original text.
    return c == u'’' ? QChar(u'\'') : c.toLower();
}

Prepared prepare(const QString &text, Language language)
{
    Prepared prepared;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = normalised(text.at(i), language);
        prepared.text += c;
        prepared.origin << i;
        if (language == Language::Korean && c != u' ' && c != QChar(0x00A0)) {
            prepared.compact += c;
            prepared.compactOrigin << i;
        }
    }
    return prepared;
}

struct Needle
{
    int term = 0;
    bool forbidden = false;
    bool compact = false;
    QString text;
};

Needle needleOf(const QString &form, Language language, int term, bool forbidden)
{
    const Prepared wanted = prepare(form, language);
    // A Korean form of four letters or more matches whatever the spacing; a shorter one only as
    // written, or "5대 전략" would hold 대전.
    const bool compact = language == Language::Korean && wanted.compact.size() >= 4;
    return {term, forbidden, compact, compact ? wanted.compact : wanted.text};
}

void findNeedle(const QString &original, const Prepared &text, const Needle &needle, Language language,
                QVector<GlossaryCheck::Occurrence> *found)
{
    const QString &haystack = needle.compact ? text.compact : text.text;
    const QVector<int> &origin = needle.compact ? text.compactOrigin : text.origin;
    if (needle.text.isEmpty())
        return;
    qsizetype index = 0;
    while ((index = haystack.indexOf(needle.text, index)) >= 0) {
        const int start = origin.at(index);
        const int end = origin.at(index + needle.text.size() - 1) + 1;
        const int length = matchAt(original, start, original.mid(start, end - start), language);
        if (length > 0)
            found->append({needle.term, start, length, needle.forbidden});
        ++index;
    }
}
} // namespace

struct GlossaryCheck::Needles
{
    QVector<Needle> of[2]; // by language
};

GlossaryCheck::GlossaryCheck(QVector<GlossaryTerm> terms) : m_terms(std::move(terms))
{
    auto prepared = std::make_shared<Needles>();
    for (Language language : {Language::Korean, Language::English}) {
        QVector<Needle> &needles = prepared->of[int(language)];
        for (int t = 0; t < m_terms.size(); ++t) {
            for (const QString &form : m_terms.at(t).forms(language))
                needles << needleOf(form, language, t, false);
            for (const QString &form : m_terms.at(t).forbidden(language))
                needles << needleOf(form, language, t, true);
        }
    }
    m_needles = prepared;
}

QVector<GlossaryCheck::Occurrence> GlossaryCheck::find(const QString &text, Language language) const
{
    const Prepared prepared = prepare(text, language);
    QVector<Occurrence> candidates;
    for (const Needle &needle : m_needles->of[int(language)])
        findNeedle(text, prepared, needle, language, &candidates);
    std::stable_sort(candidates.begin(), candidates.end(), [](const Occurrence &a, const Occurrence &b) {
        return a.length != b.length ? a.length > b.length : a.start < b.start;
    });
    QVector<bool> taken(text.size(), false);
    QVector<Occurrence> result;
    for (const Occurrence &candidate : std::as_const(candidates)) {
        bool free = true;
        for (int i = candidate.start; i < candidate.start + candidate.length && free; ++i)
            free = !taken.at(i);
        if (!free)
            continue;
        for (int i = candidate.start; i < candidate.start + candidate.length; ++i)
            taken[i] = true;
        result << candidate;
    }
    std::sort(result.begin(), result.end(), [](const Occurrence &a, const Occurrence &b) { return a.start < b.start; });
    return result;
}

bool GlossaryCheck::contains(const QString &text, Language language, int term) const
{
    // Any accepted form counts, and so does a forbidden one quoted as a source printed it.
    const Prepared prepared = prepare(text, language);
    QVector<Occurrence> found;
    for (const Needle &needle : m_needles->of[int(language)]) {
        if (needle.term == term)
            findNeedle(text, prepared, needle, language, &found);
    }
    const QVector<bool> quoted = TextScan::quotedOrBracketed(text);
    for (const Occurrence &occurrence : std::as_const(found)) {
        if (!occurrence.forbidden || quoted.at(occurrence.start))
            return true;
    }
    return false;
}

void GlossaryCheck::run(const FieldPair &pair, QVector<Finding> *findings) const
{
    if (m_terms.isEmpty())
        return;
    for (Language language : {Language::Korean, Language::English}) {
        const QString &text = pair.text.text(language);
        const Language other = otherLanguage(language);
        const QString &otherText = pair.text.text(other);
        if (text.isEmpty())
            continue;
        const QVector<bool> quoted = TextScan::quotedOrBracketed(text);
        QSet<int> reported;
        for (const Occurrence &occurrence : find(text, language)) {
            const GlossaryTerm &term = m_terms.at(occurrence.term);
            const QString written = text.mid(occurrence.start, occurrence.length);
            if (occurrence.forbidden) {
                if (pair.isVerbatim(language) || quoted.at(occurrence.start))
                    continue;
                Finding finding = Finding::about(pair, CheckId::glossaryForbidden, Severity::Error, language);
                finding.arguments = {written, term.term(language)};
                finding.spans = {{language, occurrence.start, occurrence.length}};
                findings->append(finding);
                continue;
            }
            // A name followed by 장 is a person's title (대전시장, 한국항공우주연구원장), which English
            // usually gives without the name ("Mayor Lee Jang-woo").
            const int end = occurrence.start + occurrence.length;
            const bool title = language == Language::Korean && end < text.size() && text.at(end) == u'장';
            if (title || otherText.isEmpty() || pair.isVerbatim(other) || reported.contains(occurrence.term) ||
                contains(otherText, other, occurrence.term))
                continue;
            reported.insert(occurrence.term);
            Finding finding = Finding::about(pair, CheckId::glossaryCounterpart, Severity::Warning, other);
            finding.arguments = {written, languageCode(language), term.term(other)};
            finding.spans = {{language, occurrence.start, occurrence.length}};
            findings->append(finding);
        }
    }
}

} // namespace innoatlas
