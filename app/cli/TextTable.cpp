#include "TextTable.h"

namespace innoatlas {

namespace {
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA960 && c <= 0xA97F) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString pad(const QString &text, int width, TextTable::Align align)
{
    const QString fill(qMax(0, width - TextTable::displayWidth(text)), QLatin1Char(' '));
    return align == TextTable::Align::Left ? text + fill : fill + text;
}
} // namespace

TextTable::TextTable(QStringList headers) : m_headers(std::move(headers)), m_alignment(m_headers.size(), Align::Left) {}

void TextTable::setAlignment(int column, Align align)
{
    m_alignment[column] = align;
}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

int TextTable::displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString TextTable::toString() const
{
    QVector<int> widths(m_headers.size());
    for (int c = 0; c < m_headers.size(); ++c)
        widths[c] = displayWidth(m_headers.at(c));
    for (const QStringList &row : m_rows) {
        for (int c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = qMax(widths[c], displayWidth(row.at(c)));
    }
    auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (int c = 0; c < widths.size(); ++c)
            padded << pad(cells.value(c), widths[c], m_alignment[c]);
        return padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    };
    QString out = line(m_headers);
    QStringList rules;
    for (int width : widths)
        rules << QString(width, QLatin1Char('-'));
    out += rules.join(QStringLiteral("  ")) + QLatin1Char('\n');
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}

} // namespace innoatlas
