#pragma once

#include "model/LocalizedText.h"
#include "review/FieldPair.h"

#include <QStringList>
#include <QVector>

namespace innoatlas {

/** How bad a finding is: an error must be fixed (the command-line check exits 1 on one). */
enum class Severity
{
    Info,
    Warning,
    Error
};

QString severityName(Severity severity); ///< "info", "warning", "error" (stable, not translated)

/** The stable ids of the bilingual checks (docs/XLIFF.md lists them with examples). */
namespace CheckId {
inline constexpr char numberMismatch[] = "number.mismatch";
inline constexpr char numberCount[] = "number.count";
inline constexpr char missingTranslation[] = "text.missing-translation";
inline constexpr char hangulInEnglish[] = "script.hangul-in-english";
inline constexpr char noHangulInKorean[] = "script.no-hangul-in-korean";
inline constexpr char edgeWhitespace[] = "space.edges";
inline constexpr char doubleSpace[] = "space.double";
inline constexpr char unbalanced[] = "punctuation.unbalanced";
inline constexpr char finalPeriod[] = "punctuation.final-period";
inline constexpr char glossaryCounterpart[] = "glossary.missing-counterpart";
inline constexpr char glossaryForbidden[] = "glossary.forbidden";
} // namespace CheckId

/** Where in one language's text a finding points. */
struct TextSpan
{
    Language language = Language::English;
    int start = 0;
    int length = 0;

    bool operator==(const TextSpan &o) const
    {
        return language == o.language && start == o.start && length == o.length;
    }
};

/**
 * One problem a check found in one language of one content field. The message is made
 * when asked for, in the interface language installed then, from the check id and the
 * arguments (the text excerpts concerned), so a list of findings follows a language switch.
 */
struct Finding
{
    QString checkId;
    Severity severity = Severity::Warning;
    FieldKey key;
    QString entityKind;
    /** The language to look at (for a difference between the two, the one more likely wrong). */
    Language language = Language::English;
    /** Excerpts and values the message quotes; their meaning depends on the check. */
    QStringList arguments;
    QVector<TextSpan> spans;

    /** A sentence for the user, through QCoreApplication::translate(). */
    QString message() const;

    /** A finding of @p checkId about @p language of @p pair, without arguments or spans yet. */
    /** @p checkId as a string shared by every finding of that check (on this thread). */
    static QString sharedCheckId(const char *checkId);

    static Finding about(const FieldPair &pair, const char *checkId, Severity severity, Language language)
    {
        Finding finding;
        finding.checkId = sharedCheckId(checkId);
        finding.severity = severity;
        finding.key = pair.key;
        finding.entityKind = pair.entityKind;
        finding.language = language;
        return finding;
    }
};

} // namespace innoatlas
