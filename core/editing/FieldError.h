#pragma once

#include <QString>

namespace innoatlas {

/** Why the value of one field cannot be saved. */
struct FieldError
{
    /** A column ("amount"), a text field and language ("title.ko"), or a link ("quotes"). */
    QString field;
    /** In the interface language. */
    QString reason;
};

} // namespace innoatlas
