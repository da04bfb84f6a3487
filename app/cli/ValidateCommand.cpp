#include "ValidateCommand.h"

#include "dataset/DatasetJsonReader.h"

namespace innoatlas {

int ValidateCommand::run(const CliContext &context, const QStringList &files)
{
    if (files.isEmpty()) {
        context.err << Cli::tr("validate: name at least one file") << Qt::endl;
        return ExitUsage;
    }
    DatasetJsonReader reader;
    for (const QString &file : files)
        reader.readFile(file);
    reader.finish();
    for (const DatasetIssue &issue : reader.issues())
        context.out << issue.toString() << Qt::endl;
    if (!reader.issues().isEmpty()) {
        context.err << Cli::tr("%n problem(s) found", nullptr, int(reader.issues().size())) << Qt::endl;
        return ExitProblems;
    }
    const Dataset &dataset = reader.dataset();
    context.out << Cli::tr("%1: valid (%2 plans, %3 sources, %4 regions)")
                       .arg(files.join(QStringLiteral(", ")))
                       .arg(dataset.plans.size())
                       .arg(dataset.sources.size())
                       .arg(dataset.regions.size())
                << Qt::endl;
    return ExitOk;
}

} // namespace innoatlas
