#include "common/EvidenceHtml.h"

#include "common/ColorThemes.h"
#include "common/ContentFormat.h"
#include "common/Terms.h"

#include <QCoreApplication>
#include <QPalette>

namespace innoatlas::EvidenceHtml {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString translationOf(const Evidence &evidence)
{
    // A reader of the other language gets the quote's translation, when there is one.
    const Language reader = interfaceLanguage();
    if (languageCode(reader) == evidence.sourceLanguage)
        return {};
    return evidence.translation.text(reader);
}
} // namespace

QString sourceLine(const Evidence &evidence)
{
    const Language language = interfaceLanguage();
    QStringList parts;
    const QString publisher = evidence.publisher.preferred(language);
    if (!publisher.isEmpty())
        parts << publisher;
    if (evidence.published.isValid())
        parts << ContentFormat::date(evidence.published, language);
    if (!evidence.seedFile.isEmpty())
        parts << QCoreApplication::translate("EvidenceHtml", "seed file %1").arg(evidence.seedFile);
    return parts.join(QStringLiteral(" · "));
}

QString toolTip(const QString &valueLine, const FigureEvidence &figure)
{
    QString html = QStringLiteral("<div style='white-space:pre-wrap'>");
    if (!valueLine.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(escaped(valueLine));
    if (figure.corrected) {
        html += QStringLiteral("<p><b>%1</b> “%2”</p>")
                    .arg(escaped(QCoreApplication::translate("EvidenceHtml", "Printed in the source:")),
                         escaped(figure.printed));
        const QString note = figure.note.preferred(interfaceLanguage());
        if (!note.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(escaped(QCoreApplication::translate("EvidenceHtml", "Curator's note:")), escaped(note));
    }
    for (const Evidence &evidence : figure.quotes) {
        html +=
            QStringLiteral("<p><i>“%1”</i><br/>— %2</p>").arg(escaped(evidence.quote), escaped(sourceLine(evidence)));
        const QString translation = translationOf(evidence);
        if (!translation.isEmpty())
            html +=
                QStringLiteral("<p>%1 %2</p>")
                    .arg(escaped(QCoreApplication::translate("EvidenceHtml", "Translation:")), escaped(translation));
    }
    return html + QStringLiteral("</div>");
}

QString block(const QString &title, const QString &anchor, const QVector<Evidence> &quotes,
              const FigureEvidence *figure, const QPalette &palette, bool highlighted)
{
    const bool dark = ColorThemes::isDark(palette);
    const QString accent = palette.color(QPalette::Link).name();
    const QString muted = palette.color(QPalette::PlaceholderText).name();
    const QString background =
        highlighted ? (dark ? QStringLiteral("#33465e") : QStringLiteral("#fff6d6")) : QStringLiteral("transparent");
    QString html = QStringLiteral("<a name='%1'></a><table width='100%' cellpadding='6' cellspacing='0' "
                                  "style='background:%2; margin-bottom:8px'><tr><td>")
                       .arg(escaped(anchor), background);
    html += QStringLiteral("<div style='font-weight:600; color:%1'>%2</div>").arg(accent, escaped(title));
    // A correction comes first: what the source printed and why the value shown differs.
    if (figure && figure->corrected) {
        html += QStringLiteral("<p style='margin:6px 0 0 0'><b>%1</b> “%2”</p>")
                    .arg(escaped(QCoreApplication::translate("EvidenceHtml", "Printed in the source:")),
                         escaped(figure->printed));
        QStringList notes;
        if (!figure->note.ko.isEmpty())
            notes << QStringLiteral("<p style='margin:2px 0 0 12px'>%1</p>").arg(escaped(figure->note.ko));
        if (!figure->note.en.isEmpty())
            notes << QStringLiteral("<p style='margin:2px 0 0 12px'>%1</p>").arg(escaped(figure->note.en));
        if (!notes.isEmpty())
            html += QStringLiteral("<p style='margin:4px 0 0 0'><b>%1</b></p>")
                        .arg(escaped(QCoreApplication::translate("EvidenceHtml", "Curator's note:"))) +
                    notes.join(QString());
    }
    for (const Evidence &evidence : quotes) {
        html += QStringLiteral("<p style='margin:6px 0 0 0'><i>“%1”</i></p>").arg(escaped(evidence.quote));
        const QString translation = translationOf(evidence);
        if (!translation.isEmpty())
            html +=
                QStringLiteral("<p style='margin:2px 0 0 12px'>%1 %2</p>")
                    .arg(escaped(QCoreApplication::translate("EvidenceHtml", "Translation:")), escaped(translation));
        QString source = escaped(sourceLine(evidence));
        const QString sourceTitle = evidence.sourceTitle.preferred(interfaceLanguage());
        if (!sourceTitle.isEmpty())
            source = QStringLiteral("%1<br/>%2").arg(escaped(sourceTitle), source);
        if (!evidence.url.isEmpty())
            source += QStringLiteral(" · <a href='%1'>%2</a>")
                          .arg(escaped(evidence.url), escaped(QCoreApplication::translate("EvidenceHtml", "link")));
        html += QStringLiteral("<p style='margin:2px 0 0 12px; color:%1'>— %2</p>").arg(muted, source);
    }
    return html + QStringLiteral("</td></tr></table>");
}

} // namespace innoatlas::EvidenceHtml
