#include "exporters/CsvWriter.h"

#include "importers/TextDecoder.h"

#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>
#include <QStringEncoder>

namespace innoatlas {

namespace {

bool isNumber(QStringView cell)
{
    qsizetype i = cell.startsWith(u'-') ? 1 : 0;
    const qsizetype digitsStart = i;
    while (i < cell.size() && cell.at(i).isDigit() && cell.at(i).unicode() < 128)
        ++i;
    if (i == digitsStart)
        return false;
    if (i == cell.size())
        return true;
    if (cell.at(i) != u'.' || ++i == cell.size())
        return false;
    while (i < cell.size() && cell.at(i).isDigit() && cell.at(i).unicode() < 128)
        ++i;
    return i == cell.size();
}

/** CP949 bytes of @p text, or false when a character does not survive the round trip. */
bool encodeCp949(const QString &text, QByteArray *out)
{
    QStringEncoder encoder(TextDecoder::cp949CodecName());
    const QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        return false;
    // ICU substitutes what it cannot encode; decoding back (strictly) proves every character made it.
    QString back;
    if (!TextDecoder::decodeAll(bytes, TextEncoding::Cp949, &back) || back != text)
        return false;
    out->append(bytes);
    return true;
}

} // namespace

QString CsvEncodings::name(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return QStringLiteral("utf-8");
    case CsvEncoding::Utf8Bom:
        return QStringLiteral("utf-8-bom");
    case CsvEncoding::Cp949:
        return QStringLiteral("cp949");
    }
    return {};
}

bool CsvEncodings::parse(const QString &name, CsvEncoding *encoding)
{
    const QString n = name.trimmed().toLower();
    if (n == u"utf-8" || n == u"utf8")
        *encoding = CsvEncoding::Utf8;
    else if (n == u"utf-8-bom" || n == u"utf8-bom")
        *encoding = CsvEncoding::Utf8Bom;
    else if (n == u"cp949")
        *encoding = CsvEncoding::Cp949;
    else
        return false;
    return true;
}

CsvWriter::CsvWriter(CsvEncoding encoding) : m_encoding(encoding) {}

bool CsvWriter::looksLikeFormula(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

QString CsvWriter::field(const QString &cell, bool numeric)
{
    QString text = cell;
    if (looksLikeFormula(text) && !(numeric && isNumber(text)))
        text.prepend(QLatin1Char('\''));
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n');
    if (!quote)
        return text;
    text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

bool CsvWriter::encodeCell(const QString &text, int row, const CsvTable &table, int column, QByteArray *out)
{
    if (m_encoding != CsvEncoding::Cp949) {
        out->append(text.toUtf8());
        return true;
    }
    if (encodeCp949(text, out))
        return true;
    // Find the first character that fails on its own, to name it.
    char32_t bad = 0;
    for (qsizetype i = 0; i < text.size() && !bad; ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const QString one = text.mid(i, pair ? 2 : 1);
        QByteArray ignored;
        if (!encodeCp949(one, &ignored))
            bad = pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1)) : text.at(i).unicode();
        if (pair)
            ++i;
    }
    m_error = {};
    m_error.kind = CsvWriteError::Kind::Unencodable;
    m_error.row = row;
    m_error.column = table.columns.value(column).name;
    m_error.character = bad;
    const QString code = QStringLiteral("U+%1").arg(QString::number(uint(bad), 16).toUpper(), 4, QLatin1Char('0'));
    const QString character = bad ? QString::fromUcs4(&bad, 1) : QString();
    m_error.message = row == 0 ? tr("header, column %1: the character %2 (%3) cannot be written in CP949")
                                     .arg(m_error.column, character, code)
                               : tr("row %1, column %2: the character %3 (%4) cannot be written in CP949")
                                     .arg(row)
                                     .arg(m_error.column, character, code);
    return false;
}

bool CsvWriter::toBytes(const CsvTable &table, QByteArray *bytes)
{
    m_error = {};
    QByteArray out;
    if (m_encoding == CsvEncoding::Utf8Bom)
        out.append("\xEF\xBB\xBF");
    const QStringList header = table.header();
    for (int row = 0; row <= table.rows.size(); ++row) {
        const QStringList &cells = row == 0 ? header : table.rows.at(row - 1);
        for (int column = 0; column < table.columns.size(); ++column) {
            if (column > 0)
                out.append(',');
            const bool numeric = row > 0 && table.columns.at(column).numeric;
            if (!encodeCell(field(cells.value(column), numeric), row, table, column, &out))
                return false;
        }
        out.append("\r\n");
    }
    *bytes = out;
    return true;
}

void CsvWriter::failIo(const QString &name, const QString &reason)
{
    m_error = {};
    m_error.kind = CsvWriteError::Kind::Io;
    m_error.message = tr("%1: cannot write: %2").arg(name, reason);
}

bool CsvWriter::writeDevice(const CsvTable &table, QIODevice *device, const QString &name)
{
    QByteArray bytes;
    if (!toBytes(table, &bytes))
        return false;
    if (device->write(bytes) != bytes.size()) {
        failIo(name, device->errorString());
        return false;
    }
    return true;
}

bool CsvWriter::writeFile(const CsvTable &table, const QString &path)
{
    // Encode first: an unencodable character must not leave even a temporary file behind.
    QByteArray bytes;
    if (!toBytes(table, &bytes))
        return false;
    QSaveFile file(path);
    // Unbuffered: the bytes go out in one write whose failure carries the system's reason
    // ("No space left on device"); a buffered flush in commit() reports only "Unknown error".
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        failIo(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        failIo(path, reason);
        return false;
    }
    if (!file.commit()) {
        failIo(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace innoatlas
