#pragma once

#include "importers/TextEncoding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringDecoder>

namespace innoatlas {

/** Bytes of an imported file that are not text in its encoding: where they are and why. */
struct DecodeError
{
    qint64 line = 0;       ///< 1-based line of the file
    qint64 byteColumn = 0; ///< 1-based byte offset in that line (a byte-order mark counts)
    QString message;       ///< translated reason, without the position

    /** "line 12, byte 7: reason" (translated). */
    QString toString() const;
};

/**
 * Turns the bytes of a file into text, chunk by chunk, refusing anything that does not decode.
 *
 * Invalid or cut-off byte sequences, characters CP949 does not define and U+FFFD REPLACEMENT
 * CHARACTER (the trace of an earlier faulty conversion) stop decoding with an error naming the
 * line and byte column: no replacement character ever reaches the data. Chunks may split a
 * character anywhere; the rest is kept for the next chunk, and finish() reports a character cut
 * off by the end of the file.
 *
 * UTF-8 and UTF-16 are decoded here, CP949 through ICU under the name "windows-949". On
 * Qt 6.4 (ICU) the name "CP949" selects IBM's ibm-949 table, which turns the CP949 extension
 * characters such as 똠 (0x8C63) and 뷁 (0x94EE) into U+001A and stray Latin letters, and
 * "EUC-KR" decodes them into unrelated characters without reporting an error. Codes of the
 * user-defined area (which ICU maps to private-use characters) are refused as well.
 */
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Import)

public:
    /** The ICU converter name that decodes CP949 correctly. */
    static const char *cp949CodecName();

    /** A decoder for @p encoding (not Auto) that skips the first @p bomLength bytes. */
    explicit TextDecoder(TextEncoding encoding, int bomLength = 0);

    /** Appends the text of the next bytes to @p out; returns false (and sets error()) on bad bytes. */
    bool decode(QByteArrayView bytes, QString *out);
    /** Ends the input; returns false when a character was cut off at the end. */
    bool finish();

    bool hasError() const { return !m_error.message.isEmpty(); }
    const DecodeError &error() const { return m_error; }
    /** File offset of the first byte in error. */
    qint64 errorOffset() const { return m_errorOffset; }
    TextEncoding encoding() const { return m_encoding; }

    /** Decodes a whole byte array; returns false and fills @p error on bad bytes. */
    static bool decodeAll(QByteArrayView bytes, TextEncoding encoding, QString *out, DecodeError *error = nullptr);

private:
    qsizetype decodeUtf8(const uchar *data, qsizetype size, QString *out);
    qsizetype decodeUtf16(const uchar *data, qsizetype size, QString *out);
    qsizetype decodeCp949(const uchar *data, qsizetype size, QString *out);
    void locateCp949Error(const uchar *data, qsizetype size, qint64 line, qint64 lineStart);
    void fail(qsizetype index, const QString &message);
    void newLineAt(qsizetype index) { ++m_line, m_lineStart = m_offset + index + 1; }

    TextEncoding m_encoding;
    QStringDecoder m_cp949;
    QByteArray m_pending; ///< the start of a character cut off by the end of the last chunk
    qint64 m_skip = 0;    ///< byte-order mark bytes still to drop
    qint64 m_offset = 0;  ///< file offset of the first byte of the data being decoded
    qint64 m_line = 1;
    qint64 m_lineStart = 0; ///< file offset of the current line's first byte
    DecodeError m_error;
    qint64 m_errorOffset = -1;
};

} // namespace innoatlas
