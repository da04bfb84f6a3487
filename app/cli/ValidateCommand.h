#pragma once

#include "CliContext.h"

namespace innoatlas {

/** `validate FILE...`: checks dataset documents (read together) and lists every problem. */
class ValidateCommand
{
public:
    static int run(const CliContext &context, const QStringList &files);
};

} // namespace innoatlas
