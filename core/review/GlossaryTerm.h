#pragma once

#include "model/LocalizedText.h"

#include <QStringList>

namespace innoatlas {

/**
 * One agreed pair of terms: the Korean and English forms translators must use for each
 * other, other forms accepted as the same term (abbreviations, short names), forms that
 * must not be used, and a note on usage.
 */
struct GlossaryTerm
{
    qint64 id = 0; ///< 0 for a term not stored yet
    QString ko;
    QString en;
    QStringList koAccepted;
    QStringList enAccepted;
    QStringList koForbidden;
    QStringList enForbidden;
    QString note;

    const QString &term(Language language) const { return language == Language::Korean ? ko : en; }
    const QStringList &accepted(Language language) const
    {
        return language == Language::Korean ? koAccepted : enAccepted;
    }
    const QStringList &forbidden(Language language) const
    {
        return language == Language::Korean ? koForbidden : enForbidden;
    }
    /** The term and its accepted forms. */
    QStringList forms(Language language) const { return QStringList{term(language)} + accepted(language); }

    bool operator==(const GlossaryTerm &o) const
    {
        return id == o.id && ko == o.ko && en == o.en && koAccepted == o.koAccepted && enAccepted == o.enAccepted &&
               koForbidden == o.koForbidden && enForbidden == o.enForbidden && note == o.note;
    }
};

} // namespace innoatlas
