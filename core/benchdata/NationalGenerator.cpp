#include "benchdata/NationalGenerator.h"

#include "benchdata/BudgetCsvFile.h"
#include "benchdata/GeneratedNames.h"
#include "search/SearchIndex.h"
#include "store/BulkStatement.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QFileInfo>

#include <memory>

namespace innoatlas {

namespace {
struct PlanRow
{
    qint64 id = 0;
    int region = 0;
    int theme = 0;
    int year = 0;
};

struct ElementRow
{
    qint64 id = 0;
    int plan = 0;
    int parent = -1; ///< index into the elements, -1 for a goal
    QString name;    ///< Korean
};

/** The statements of one fill, prepared once. */
class Rows
{
public:
    explicit Rows(const QSqlDatabase &db)
        : entity(db, "INSERT INTO entity (kind, key) VALUES (?, ?)"),
          text(db, "INSERT INTO localized_text (entity_id, field, lang, text, status) VALUES (?, ?, ?, ?, ?)"),
          region(db, "INSERT INTO region (id, ordinal, code, level, country, parent_id) VALUES (?, ?, ?, ?, 'KR', ?)"),
          theme(db, "INSERT INTO theme (id, ordinal) VALUES (?, ?)"),
          source(db, "INSERT INTO source (id, ordinal, kind, published, published_precision, language) "
                     "VALUES (?, ?, 'press-release', ?, 'day', 'ko')"),
          quote(db, "INSERT INTO quote (id, source_id, ordinal, text) VALUES (?, ?, ?, ?)"),
          plan(db, "INSERT INTO plan (id, ordinal, region_id, announced, announced_precision, period_from, period_to, "
                   "headline_budget) VALUES (?, ?, ?, ?, 'day', ?, ?, ?)"),
          planTheme(db, "INSERT INTO plan_theme (plan_id, theme_id, ordinal) VALUES (?, ?, ?)"),
          citation(db, "INSERT INTO citation (entity_id, quote_id, ordinal) VALUES (?, ?, 0)"),
          element(db, "INSERT INTO element (id, plan_id, parent_id, ordinal, kind) VALUES (?, ?, ?, ?, ?)"),
          line(db, "INSERT INTO budget_line (id, plan_id, element_id, ordinal, amount, from_year, to_year, funding, "
                   "kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          event(db, "INSERT INTO event (id, ordinal, region_id, plan_id, kind, date, precision) "
                    "VALUES (?, ?, ?, ?, ?, ?, 'day')"),
          organisation(db, "INSERT INTO organisation (id, ordinal, kind, region_id) VALUES (?, ?, ?, ?)"),
          participation(db, "INSERT INTO participation (id, ordinal, organisation_id, region_id, plan_id, event_id, "
                            "role) VALUES (?, ?, ?, ?, ?, ?, ?)")
    {
    }

    qint64 add(const char *kind, const QString &key)
    {
        entity.bindUtf8(QByteArray(kind)).bind(key).run();
        return entity.lastInsertId();
    }
    void texts(qint64 id, const char *field, const BilingualName &name) { texts(id, field, name.ko, name.en); }
    void texts(qint64 id, const char *field, const QString &ko, const QString &en)
    {
        const QByteArray fieldName(field);
        text.bind(id).bindUtf8(fieldName).bindUtf8("ko").bind(ko);
        text.bindUtf8(ko.isEmpty() ? "missing" : "draft").run();
        text.bind(id).bindUtf8(fieldName).bindUtf8("en").bind(en);
        text.bindUtf8(en.isEmpty() ? "missing" : "draft").run();
    }

