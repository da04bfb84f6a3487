#include "review/DiffHtml.h"

namespace innoatlas {

QString DiffHtml::render(const QVector<TextDiff::Segment> &segments, const QPalette &palette)
{
    // Colours that read on light and dark backgrounds alike; the strike and the underline
    // carry the meaning for readers who cannot tell the colours apart.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QString removed = dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b3261e");
    const QString inserted = dark ? QStringLiteral("#81c995") : QStringLiteral("#146c2e");
    const QString removedBack = dark ? QStringLiteral("#4a1f1c") : QStringLiteral("#fde7e5");
    const QString insertedBack = dark ? QStringLiteral("#1d3a25") : QStringLiteral("#e3f4e6");
    QString html;
    for (const TextDiff::Segment &segment : segments) {
        QString text = segment.text.toHtmlEscaped();
        text.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        switch (segment.op) {
        case TextDiff::Op::Equal:
            html += text;
            break;
        case TextDiff::Op::Removed:
            html +=
                QStringLiteral("<span style=\"color:%1; background-color:%2; text-decoration:line-through\">%3</span>")
                    .arg(removed, removedBack, text);
            break;
        case TextDiff::Op::Inserted:
            html += QStringLiteral("<span style=\"color:%1; background-color:%2; text-decoration:underline\">%3</span>")
                        .arg(inserted, insertedBack, text);
            break;
        }
    }
    return html;
}

QString DiffHtml::render(const QString &before, const QString &after, const QPalette &palette)
{
    return render(TextDiff::compare(before, after), palette);
}

} // namespace innoatlas
