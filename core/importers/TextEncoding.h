#pragma once

#include <QByteArrayView>
#include <QString>

namespace innoatlas {

/** The text encodings an imported file may be in. */
enum class TextEncoding
{
    Auto,    ///< detect: byte-order mark, else UTF-8 when the bytes are valid UTF-8, else CP949
    Utf8,    ///< with or without a byte-order mark
    Utf16LE, ///< little-endian UTF-16 (a BOM is skipped)
    Utf16BE, ///< big-endian UTF-16 (a BOM is skipped)
    Cp949    ///< Windows code page 949 (Unified Hangul Code), the superset of EUC-KR
};

/** What TextEncodings::detect() found at the start of a file. */
struct DetectedEncoding
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0; ///< bytes of the byte-order mark to skip
};

/** Names and detection of the encodings. */
namespace TextEncodings {

/** "utf-8", "utf-16le", "utf-16be", "cp949" or "auto". */
QString name(TextEncoding encoding);
/** Accepts the names above and common aliases ("utf8", "euc-kr", "windows-949", "ms949", "uhc"). */
bool parse(const QString &name, TextEncoding *encoding);

/**
 * Guesses the encoding from the first bytes of a file: a byte-order mark wins; otherwise the
 * bytes are UTF-8 when they are valid UTF-8 (ASCII included), CP949 when they are valid CP949
 * but not UTF-8; when they are neither, the one of the two that reads further (so that decoding
 * names the bad byte of the file's real encoding). A multibyte character cut off at the end of
 * @p head does not count against an encoding.
 */
DetectedEncoding detect(QByteArrayView head);

} // namespace TextEncodings
} // namespace innoatlas
