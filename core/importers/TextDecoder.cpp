#include "importers/TextDecoder.h"

#include <algorithm>

namespace innoatlas {

namespace {
constexpr char16_t replacementCharacter = 0xFFFD;

QString hexByte(uchar byte)
{
    return QStringLiteral("0x") + QString::number(byte, 16).toUpper().rightJustified(2, QLatin1Char('0'));
}

/** What ICU gives for a CP949 code that is not a standard character. */
bool isUndefined(QChar c)
{
    return c.unicode() == replacementCharacter || (c.unicode() >= 0xE000 && c.unicode() <= 0xF8FF);
}

bool isCp949Trail(uchar byte)
{
    return (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x81 && byte <= 0xFE);
}

/** Length of the UTF-8 sequence a lead byte starts, 0 when it cannot start one. */
int utf8Length(uchar lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

/** Whether @p byte may stand at position @p index (1..3) of the sequence led by @p lead. */
bool utf8Continues(uchar lead, int index, uchar byte)
{
    if (index == 1) {
        // The second byte's range excludes overlong forms, surrogates and code points beyond U+10FFFF.
        switch (lead) {
        case 0xE0:
            return byte >= 0xA0 && byte <= 0xBF;
        case 0xED:
            return byte >= 0x80 && byte <= 0x9F;
        case 0xF0:
            return byte >= 0x90 && byte <= 0xBF;
        case 0xF4:
            return byte >= 0x80 && byte <= 0x8F;
        default:
            break;
        }
    }
    return byte >= 0x80 && byte <= 0xBF;
}
} // namespace

QString DecodeError::toString() const
{
    return TextDecoder::tr("line %1, byte %2: %3").arg(line).arg(byteColumn).arg(message);
}

const char *TextDecoder::cp949CodecName()
{
    return "windows-949";
}

TextDecoder::TextDecoder(TextEncoding encoding, int bomLength)
    : m_encoding(encoding == TextEncoding::Auto ? TextEncoding::Utf8 : encoding), m_skip(bomLength)
{
    if (m_encoding == TextEncoding::Cp949)
        m_cp949 = QStringDecoder(cp949CodecName(), QStringDecoder::Flag::Stateless);
}

void TextDecoder::fail(qsizetype index, const QString &message)
{
    m_error.line = m_line;
    m_error.byteColumn = m_offset + index - m_lineStart + 1;
    m_error.message = message;
    m_errorOffset = m_offset + index;
}

bool TextDecoder::decode(QByteArrayView bytes, QString *out)
{
    if (hasError())
        return false;
    if (m_skip > 0) {
        const qsizetype skipped = qMin<qsizetype>(m_skip, bytes.size());
        bytes = bytes.sliced(skipped);
        m_skip -= skipped;
        m_offset += skipped;
    }
    QByteArray joined;
    if (!m_pending.isEmpty()) {
        joined = m_pending + bytes.toByteArray();
        bytes = joined;
    }
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    qsizetype used = 0;
    switch (m_encoding) {
    case TextEncoding::Auto:
    case TextEncoding::Utf8:
        used = decodeUtf8(data, bytes.size(), out);
        break;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        used = decodeUtf16(data, bytes.size(), out);
        break;
    case TextEncoding::Cp949:
        used = decodeCp949(data, bytes.size(), out);
        break;
    }
    if (hasError())
        return false;
    m_pending = bytes.sliced(used).toByteArray();
    m_offset += used;
    return true;
}

bool TextDecoder::finish()
{
    if (hasError())
        return false;
    if (!m_pending.isEmpty()) {
        fail(0, tr("the file ends in the middle of a multibyte character (truncated)"));
        return false;
    }
    return true;
}

qsizetype TextDecoder::decodeUtf8(const uchar *data, qsizetype size, QString *out)
{
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = data[i];
        if (lead < 0x80) {
            if (lead == '\n')
                newLineAt(i);
            ++i;
            continue;
        }
        const int length = utf8Length(lead);
        if (length == 0) {
            fail(i, tr("the byte %1 is not valid UTF-8").arg(hexByte(lead)));
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= size) {
                out->append(QString::fromUtf8(reinterpret_cast<const char *>(data), i));
                return i; // cut off by the end of the chunk: wait for the rest
            }
            if (!utf8Continues(lead, k, data[i + k])) {
                if (data[i + k] >= 0x80 && data[i + k] <= 0xBF)
                    fail(i, tr("the bytes starting with %1 are not valid UTF-8").arg(hexByte(lead)));
                else
                    fail(i, tr("a multibyte character is cut off (truncated) before %1").arg(hexByte(data[i + k])));
                return i;
            }
        }
        if (length == 3 && lead == 0xEF && data[i + 1] == 0xBF && data[i + 2] == 0xBD) {
            fail(i, tr("the file contains U+FFFD, the replacement character an earlier faulty conversion left "
                       "instead of a character it could not read"));
            return i;
        }
        i += length;
    }
    out->append(QString::fromUtf8(reinterpret_cast<const char *>(data), size));
    return size;
}

