#include "review/SpacingCheck.h"

namespace innoatlas {

namespace {
// Spaces within a line; a paragraph break is not a double space.
bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == QChar(0x00A0) || c == QChar(0x3000);
}
} // namespace

void SpacingCheck::run(const FieldPair &pair, QVector<Finding> *findings)
{
    for (Language language : {Language::Korean, Language::English}) {
        const QString &text = pair.text.text(language);
        if (text.isEmpty() || pair.isVerbatim(language))
            continue;
        if (text.front().isSpace() || text.back().isSpace()) {
            Finding finding = Finding::about(pair, CheckId::edgeWhitespace, Severity::Warning, language);
            const int start = text.front().isSpace() ? 0 : int(text.size()) - 1;
            finding.spans = {{language, start, 1}};
            findings->append(finding);
        }
        const QString trimmed = text.trimmed();
        const int offset = int(text.indexOf(trimmed));
        for (int i = 0; i + 1 < trimmed.size(); ++i) {
            if (isBlank(trimmed.at(i)) && isBlank(trimmed.at(i + 1))) {
                int end = i + 2;
                while (end < trimmed.size() && isBlank(trimmed.at(end)))
                    ++end;
                Finding finding = Finding::about(pair, CheckId::doubleSpace, Severity::Info, language);
                finding.spans = {{language, offset + i, end - i}};
                findings->append(finding);
                break;
            }
        }
    }
}

} // namespace innoatlas
