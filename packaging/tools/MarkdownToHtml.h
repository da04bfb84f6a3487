#pragma once

#include <QString>
#include <QStringList>

/**
 * Turns the Markdown of the user guide into HTML. It knows the part of Markdown the guide
 * uses — headings, paragraphs, bulleted and numbered lists, tables, fenced code, block quotes,
 * `code`, **bold**, *emphasis* and [links](url) — and gives plain, semantic HTML that a
 * browser and QTextBrowser both show well. Headings get ids so that pages can link to them.
 */
class MarkdownToHtml
{
public:
    QString convert(const QString &markdown);

private:
    void flushParagraph();
    void closeList();
    void closeTable();
    static QString inlineHtml(const QString &text);
    static QStringList tableCells(const QString &line);

    QStringList m_html;
    QStringList m_paragraph;
    QString m_listTag; // "ul" or "ol" while a list is open
    bool m_inTable = false;
    bool m_inQuote = false;
    int m_headingCount = 0;
};