qsizetype TextDecoder::decodeUtf16(const uchar *data, qsizetype size, QString *out)
{
    const bool little = m_encoding == TextEncoding::Utf16LE;
    const qsizetype units = size / 2;
    const qsizetype start = out->size();
    out->reserve(start + units);
    qsizetype i = 0;
    while (i < units) {
        const uchar *p = data + 2 * i;
        const char16_t unit = little ? char16_t(p[0] | (p[1] << 8)) : char16_t((p[0] << 8) | p[1]);
        if (QChar::isHighSurrogate(unit)) {
            if (i + 1 >= units)
                break; // the low half may come with the next chunk
            const uchar *q = p + 2;
            const char16_t low = little ? char16_t(q[0] | (q[1] << 8)) : char16_t((q[0] << 8) | q[1]);
            if (!QChar::isLowSurrogate(low)) {
                fail(2 * i, tr("a UTF-16 surrogate pair is cut off (truncated)"));
                return 2 * i;
            }
            out->append(QChar(unit));
            out->append(QChar(low));
            i += 2;
            continue;
        }
        if (QChar::isLowSurrogate(unit)) {
            fail(2 * i, tr("a UTF-16 low surrogate stands without its high surrogate"));
            return 2 * i;
        }
        if (unit == replacementCharacter) {
            fail(2 * i, tr("the file contains U+FFFD, the replacement character an earlier faulty conversion left "
                           "instead of a character it could not read"));
            return 2 * i;
        }
        if (unit == u'\n')
            newLineAt(2 * i + 1);
        out->append(QChar(unit));
        ++i;
    }
    return 2 * i;
}

qsizetype TextDecoder::decodeCp949(const uchar *data, qsizetype size, QString *out)
{
    const qint64 firstLine = m_line;
    const qint64 firstLineStart = m_lineStart;
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = data[i];
        if (lead < 0x80) {
            if (lead == '\n')
                newLineAt(i);
            ++i;
            continue;
        }
        if (lead == 0x80 || lead == 0xFF) {
            fail(i, tr("the byte %1 is not valid CP949").arg(hexByte(lead)));
            return i;
        }
        if (i + 1 >= size)
            break; // the second byte may come with the next chunk
        const uchar trail = data[i + 1];
        if (!isCp949Trail(trail)) {
            if (trail < 0x80)
                fail(i, tr("a multibyte character is cut off (truncated) before %1").arg(hexByte(trail)));
            else
                fail(i, tr("the bytes %1 %2 are not valid CP949").arg(hexByte(lead), hexByte(trail)));
            return i;
        }
        i += 2;
    }
    // The structure is sound; ICU tells which double-byte codes CP949 actually defines.
    const QString text = m_cp949.decode(QByteArrayView(data, i));
    if (std::any_of(text.cbegin(), text.cend(), isUndefined)) {
        m_line = firstLine;
        m_lineStart = firstLineStart;
        locateCp949Error(data, i, firstLine, firstLineStart);
        return 0;
    }
    out->append(text);
    return i;
}

void TextDecoder::locateCp949Error(const uchar *data, qsizetype size, qint64 line, qint64 lineStart)
{
    m_line = line;
    m_lineStart = lineStart;
    for (qsizetype i = 0; i < size;) {
        if (data[i] < 0x80) {
            if (data[i] == '\n')
                newLineAt(i);
            ++i;
            continue;
        }
        const QString character = m_cp949.decode(QByteArrayView(data + i, 2));
        if (std::any_of(character.cbegin(), character.cend(), isUndefined)) {
            fail(i, tr("the bytes %1 %2 are not a character of CP949").arg(hexByte(data[i]), hexByte(data[i + 1])));
            return;
        }
        i += 2;
    }
    fail(0, tr("the text does not decode as CP949"));
}

bool TextDecoder::decodeAll(QByteArrayView bytes, TextEncoding encoding, QString *out, DecodeError *error)
{
    DetectedEncoding detected{encoding, 0};
    if (encoding == TextEncoding::Auto)
        detected = TextEncodings::detect(bytes);
    TextDecoder decoder(detected.encoding, detected.bomLength);
    const bool ok = decoder.decode(bytes, out) && decoder.finish();
    if (!ok && error)
        *error = decoder.error();
    return ok;
}

} // namespace innoatlas
