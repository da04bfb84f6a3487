#include "review/ScriptCheck.h"

#include "review/TextScan.h"

namespace innoatlas {

void ScriptCheck::run(const FieldPair &pair, QVector<Finding> *findings)
{
    const QString &en = pair.text.en;
    if (!en.isEmpty() && !pair.isVerbatim(Language::English)) {
        const QVector<bool> sheltered = TextScan::quotedOrBracketed(en);
        int start = -1;
        int end = -1;
        for (int i = 0; i < en.size(); ++i) {
            if (!TextScan::isHangul(en.at(i)) || sheltered.at(i))
                continue;
            if (start < 0) {
                start = i;
            } else if (QStringView(en).mid(end, i - end).trimmed().size() > 0) {
                break; // the first stretch of Korean words is enough to point at
            }
            end = i + 1;
            while (end < en.size() && TextScan::isHangul(en.at(end)))
                ++end;
            i = end - 1;
        }
        if (start >= 0) {
            // Show the whole words: "1,262억 원" rather than "억 원".
            while (start > 0 && !en.at(start - 1).isSpace())
                --start;
            while (end < en.size() && !en.at(end).isSpace() && !en.at(end).isPunct())
                ++end;
            Finding finding = Finding::about(pair, CheckId::hangulInEnglish, Severity::Warning, Language::English);
            finding.arguments = {en.mid(start, end - start)};
            finding.spans = {{Language::English, start, end - start}};
            findings->append(finding);
        }
    }
    const QString &ko = pair.text.ko;
    if (!ko.isEmpty() && !pair.isVerbatim(Language::Korean) && !TextScan::hasHangul(ko) &&
        TextScan::latinWordCount(ko) >= 3) {
        Finding finding = Finding::about(pair, CheckId::noHangulInKorean, Severity::Warning, Language::Korean);
        finding.spans = {{Language::Korean, 0, int(ko.size())}};
        findings->append(finding);
    }
}

} // namespace innoatlas
