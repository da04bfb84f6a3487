#include "importers/TextEncoding.h"

#include "importers/TextDecoder.h"

namespace innoatlas {

QString TextEncodings::name(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case TextEncoding::Cp949:
        return QStringLiteral("cp949");
    }
    return {};
}

bool TextEncodings::parse(const QString &name, TextEncoding *encoding)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('_'));
    static const QList<QPair<QStringList, TextEncoding>> names = {
        {{QStringLiteral("auto"), QString()}, TextEncoding::Auto},
        {{QStringLiteral("utf-8"), QStringLiteral("utf8")}, TextEncoding::Utf8},
        {{QStringLiteral("utf-16le"), QStringLiteral("utf16le")}, TextEncoding::Utf16LE},
        {{QStringLiteral("utf-16be"), QStringLiteral("utf16be")}, TextEncoding::Utf16BE},
        {{QStringLiteral("cp949"), QStringLiteral("euc-kr"), QStringLiteral("euckr"), QStringLiteral("windows-949"),
          QStringLiteral("ms949"), QStringLiteral("uhc")},
         TextEncoding::Cp949},
    };
    for (const auto &entry : names) {
        if (entry.first.contains(n)) {
            *encoding = entry.second;
            return true;
        }
    }
    return false;
}

DetectedEncoding TextEncodings::detect(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return {TextEncoding::Utf8, 3};
    if (head.startsWith("\xFF\xFE"))
        return {TextEncoding::Utf16LE, 2};
    if (head.startsWith("\xFE\xFF"))
        return {TextEncoding::Utf16BE, 2};
    // decode() without finish(): a character cut off by the end of the sample is not an error.
    // A stray U+FFFD does not make a UTF-8 file CP949: decoding reports it as what it is.
    QString ignored;
    TextDecoder utf8(TextEncoding::Utf8);
    if (utf8.decode(head, &ignored) || head.sliced(utf8.errorOffset()).startsWith("\xEF\xBF\xBD"))
        return {TextEncoding::Utf8, 0};
    ignored.clear();
    TextDecoder cp949(TextEncoding::Cp949);
    if (cp949.decode(head, &ignored))
        return {TextEncoding::Cp949, 0};
    // Neither: the encoding that reads further is the file's, and decoding names its bad byte.
    return {cp949.errorOffset() > utf8.errorOffset() ? TextEncoding::Cp949 : TextEncoding::Utf8, 0};
}

} // namespace innoatlas