    BulkStatement entity, text, region, theme, source, quote, plan, planTheme, citation, element, line, event,
        organisation, participation;
};

QString isoDate(int year, int month, int day)
{
    return QStringLiteral("%1-%2-%3").arg(year).arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
}

/** Binds @p id, or NULL when it is 0. */
BulkStatement &bindId(BulkStatement &statement, qint64 id)
{
    return id ? statement.bind(id) : statement.bindNull();
}

/**
 * The organisations of every region (GeneratedNames::organisationsPerRegion() each) and who takes part in what: one to
 * four partners a plan, the first its lead, mostly organisations of the plan's region and one in ten another region;
 * for one event of a plan in four, an organisation of the event's region as its host. Adds what it made to @p counts.
 */
void addPartners(Rows &rows, SeededRandom &random, const QVector<qint64> &regionIds,
                 const QVector<BilingualName> &regionNames, const QVector<PlanRow> &plans,
                 const QVector<QPair<qint64, int>> &planEvents, GeneratorCounts &counts)
{
    const int perRegion = GeneratedNames::organisationsPerRegion();
    QVector<qint64> organisations;
    organisations.reserve(regionIds.size() * perRegion);
    for (int r = 0; r < regionIds.size(); ++r) {
        for (int k = 0; k < perRegion; ++k) {
            const qint64 id = rows.add("organisation", QStringLiteral("org.gen.%1").arg(organisations.size() + 1));
            rows.organisation.bind(id).bind(organisations.size()).bind(GeneratedNames::organisationKind(k));
            rows.organisation.bind(regionIds.at(r)).run();
            rows.texts(id, "name", GeneratedNames::organisation(regionNames.at(r), k));
            organisations << id;
        }
    }
    counts.organisations = organisations.size();

    qint64 made = 0;
    const auto take = [&](qint64 organisation, qint64 region, qint64 plan, qint64 event, const char *role) {
        const qint64 id = rows.add("participation", QStringLiteral("pt.gen.%1").arg(made + 1));
        rows.participation.bind(id).bind(made);
        bindId(bindId(bindId(bindId(rows.participation, organisation), region), plan), event);
        rows.participation.bindUtf8(role).run();
        ++made;
    };
    const auto organisationOf = [&](int region) {
        return organisations.at(region * perRegion + int(random.below(perRegion)));
    };
    for (const PlanRow &plan : plans) {
        const int partners = 1 + int(random.below(4));
        for (int k = 0; k < partners; ++k) {
            const char *role = k == 0 ? "lead" : "partner";
            if (k > 0 && random.below(10) == 0)
                take(0, regionIds.at(int(random.below(regionIds.size()))), plan.id, 0, role);
            else
                take(organisationOf(plan.region), 0, plan.id, 0, role);
        }
    }
    for (const auto &[event, region] : planEvents) {
        if (random.below(4) == 0)
            take(organisationOf(region), 0, 0, event, "host");
    }
    counts.participations = made;
}
} // namespace

NationalGenerator::NationalGenerator(GeneratorOptions options) : m_options(std::move(options)) {}

bool NationalGenerator::write(const QString &path)
{
    if (QFileInfo::exists(path)) {
        m_error = tr("%1 exists already: the generator writes a new file only").arg(path);
        return false;
    }
    Database database;
    const bool ok = database.openOrCreate(path, [this](Database &db, QString *error) {
        try {
            fill(db.connection());
            return true;
        } catch (const StoreError &e) {
            *error = e.message();
            return false;
        }
    });
    if (!ok)
        m_error = database.errorString();
    return ok;
}

void NationalGenerator::fill(const QSqlDatabase &database)
{
    if (m_options.regions < 1 || m_options.initiatives < 1 || m_options.budgetLines < 0 || m_options.events < 0)
        throw StoreError(tr("the generator needs at least one region and one initiative"));
    m_counts = GeneratorCounts();
    SeededRandom random(m_options.seed);
    // A new file that is deleted on failure: no need to wait for the disk or journal to the file.
    BulkStatement::exec(database, "PRAGMA journal_mode = MEMORY");
    BulkStatement::exec(database, "PRAGMA synchronous = OFF");
    BulkStatement::exec(database, "PRAGMA cache_size = -200000");
    std::unique_ptr<BudgetCsvFile> csv;
    if (!m_options.csvPath.isEmpty())
        csv = std::make_unique<BudgetCsvFile>(m_options.csvPath);

    Transaction transaction(database);
    Rows rows(database);

    const qint64 country = rows.add("region", QStringLiteral("region.korea"));
    rows.region.bind(country).bind(0).bindNull().bindUtf8("country").bindNull().run();
    rows.texts(country, "name", QStringLiteral("대한민국"), QStringLiteral("Republic of Korea"));

    const QVector<BilingualName> &metropolitan = GeneratedNames::metropolitan();
    QVector<qint64> regionIds;
    QVector<BilingualName> regionNames;
    QVector<int> childrenOf(metropolitan.size());
    for (int i = 0; i < m_options.regions; ++i) {
        const qint64 id = rows.add("region", QStringLiteral("region.gen.%1").arg(i + 1, 3, 10, QLatin1Char('0')));
        if (i < metropolitan.size()) {
            rows.region.bind(id).bind(i + 1).bind(QString::number((11 + i) * qint64(100000000)));
            rows.region.bind(GeneratedNames::metropolitanLevel(i)).bind(country).run();
            regionNames << metropolitan.at(i);
        } else {
            const int parent = (i - int(metropolitan.size())) % int(metropolitan.size());
            const int number = ++childrenOf[parent];
            const bool district = parent <= 6 && random.below(5) < 3;
            const bool county = !district && random.below(3) == 0;
            const BilingualName name = GeneratedNames::basicGovernment(random, district, county);
            const char *level = district ? "district" : county ? "county" : "city";
            rows.region.bind(id).bind(i + 1).bind(QString::number((11 + parent) * qint64(100000000) + number * 10000));
            rows.region.bindUtf8(level).bind(regionIds.at(parent)).run();
            regionNames << BilingualName{name.ko, name.en};
        }
        rows.texts(id, "name", regionNames.last());
        regionIds << id;
    }
    m_counts.regions = regionIds.size();

    QVector<qint64> themeIds;
    for (const BilingualName &theme : GeneratedNames::themes()) {
        const qint64 id = rows.add("theme", QStringLiteral("theme.gen.%1").arg(themeIds.size() + 1));
        rows.theme.bind(id).bind(themeIds.size()).run();
        rows.texts(id, "name", theme);
        themeIds << id;
    }
    m_counts.themes = themeIds.size();

    // One press-release source per region; each plan cites a quote of its region's source.
    QVector<qint64> sourceIds;
    QVector<int> quotesOf(regionIds.size());
    for (int i = 0; i < regionIds.size(); ++i) {
        const qint64 id = rows.add("source", QStringLiteral("src.gen.%1").arg(i + 1));
        rows.source.bind(id).bind(i).bind(isoDate(2018 + int(random.below(8)), 1 + int(random.below(12)), 1)).run();
        rows.texts(id, "title", regionNames.at(i).ko + QStringLiteral(" 보도자료"),
                   QStringLiteral("Press releases of ") + regionNames.at(i).en);
        sourceIds << id;
    }
    m_counts.sources = sourceIds.size();

    const int planCount = qMax(1, m_options.initiatives / 50);
    QVector<PlanRow> plans;
    plans.reserve(planCount);
    for (int i = 0; i < planCount; ++i) {
        PlanRow plan;
        plan.region = int(random.below(regionIds.size()));
        plan.theme = int(random.below(themeIds.size()));
        plan.year = 2018 + int(random.below(8));
        plan.id = rows.add("plan", QStringLiteral("plan.gen.%1").arg(i + 1));
        rows.plan.bind(plan.id).bind(i).bind(regionIds.at(plan.region));
        rows.plan.bind(isoDate(plan.year, 1 + int(random.below(12)), 1 + int(random.below(28))));
        rows.plan.bind(plan.year).bind(plan.year + 4).bind(random.between(10, 50000) * 100000000).run();
        const BilingualName &theme = GeneratedNames::themes().at(plan.theme);
        const BilingualName title = GeneratedNames::planTitle(random, regionNames.at(plan.region), theme, plan.year);
        rows.texts(plan.id, "title", title);
        rows.texts(plan.id, "summary", theme.ko + QStringLiteral(" 분야의 지역 혁신을 위한 ") + title.ko,
                   title.en + QStringLiteral(": regional innovation in ") + theme.en.toLower());
        rows.planTheme.bind(plan.id).bind(themeIds.at(plan.theme)).bind(0).run();
        const int second = int(random.below(themeIds.size()));
        if (second != plan.theme)
            rows.planTheme.bind(plan.id).bind(themeIds.at(second)).bind(1).run();
        const qint64 quoteId = rows.add("quote", QStringLiteral("q.gen.%1").arg(i + 1));
        rows.quote.bind(quoteId).bind(sourceIds.at(plan.region)).bind(quotesOf[plan.region]++);
        rows.quote
            .bind(regionNames.at(plan.region).ko + QStringLiteral("는 ") + title.ko + QStringLiteral("을 발표했다."))
            .run();
        rows.citation.bind(plan.id).bind(quoteId).run();
        plans << plan;
    }
    m_counts.plans = plans.size();
    m_counts.quotes = plans.size();

    // Each plan: a few goals, strategies under them, tasks under the strategies.
    QVector<ElementRow> elements;
    elements.reserve(m_options.initiatives);
    for (int p = 0; p < planCount; ++p) {
        const int count = m_options.initiatives / planCount + (p < m_options.initiatives % planCount ? 1 : 0);
        const int goals = qMax(1, count / 20);
        const int strategies = qMax(0, qMin(count - goals, count / 5));
        const int first = int(elements.size());
        QVector<int> ordinals(count + 1);
        for (int k = 0; k < count; ++k) {
            const int depth = k < goals ? 0 : k < goals + strategies ? 1 : 2;
            ElementRow row;
            row.plan = p;
            row.parent = depth == 0       ? -1
                         : depth == 1     ? first + (k - goals) % goals
                         : strategies > 0 ? first + goals + (k - goals - strategies) % strategies
                                          : first + (k - goals) % goals;
            const BilingualName name = GeneratedNames::initiative(random, depth);
            row.name = name.ko;
            row.id = rows.add("element", QStringLiteral("el.gen.%1").arg(elements.size() + 1));
            rows.element.bind(row.id).bind(plans.at(p).id);
            if (row.parent < 0)
                rows.element.bindNull();
            else
                rows.element.bind(elements.at(row.parent).id);
            const int parentSlot = row.parent < 0 ? count : row.parent - first;
            static const char *const kinds[] = {"goal", "strategy", "task"};
            rows.element.bind(ordinals[parentSlot]++).bindUtf8(kinds[depth]).run();
            rows.texts(row.id, "name", name);
            elements << row;
        }
    }
    m_counts.initiatives = elements.size();

    static const char *const fundings[] = {"national", "city", "provincial", "private", "mixed"};
    static const char *const lineKinds[] = {"planned", "secured", "invested"};
    for (qint64 i = 0; i < m_options.budgetLines; ++i) {
        const ElementRow &element = elements.at(int(random.below(elements.size())));
        const PlanRow &plan = plans.at(element.plan);
        const int year = plan.year + int(random.below(5));
        const qint64 won = random.between(1, 99999) * 1000000;
        const qint64 id = rows.add("budget_line", QStringLiteral("bl.gen.%1").arg(i + 1));
        rows.line.bind(id).bind(plan.id).bind(element.id).bind(i).bind(won).bind(year).bind(year);
        rows.line.bindUtf8(fundings[random.below(5)]).bindUtf8(lineKinds[random.below(3)]).run();
        const QString label = QStringLiteral("%1 (%2년)").arg(element.name).arg(year);
        rows.texts(id, "label", label, QString());
        if (csv) {
            const BilingualName place = GeneratedNames::shortName(regionNames.at(plan.region));
            const BilingualName &theme = GeneratedNames::themes().at(plan.theme);
            const QString unit = element.parent >= 0 ? elements.at(element.parent).name : element.name;
            csv->addLine(year, GeneratedNames::ministries().at(plan.theme % GeneratedNames::ministries().size()),
                         theme.ko, place.ko + QLatin1Char(' ') + theme.ko, unit, element.name, won);
        }
    }
    m_counts.budgetLines = m_options.budgetLines;

    const QStringList &eventKinds = GeneratedNames::eventKinds();
    QVector<QPair<qint64, int>> planEvents; // the events of plans, with their region
    for (int i = 0; i < m_options.events; ++i) {
        const bool ofPlan = random.below(5) != 0;
        const PlanRow &plan = plans.at(int(random.below(plans.size())));
        const int region = ofPlan ? plan.region : int(random.below(regionIds.size()));
        const int kind = int(random.below(eventKinds.size()));
        const qint64 id = rows.add("event", QStringLiteral("event.gen.%1").arg(i + 1));
        rows.event.bind(id).bind(i).bind(regionIds.at(region));
        if (ofPlan)
            rows.event.bind(plan.id);
        else
            rows.event.bindNull();
        const int year = 2015 + int(random.below(16));
        rows.event.bind(eventKinds.at(kind)).bind(isoDate(year, 1 + int(random.below(12)), 1 + int(random.below(28))));
        rows.event.run();
        rows.texts(id, "title", GeneratedNames::eventTitle(random, regionNames.at(region), kind));
        if (ofPlan)
            planEvents.append({id, region});
    }
    m_counts.events = m_options.events;

    addPartners(rows, random, regionIds, regionNames, plans, planEvents, m_counts);

    if (csv)
        csv->finish();
    transaction.commit();
    SearchIndex(database).sync();
}

} // namespace innoatlas
