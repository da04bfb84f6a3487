#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace innoatlas {

/**
 * The navigator filter's rule, for one filter text: whether a label contains it, ignoring case exactly as
 * QString::contains(text, Qt::CaseInsensitive) does.
 *
 * That folds the case of every character compared. The texts people type into the filter (Korean, 초성, digits,
 * English) need less: a Korean syllable or a digit is matched by itself only, and an English letter by its two
 * cases and by two rare signs (U+212A KELVIN SIGN folds to k, U+017F LONG S to s). Such a text is looked for
 * byte by byte, in UTF-16 or in SQLite's UTF-8; any other (Greek, accented letters ...) takes QString's way.
 */
class LabelMatcher
{
public:
    explicit LabelMatcher(const QString &text);

    /** Whether @p label contains the text, ignoring case. */
    bool isIn(QStringView label) const;
    /** The same for a label in UTF-8, as SQLite stores it. */
    bool isIn(QByteArrayView utf8) const;

private:
    enum class Mode
    {
        Exact,   ///< no character of the text has a case: an exact search
        Ascii,   ///< only English letters have one: they are compared in lower case
        Folding, ///< QString's comparison
    };

    bool isInAscii(QStringView label) const;
    bool isInAscii(QByteArrayView utf8) const;

    QString m_text;
    QString m_lower;   ///< the text with its English letters in lower case
    QByteArray m_utf8; ///< m_lower in UTF-8
    Mode m_mode = Mode::Folding;
};

} // namespace innoatlas
