#include "CheckCommand.h"

#include "review/Checks.h"
#include "review/FindingDismissals.h"
#include "store/StoreError.h"
#include "store/UserDatabase.h"

namespace innoatlas {

int CheckCommand::run(const CliContext &context, const QCommandLineParser &parser)
{
    Database database;
    if (!UserDatabase::open(database, context.databasePath)) {
        context.err << database.errorString() << Qt::endl;
        return ExitDatabase;
    }
    ContentFilter filter;
    filter.cityKey = parser.value(QStringLiteral("city"));
    filter.planKey = parser.value(QStringLiteral("plan"));
    QVector<Finding> findings;
    int dismissed = 0;
    try {
        // Findings a translator accepted in the workspace are counted, not listed.
        findings =
            FindingDismissals(database.connection()).open(Checks::run(database.connection(), filter), &dismissed);
    } catch (const StoreError &e) {
        context.err << Cli::tr("check: %1").arg(e.message()) << Qt::endl;
        return filter.cityKey.isEmpty() && filter.planKey.isEmpty() ? ExitDatabase : ExitUsage;
    }
    int counts[3] = {0, 0, 0};
    for (const Finding &finding : std::as_const(findings)) {
        ++counts[int(finding.severity)];
        context.out << severityName(finding.severity) << '\t' << finding.checkId << '\t' << finding.key.toString()
                    << " (" << languageCode(finding.language) << ")\t" << finding.message() << '\n';
    }
    context.out.flush();
    context.err << Cli::tr("%1 errors, %2 warnings, %3 notes in %4 findings; %5 dismissed findings not listed")
                       .arg(counts[int(Severity::Error)])
                       .arg(counts[int(Severity::Warning)])
                       .arg(counts[int(Severity::Info)])
                       .arg(findings.size())
                       .arg(dismissed)
                << Qt::endl;
    return counts[int(Severity::Error)] > 0 ? ExitProblems : ExitOk;
}

} // namespace innoatlas
