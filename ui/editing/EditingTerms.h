#pragma once

#include <QCoreApplication>
#include <QString>

namespace innoatlas {

/** Labels of the editing forms in the interface language: kinds, columns, text fields, choice values. */
class EditingTerms
{
    Q_DECLARE_TR_FUNCTIONS(EditingTerms)

public:
    static QString kindName(const QString &kind);
    static QString columnLabel(const QString &kind, const QString &column);
    static QString textLabel(const QString &field);
    /** The name of a choice value (a funding source, a role ...) of @p column of @p kind. */
    static QString choiceName(const QString &kind, const QString &column, const QString &value);
};

} // namespace innoatlas
