#include "importing/ImportPreview.h"

#include <QFile>

namespace innoatlas {

QStringList ImportPreview::columns() const
{
    QStringList names;
    for (const QString &field : header.fields)
        names << field.trimmed();
    return names;
}

ImportPreview ImportPreview::read(const QString &path, const CsvOptions &options, int maxRows)
{
    ImportPreview preview;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = tr("%1: cannot open: %2").arg(path, file.errorString());
        return preview;
    }
    CsvReader reader(&file, options);
    const bool opened = reader.open();
    preview.encoding = reader.encoding();
    preview.byteOrderMark = reader.hadByteOrderMark();
    preview.delimiter = reader.delimiter();
    if (!opened) {
        preview.error = reader.error().toString();
        return preview;
    }
    preview.header = reader.header();
    CsvRecord record;
    while (preview.rows.size() < maxRows && reader.readNext(&record))
        preview.rows.append(record);
    if (reader.hasError())
        preview.error = reader.error().toString();
    return preview;
}

QString ImportPreview::encodingLabel(TextEncoding encoding, bool byteOrderMark)
{
    if (encoding == TextEncoding::Auto)
        return tr("automatic");
    QString name = TextEncodings::name(encoding).toUpper();
    if (encoding == TextEncoding::Cp949)
        name += QStringLiteral(" (EUC-KR)");
    return byteOrderMark ? tr("%1 with byte-order mark").arg(name) : name;
}

QString ImportPreview::delimiterLabel(QChar delimiter)
{
    if (delimiter == u'\t')
        return tr("tab");
    if (delimiter == u';')
        return tr("semicolon");
    if (delimiter == u',')
        return tr("comma");
    return tr("automatic");
}

} // namespace innoatlas
