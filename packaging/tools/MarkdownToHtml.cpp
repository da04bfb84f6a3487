#include "MarkdownToHtml.h"

#include <QRegularExpression>

QString MarkdownToHtml::convert(const QString &markdown)
{
    m_html.clear();
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    static const QRegularExpression heading(QStringLiteral("^(#{1,4})\\s+(.*)$"));
    static const QRegularExpression bullet(QStringLiteral("^[-*]\\s+(.*)$"));
    static const QRegularExpression numbered(QStringLiteral("^\\d+\\.\\s+(.*)$"));
    static const QRegularExpression tableRule(QStringLiteral("^\\|?\\s*:?-{3,}"));

    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();

        if (trimmed.startsWith(QLatin1String("```"))) {
            flushParagraph();
            closeList();
            closeTable();
            QStringList code;
            while (++i < lines.size() && !lines.at(i).trimmed().startsWith(QLatin1String("```")))
                code << lines.at(i).toHtmlEscaped();
            m_html << QStringLiteral("<pre><code>%1</code></pre>").arg(code.join(QLatin1Char('\n')));
            continue;
        }
        const bool quoted = trimmed.startsWith(QLatin1Char('>'));
        if (quoted != m_inQuote) {
            flushParagraph();
            closeList();
            m_html << (quoted ? QStringLiteral("<blockquote>") : QStringLiteral("</blockquote>"));
            m_inQuote = quoted;
        }
        const QString text = quoted ? trimmed.mid(1).trimmed() : trimmed;

        if (text.isEmpty()) {
            flushParagraph();
            closeList();
            closeTable();
            continue;
        }
        if (const auto match = heading.match(text); match.hasMatch()) {
            flushParagraph();
            closeList();
            const int level = int(match.captured(1).size());
            m_html << QStringLiteral("<h%1 id=\"s%2\">%3</h%1>")
                          .arg(level)
                          .arg(++m_headingCount)
                          .arg(inlineHtml(match.captured(2)));
            continue;
        }
        if (text.startsWith(QLatin1Char('|'))) {
            flushParagraph();
            closeList();
            if (tableRule.match(text).hasMatch())
                continue;
            const bool header = !m_inTable;
            if (header) {
                m_html << QStringLiteral("<table>");
                m_inTable = true;
            }
            QString row = QStringLiteral("<tr>");
            for (const QString &cell : tableCells(text))
                row += QStringLiteral("<%1>%2</%1>").arg(header ? "th" : "td", inlineHtml(cell));
            m_html << row + QStringLiteral("</tr>");
            continue;
        }
        const auto bulletMatch = bullet.match(text);
        const auto numberedMatch = numbered.match(text);
        if (bulletMatch.hasMatch() || numberedMatch.hasMatch()) {
            flushParagraph();
            const QString tag = bulletMatch.hasMatch() ? QStringLiteral("ul") : QStringLiteral("ol");
            if (m_listTag != tag) {
                closeList();
                m_html << QStringLiteral("<%1>").arg(tag);
                m_listTag = tag;
            }
            const QString item = bulletMatch.hasMatch() ? bulletMatch.captured(1) : numberedMatch.captured(1);
            m_html << QStringLiteral("<li>%1</li>").arg(inlineHtml(item));
            continue;
        }
        if (!m_listTag.isEmpty() && line.startsWith(QLatin1String("  "))) {
            // A continuation line of the last list item.
            m_html.last().insert(m_html.last().size() - 5, QLatin1Char(' ') + inlineHtml(text));
            continue;
        }
        closeList();
        closeTable();
        m_paragraph << text;
    }
    flushParagraph();
    closeList();
    closeTable();
    if (m_inQuote)
        m_html << QStringLiteral("</blockquote>");
    m_inQuote = false;
    return m_html.join(QLatin1Char('\n'));
}

void MarkdownToHtml::flushParagraph()
{
    if (m_paragraph.isEmpty())
        return;
    m_html << QStringLiteral("<p>%1</p>").arg(inlineHtml(m_paragraph.join(QLatin1Char(' '))));
    m_paragraph.clear();
}

void MarkdownToHtml::closeList()
{
    if (m_listTag.isEmpty())
        return;
    m_html << QStringLiteral("</%1>").arg(m_listTag);
    m_listTag.clear();
}

void MarkdownToHtml::closeTable()
{
    if (!m_inTable)
        return;
    m_html << QStringLiteral("</table>");
    m_inTable = false;
}

QString MarkdownToHtml::inlineHtml(const QString &text)
{
    // Code spans first, so that their content is not read as emphasis or links.
    QString result;
    const QStringList parts = text.split(QLatin1Char('`'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString part = parts.at(i).toHtmlEscaped();
        if (i % 2 == 1) {
            result += QStringLiteral("<code>%1</code>").arg(part);
            continue;
        }
        static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)"));
        static const QRegularExpression strong(QStringLiteral("\\*\\*(.+?)\\*\\*"));
        static const QRegularExpression emphasis(QStringLiteral("(?<![\\w*])\\*([^*\\s][^*]*?)\\*(?![\\w*])"));
        static const QRegularExpression autolink(QStringLiteral("&lt;(https?://[^&\\s]+)&gt;"));
        part.replace(link, QStringLiteral("<a href=\"\\2\">\\1</a>"));
        part.replace(autolink, QStringLiteral("<a href=\"\\1\">\\1</a>"));
        part.replace(strong, QStringLiteral("<strong>\\1</strong>"));
        part.replace(emphasis, QStringLiteral("<em>\\1</em>"));
        result += part;
    }
    return result;
}

QStringList MarkdownToHtml::tableCells(const QString &line)
{
    QString row = line.trimmed();
    if (row.startsWith(QLatin1Char('|')))
        row.remove(0, 1);
    if (row.endsWith(QLatin1Char('|')))
        row.chop(1);
    QStringList cells = row.split(QLatin1Char('|'));
    for (QString &cell : cells)
        cell = cell.trimmed();
    return cells;
}
