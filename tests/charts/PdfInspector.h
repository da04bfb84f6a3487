#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>

namespace innoatlas {

/**
 * Looks into PDF files for tests: pages, embedded fonts and text, through poppler-utils
 * (pdfinfo, pdffonts, pdftotext) when installed, else by reading the file's bytes (pages and
 * fonts only).
 */
class PdfInspector
{
public:
    explicit PdfInspector(QString file) : m_file(std::move(file)) {}

    static bool hasPoppler() { return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(); }

    int pages() const
    {
        if (hasPoppler()) {
            const QRegularExpressionMatch match =
                QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {}));
            return match.hasMatch() ? match.captured(1).toInt() : -1;
        }
        return int(bytes().count("/Type /Page\n") + bytes().count("/Type /Page>>") + bytes().count("/Type /Page "));
    }

    /** The output of pdffonts, or the font names of the file. */
    QString fonts() const
    {
        if (hasPoppler())
            return run(QStringLiteral("pdffonts"), {});
        QString names;
        const QRegularExpression baseFont(QStringLiteral("/BaseFont\\s*/([^\\s/>]+)"));
        auto it = baseFont.globalMatch(QString::fromLatin1(bytes()));
        while (it.hasNext())
            names += it.next().captured(1) + QLatin1Char('\n');
        return names;
    }

    /** True when a font whose name contains @p name is embedded. */
    bool embeds(const QString &name) const
    {
        if (hasPoppler()) {
            for (const QString &line : fonts().split(QLatin1Char('\n'))) {
                if (line.contains(name, Qt::CaseInsensitive)) {
                    const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                    // name type [type] encoding emb sub uni object ID
                    if (columns.size() >= 6 && columns.at(columns.size() - 5) == u"yes")
                        return true;
                }
            }
            return false;
        }
        return fonts().contains(name, Qt::CaseInsensitive) && bytes().contains("/FontFile");
    }

    /** The text of the PDF (empty without poppler-utils). */
    QString text() const { return hasPoppler() ? run(QStringLiteral("pdftotext"), {QStringLiteral("-")}) : QString(); }

private:
    QByteArray bytes() const
    {
        QFile file(m_file);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString run(const QString &program, const QStringList &tail) const
    {
        QProcess process;
        process.start(program, QStringList{m_file} + tail);
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    QString m_file;
};

} // namespace innoatlas
