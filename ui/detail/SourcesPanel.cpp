#include "detail/SourcesPanel.h"

#include "common/ContentLanguage.h"
#include "common/EvidenceHtml.h"
#include "models/DetailFieldModel.h"

#include <QEvent>

namespace innoatlas {

SourcesPanel::SourcesPanel(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("sourcesPanel"));
    setOpenExternalLinks(true);
    setReadOnly(true);
    render();
}

void SourcesPanel::setDetail(const EntityDetail &detail)
{
    m_detail = detail;
    m_highlighted = -1;
    render();
}

void SourcesPanel::highlightField(int fieldIndex)
{
    if (fieldIndex == m_highlighted)
        return;
    m_highlighted = fieldIndex;
    render();
    if (fieldIndex >= 0)
        scrollToAnchor(QStringLiteral("field-%1").arg(fieldIndex));
}

void SourcesPanel::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        render();
}

void SourcesPanel::render()
{
    setAccessibleName(tr("Sources"));
    if (!m_detail.isValid()) {
        setHtml(QString());
        return;
    }
    QString html;
    int blocks = 0;
    for (int i = 0; i < m_detail.fields.size(); ++i) {
        const DetailField &field = m_detail.fields.at(i);
        if (!field.evidence)
            continue;
        const QString title = QStringLiteral("%1: %2").arg(DetailFieldModel::fieldLabel(field),
                                                           DetailFieldModel::valueText(field, interfaceLanguage()));
        html += EvidenceHtml::block(title, QStringLiteral("field-%1").arg(i), field.evidence->quotes, &*field.evidence,
                                    palette(), i == m_highlighted);
        ++blocks;
    }
    if (!m_detail.citations.isEmpty()) {
        html += EvidenceHtml::block(tr("Cited for the entry as a whole"), QStringLiteral("citations"),
                                    m_detail.citations, nullptr, palette(), false);
        ++blocks;
    }
    if (blocks == 0)
        html = QStringLiteral("<p style='color:%1'>%2</p>")
                   .arg(palette().color(QPalette::PlaceholderText).name(),
                        tr("No figure of this entry cites a source.").toHtmlEscaped());
    setHtml(html);
}

} // namespace innoatlas
