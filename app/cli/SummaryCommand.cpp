#include "SummaryCommand.h"

#include "TextTable.h"
#include "money/MoneyFormatter.h"
#include "query/PlanSummary.h"
#include "store/StoreError.h"
#include "store/UserDatabase.h"

namespace innoatlas {

int SummaryCommand::run(const CliContext &context)
{
    Database database;
    if (!UserDatabase::open(database, context.databasePath)) {
        context.err << database.errorString() << Qt::endl;
        return ExitDatabase;
    }
    QVector<PlanSummaryRow> rows;
    try {
        rows = PlanSummary::query(database.connection());
    } catch (const StoreError &e) {
        context.err << context.databasePath << ": " << e.message() << Qt::endl;
        return ExitDatabase;
    }

    const bool korean = context.language == QLatin1String("ko");
    const Language language = korean ? Language::Korean : Language::English;
    TextTable table(
        {Cli::tr("City"), Cli::tr("Plan"), Cli::tr("Announced"), Cli::tr("Period"), Cli::tr("Headline budget")});
    table.setAlignment(4, TextTable::Align::Right);
    for (const PlanSummaryRow &row : std::as_const(rows)) {
        QString period;
        if (row.periodFrom && row.periodTo)
            period = *row.periodFrom == *row.periodTo ? QString::number(*row.periodFrom)
                                                      : QStringLiteral("%1–%2").arg(*row.periodFrom).arg(*row.periodTo);
        QString budget;
        if (row.headlineBudget)
            budget = korean ? MoneyFormatter::formatKorean(*row.headlineBudget)
                            : MoneyFormatter::formatEnglish(*row.headlineBudget);
        table.addRow({row.region.preferred(language), row.title.preferred(language), row.announced.toIsoString(),
                      period, budget});
    }
    context.out << table.toString();
    context.out << Cli::tr("%n plan(s)", nullptr, int(rows.size())) << Qt::endl;
    return ExitOk;
}

} // namespace innoatlas
