#pragma once

#include <QStringList>
#include <QVector>

namespace innoatlas {

/**
 * A plain-text table for terminals. Column widths count display cells, so Hangul
 * and other wide characters (two cells each) line up with Latin text.
 */
class TextTable
{
public:
    enum class Align
    {
        Left,
        Right
    };

    explicit TextTable(QStringList headers);
    void setAlignment(int column, Align align);
    void addRow(const QStringList &cells);
    QString toString() const;

    /** Terminal cells @p text takes: 2 for East Asian wide characters, 1 otherwise. */
    static int displayWidth(const QString &text);

private:
    QStringList m_headers;
    QVector<Align> m_alignment;
    QVector<QStringList> m_rows;
};

} // namespace innoatlas
