#pragma once

#include "CliContext.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace innoatlas {

/** `copy FROM TO [--replace]`: a database file to a server or back (or file to file), all or nothing. */
class CopyCommand
{
public:
    static QList<QCommandLineOption> options();
    static QString help();
    static int run(const CliContext &context, const QCommandLineParser &parser, const QStringList &arguments);
};

} // namespace innoatlas
