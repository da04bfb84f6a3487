#include "dataset/DatasetJsonReader.h"

#include "dataset/JsonFields.h"
#include "model/Vocabulary.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace innoatlas {

namespace {
using S = QString;

const S kKey = QStringLiteral("key");
const S kQuotes = QStringLiteral("quotes");
const S kCorrection = QStringLiteral("correction");
const S kValue = QStringLiteral("value");

constexpr qint64 maxWon = (qint64(1) << 53) - 1;

QString kindName(int kind)
{
    static const char *names[] = {"source",  "quote",       "theme",  "region", "organisation",  "plan",
                                  "element", "budget line", "target", "event",  "participation", "indicator"};
    return QString::fromLatin1(names[kind]);
}

QString withArticle(int kind)
{
    const QString noun = kindName(kind);
    return (QStringLiteral("aeiou").contains(noun.at(0)) ? QStringLiteral("an ") : QStringLiteral("a ")) + noun;
}

/** Line and column (1-based) of a byte offset in UTF-8 text. */
void lineAndColumn(const QByteArray &data, int offset, int *line, int *column)
{
    *line = 1;
    *column = 1;
    for (int i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++*line;
            *column = 1;
        } else if ((uchar(data.at(i)) & 0xC0) != 0x80) {
            ++*column;
        }
    }
}
} // namespace

bool DatasetJsonReader::readFile(const QString &path)
{
    QFile file(path);
    const QString name = path.startsWith(QLatin1Char(':')) ? QFileInfo(path).fileName() : path;
    if (!file.open(QIODevice::ReadOnly)) {
        m_issues.append({name, {}, 0, 0, QStringLiteral("cannot open: %1").arg(file.errorString())});
        return false;
    }
    return read(file.readAll(), name);
}

bool DatasetJsonReader::read(const QByteArray &json, const QString &fileName)
{
    m_file = fileName;
    const qsizetype before = m_issues.size();
    // JSON allows no raw control character inside a string, but Qt's parser lets a NUL byte through
    // into the text; no text of a dataset may hold one.
    if (const qsizetype nul = json.indexOf('\0'); nul >= 0) {
        DatasetIssue issue;
        issue.file = fileName;
        lineAndColumn(json, int(nul), &issue.line, &issue.column);
        issue.message = QStringLiteral("not valid JSON: the file contains a NUL byte");
        m_issues.append(issue);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        DatasetIssue issue;
        issue.file = fileName;
        lineAndColumn(json, parseError.offset, &issue.line, &issue.column);
        issue.message = QStringLiteral("not valid JSON: %1").arg(parseError.errorString());
        m_issues.append(issue);
        return false;
    }
    JsonFields f(fileName, &m_issues);
    const S root = QStringLiteral("$");
    if (!document.isObject()) {
        f.error(root, QStringLiteral("expected an object at the top"));
        return false;
    }
    const QJsonObject object = document.object();
    f.onlyMembers(object, root,
                  {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("sources"),
                   QStringLiteral("themes"), QStringLiteral("regions"), QStringLiteral("organisations"),
                   QStringLiteral("plans"), QStringLiteral("events"), QStringLiteral("participations")});
    if (f.string(object, QStringLiteral("format"), root, true) != QLatin1String("innoatlas-dataset")) {
        f.error(JsonFields::member(root, QStringLiteral("format")),
                QStringLiteral("not an InnoAtlas dataset (expected \"innoatlas-dataset\")"));
        return false;
    }
    const auto version = f.integerMember(object, QStringLiteral("version"), root, 1, 1000000, true);
    if (!version)
        return false;
    if (*version > formatVersion) {
        f.error(JsonFields::member(root, QStringLiteral("version")),
                QStringLiteral("version %1 is newer than this program reads (%2); update InnoAtlas")
                    .arg(*version)
                    .arg(formatVersion));
        return false;
    }
    readSources(f, object);
    readThemes(f, object);
    readRegions(f, object);
    readOrganisations(f, object);
    readPlans(f, object);
    readEvents(f, object);
    readParticipations(f, object);
    return m_issues.size() == before;
}

bool DatasetJsonReader::finish()
{
    for (const Reference &reference : std::as_const(m_references)) {
        const auto it = m_definitions.constFind(reference.key);
        auto report = [&](const QString &message) { m_issues.append({reference.file, reference.path, 0, 0, message}); };
        if (it == m_definitions.constEnd()) {
            report(QStringLiteral("no %1 has the key \"%2\"").arg(kindName(int(reference.kind)), reference.key));
        } else if (it->kind != reference.kind) {
            report(QStringLiteral("\"%1\" is %2, not %3")
                       .arg(reference.key, withArticle(int(it->kind)), withArticle(int(reference.kind))));
        } else if (!reference.planKey.isEmpty() && it->planKey != reference.planKey) {
            report(QStringLiteral("element \"%1\" belongs to another plan (%2)").arg(reference.key, it->planKey));
        }
    }
    m_references.clear();
    return m_issues.isEmpty();
}

void DatasetJsonReader::define(JsonFields &f, const QString &key, Kind kind, const QString &path,
                               const QString &planKey)
{
    if (key.isEmpty())
        return;
    const auto it = m_definitions.constFind(key);
    if (it != m_definitions.constEnd()) {
        f.error(JsonFields::member(path, kKey),
                QStringLiteral("key \"%1\" is already used at %2 %3").arg(key, it->file, it->path));
        return;
    }
    m_definitions.insert(key, {kind, m_file, path, planKey});
}

void DatasetJsonReader::refer(const QString &key, Kind kind, const QString &path, const QString &planKey)
{
    if (!key.isEmpty())
        m_references.append({kind, key, m_file, path, planKey});
}

void DatasetJsonReader::referQuotes(const QStringList &keys, const QString &path)
{
    for (qsizetype i = 0; i < keys.size(); ++i)
        refer(keys.at(i), Kind::Quote, JsonFields::index(path, i));
}

void DatasetJsonReader::referQuotes(const Citation &citation, const QString &path)
{
    referQuotes(citation.quoteKeys, JsonFields::member(path, kQuotes));
}

void DatasetJsonReader::readSources(JsonFields &f, const QJsonObject &root)
{
    const S listPath = QStringLiteral("$.sources");
    const QJsonArray list = f.array(root, QStringLiteral("sources"), QStringLiteral("$"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const S path = JsonFields::index(listPath, i);
        if (!f.isObject(list.at(i), path))
            continue;
        const QJsonObject o = list.at(i).toObject();
        f.onlyMembers(o, path,
                      {kKey, QStringLiteral("kind"), QStringLiteral("publisher"), QStringLiteral("title"),
                       QStringLiteral("published"), QStringLiteral("language"), QStringLiteral("seedFile"),
                       QStringLiteral("url"), kQuotes});
        Source source;
        source.key = f.key(o, path);
        define(f, source.key, Kind::Source, path);
        source.kind = f.choice(o, QStringLiteral("kind"), path, Vocabulary::sourceKinds(), true);
        source.publisher = f.text(o, QStringLiteral("publisher"), path, true);
        source.title = f.text(o, QStringLiteral("title"), path, true);
        const QJsonValue published = o.value(QStringLiteral("published"));
        if (!published.isUndefined()) {
            const S where = JsonFields::member(path, QStringLiteral("published"));
            if (f.isObject(published, where)) {
                f.onlyMembers(published.toObject(), where, {kValue, QStringLiteral("precision")});
                source.published = f.date(published.toObject(), where).value_or(PartialDate());
            }
        }
        source.language = f.choice(o, QStringLiteral("language"), path, Vocabulary::languages(), true);
        source.seedFile = f.string(o, QStringLiteral("seedFile"), path, false);
        source.url = f.string(o, QStringLiteral("url"), path, false);

        const S quotesPath = JsonFields::member(path, kQuotes);
        const QJsonArray quotes = f.array(o, kQuotes, path);
        for (qsizetype q = 0; q < quotes.size(); ++q) {
            const S quotePath = JsonFields::index(quotesPath, q);
            if (!f.isObject(quotes.at(q), quotePath))
                continue;
            const QJsonObject qo = quotes.at(q).toObject();
            f.onlyMembers(qo, quotePath, {kKey, QStringLiteral("text"), QStringLiteral("translation")});
            Quote quote;
            quote.key = f.key(qo, quotePath);
            define(f, quote.key, Kind::Quote, quotePath);
            quote.text = f.string(qo, QStringLiteral("text"), quotePath, true);
            quote.translation = f.text(qo, QStringLiteral("translation"), quotePath, false);
            source.quotes.append(quote);
        }
        m_dataset.sources.append(source);
    }
}

void DatasetJsonReader::readThemes(JsonFields &f, const QJsonObject &root)
{
    const QJsonArray list = f.array(root, QStringLiteral("themes"), QStringLiteral("$"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const S path = JsonFields::index(QStringLiteral("$.themes"), i);
        if (!f.isObject(list.at(i), path))
            continue;
        const QJsonObject o = list.at(i).toObject();
        f.onlyMembers(o, path, {kKey, QStringLiteral("name")});
        Theme theme;
        theme.key = f.key(o, path);
        define(f, theme.key, Kind::Theme, path);
        theme.name = f.text(o, QStringLiteral("name"), path, true);
        m_dataset.themes.append(theme);
    }
}

void DatasetJsonReader::readRegions(JsonFields &f, const QJsonObject &root)
{
    static const QRegularExpression codePattern(QStringLiteral("^[0-9]{10}$"));
    static const QRegularExpression countryPattern(QStringLiteral("^[A-Z]{2}$"));
    const QJsonArray list = f.array(root, QStringLiteral("regions"), QStringLiteral("$"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const S path = JsonFields::index(QStringLiteral("$.regions"), i);
        if (!f.isObject(list.at(i), path))
            continue;
        const QJsonObject o = list.at(i).toObject();
        f.onlyMembers(o, path,
                      {kKey, QStringLiteral("code"), QStringLiteral("level"), QStringLiteral("country"),
                       QStringLiteral("parent"), QStringLiteral("name"), QStringLiteral("population"),
                       QStringLiteral("indicators")});
        Region region;
        region.key = f.key(o, path);
        define(f, region.key, Kind::Region, path);
        region.code = f.string(o, QStringLiteral("code"), path, false);
        if (!region.code.isEmpty() && !codePattern.match(region.code).hasMatch())
            f.error(JsonFields::member(path, QStringLiteral("code")),
                    QStringLiteral("\"%1\" is not a 10-digit legal-dong code").arg(region.code));
        region.level = f.choice(o, QStringLiteral("level"), path, Vocabulary::regionLevels(), true);
        const QString country = f.string(o, QStringLiteral("country"), path, false);
        if (!country.isEmpty()) {
            if (!countryPattern.match(country).hasMatch())
                f.error(JsonFields::member(path, QStringLiteral("country")),
                        QStringLiteral("\"%1\" is not an ISO 3166 two-letter code").arg(country));
            region.country = country;
        }
        region.parentKey = f.reference(o, QStringLiteral("parent"), path, false);
        refer(region.parentKey, Kind::Region, JsonFields::member(path, QStringLiteral("parent")));
        region.name = f.text(o, QStringLiteral("name"), path, true);

        const S popPath = JsonFields::member(path, QStringLiteral("population"));
        const QJsonArray population = f.array(o, QStringLiteral("population"), path);
        for (qsizetype p = 0; p < population.size(); ++p) {
            const S where = JsonFields::index(popPath, p);
            if (!f.isObject(population.at(p), where))
                continue;
            const QJsonObject po = population.at(p).toObject();
            f.onlyMembers(po, where, {QStringLiteral("year"), kValue, kQuotes, kCorrection});
            PopulationFigure figure;
            figure.year = int(f.integerMember(po, QStringLiteral("year"), where, 1900, 2200, true).value_or(0));
            figure.value = f.integerMember(po, kValue, where, 0, 10'000'000'000LL, true).value_or(0);
            figure.citation = f.citation(po, where);
            referQuotes(figure.citation, where);
            for (const PopulationFigure &earlier : std::as_const(region.population)) {
                if (earlier.year == figure.year)
                    f.error(where, QStringLiteral("a second population figure for %1").arg(figure.year));
            }
            region.population.append(figure);
        }
        region.indicators = readIndicators(f, o, path);
        m_dataset.regions.append(region);
    }
}

void DatasetJsonReader::readOrganisations(JsonFields &f, const QJsonObject &root)
{
    const QJsonArray list = f.array(root, QStringLiteral("organisations"), QStringLiteral("$"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const S path = JsonFields::index(QStringLiteral("$.organisations"), i);
        if (!f.isObject(list.at(i), path))
            continue;
        const QJsonObject o = list.at(i).toObject();
        f.onlyMembers(o, path,
                      {kKey, QStringLiteral("kind"), QStringLiteral("country"), QStringLiteral("region"),
                       QStringLiteral("name")});
        Organisation organisation;
        organisation.key = f.key(o, path);
        define(f, organisation.key, Kind::Organisation, path);
        organisation.kind = f.choice(o, QStringLiteral("kind"), path, Vocabulary::organisationKinds(), true);
        const QString country = f.string(o, QStringLiteral("country"), path, false);
        if (!country.isEmpty())
            organisation.country = country;
        organisation.regionKey = f.reference(o, QStringLiteral("region"), path, false);
        refer(organisation.regionKey, Kind::Region, JsonFields::member(path, QStringLiteral("region")));
        organisation.name = f.text(o, QStringLiteral("name"), path, true);
        m_dataset.organisations.append(organisation);
    }
}

void DatasetJsonReader::readPlans(JsonFields &f, const QJsonObject &root)
{
    const QJsonArray list = f.array(root, QStringLiteral("plans"), QStringLiteral("$"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const S path = JsonFields::index(QStringLiteral("$.plans"), i);
        if (f.isObject(list.at(i), path))
            m_dataset.plans.append(readPlan(f, list.at(i).toObject(), path));
    }
}

Plan DatasetJsonReader::readPlan(JsonFields &f, const QJsonObject &o, const QString &path)
{
    f.onlyMembers(o, path,
                  {kKey, QStringLiteral("region"), QStringLiteral("themes"), QStringLiteral("title"),
                   QStringLiteral("vision"), QStringLiteral("summary"), QStringLiteral("announced"),
                   QStringLiteral("period"), QStringLiteral("headlineBudget"), QStringLiteral("statedCounts"),
                   QStringLiteral("elements"), QStringLiteral("budgetLines"), QStringLiteral("targets"),
                   QStringLiteral("indicators")});
    Plan plan;
    plan.key = f.key(o, path);
    define(f, plan.key, Kind::Plan, path);
    plan.regionKey = f.reference(o, QStringLiteral("region"), path, true);
    refer(plan.regionKey, Kind::Region, JsonFields::member(path, QStringLiteral("region")));
    plan.themeKeys = f.keyList(o, QStringLiteral("themes"), path, false);
    for (qsizetype t = 0; t < plan.themeKeys.size(); ++t)
        refer(plan.themeKeys.at(t), Kind::Theme,
              JsonFields::index(JsonFields::member(path, QStringLiteral("themes")), t));
    plan.title = f.text(o, QStringLiteral("title"), path, true);
    plan.vision = f.text(o, QStringLiteral("vision"), path, false);
    plan.summary = f.text(o, QStringLiteral("summary"), path, false);
    plan.announced = readDate(f, o, QStringLiteral("announced"), path, false);
    plan.period = readPeriod(f, o, QStringLiteral("period"), path);
    plan.headlineBudget = readMoney(f, o, QStringLiteral("headlineBudget"), path, false);

    const S countsPath = JsonFields::member(path, QStringLiteral("statedCounts"));
    const QJsonArray counts = f.array(o, QStringLiteral("statedCounts"), path);
    for (qsizetype c = 0; c < counts.size(); ++c) {
        const S where = JsonFields::index(countsPath, c);
        if (!f.isObject(counts.at(c), where))
            continue;
        const QJsonObject co = counts.at(c).toObject();
        f.onlyMembers(co, where, {QStringLiteral("kind"), QStringLiteral("count"), kQuotes, kCorrection});
        StatedCount count;
        count.kind = f.choice(co, QStringLiteral("kind"), where, Vocabulary::elementKinds(), true);
        count.count = int(f.integerMember(co, QStringLiteral("count"), where, 0, 1'000'000, true).value_or(0));
        count.citation = f.citation(co, where);
        referQuotes(count.citation, where);
        for (const StatedCount &earlier : std::as_const(plan.statedCounts)) {
            if (!count.kind.isEmpty() && earlier.kind == count.kind)
                f.error(where, QStringLiteral("a second stated count of kind \"%1\"").arg(count.kind));
        }
        plan.statedCounts.append(count);
    }

    plan.elements = readElements(f, o, QStringLiteral("elements"), path, plan.key);

    const S linesPath = JsonFields::member(path, QStringLiteral("budgetLines"));
    const QJsonArray lines = f.array(o, QStringLiteral("budgetLines"), path);
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const S where = JsonFields::index(linesPath, l);
        if (f.isObject(lines.at(l), where))
            plan.budgetLines.append(readBudgetLine(f, lines.at(l).toObject(), where, plan.key));
    }

    const S targetsPath = JsonFields::member(path, QStringLiteral("targets"));
    const QJsonArray targets = f.array(o, QStringLiteral("targets"), path);
    for (qsizetype t = 0; t < targets.size(); ++t) {
        const S where = JsonFields::index(targetsPath, t);
        if (f.isObject(targets.at(t), where))
            plan.targets.append(readTarget(f, targets.at(t).toObject(), where));
    }
    plan.indicators = readIndicators(f, o, path);
    return plan;
}

QVector<Element> DatasetJsonReader::readElements(JsonFields &f, const QJsonObject &parent, const QString &name,
                                                 const QString &path, const QString &planKey)
{
    const S listPath = JsonFields::member(path, name);
    QVector<Element> result;
    const QJsonArray list = f.array(parent, name, path);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const S where = JsonFields::index(listPath, i);
        if (!f.isObject(list.at(i), where))
            continue;
        const QJsonObject o = list.at(i).toObject();
        f.onlyMembers(o, where,
                      {kKey, QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("description"), kQuotes,
                       QStringLiteral("children")});
        Element element;
        element.key = f.key(o, where);
        define(f, element.key, Kind::Element, where, planKey);
        element.kind = f.choice(o, QStringLiteral("kind"), where, Vocabulary::elementKinds(), true);
        element.name = f.text(o, QStringLiteral("name"), where, true);
        element.description = f.text(o, QStringLiteral("description"), where, false);
        element.quoteKeys = f.keyList(o, kQuotes, where, false);
        referQuotes(element.quoteKeys, JsonFields::member(where, kQuotes));
        if (o.contains(QStringLiteral("children")))
            element.children = readElements(f, o, QStringLiteral("children"), where, planKey);
        result.append(element);
    }
    return result;
}

BudgetLine DatasetJsonReader::readBudgetLine(JsonFields &f, const QJsonObject &o, const QString &path,
                                             const QString &planKey)
{
    f.onlyMembers(o, path,
                  {kKey, QStringLiteral("label"), QStringLiteral("amount"), QStringLiteral("years"),
                   QStringLiteral("funding"), QStringLiteral("kind"), QStringLiteral("element")});
    BudgetLine line;
    line.key = f.key(o, path);
    define(f, line.key, Kind::BudgetLine, path);
    line.label = f.text(o, QStringLiteral("label"), path, true);
    if (const auto amount = readMoney(f, o, QStringLiteral("amount"), path, true))
        line.amount = *amount;
    const QJsonValue years = o.value(QStringLiteral("years"));
    if (!years.isUndefined()) {
        const S where = JsonFields::member(path, QStringLiteral("years"));
        if (f.isObject(years, where)) {
            const QJsonObject yo = years.toObject();
            f.onlyMembers(yo, where, {QStringLiteral("from"), QStringLiteral("to")});
            const auto from = f.integerMember(yo, QStringLiteral("from"), where, 1900, 2200, true);
            const auto to = f.integerMember(yo, QStringLiteral("to"), where, 1900, 2200, true);
            if (from && to && *from > *to)
                f.error(where, QStringLiteral("from (%1) is after to (%2)").arg(*from).arg(*to));
            if (from)
                line.fromYear = int(*from);
            if (to)
                line.toYear = int(*to);
        }
    }
    line.funding = f.choice(o, QStringLiteral("funding"), path, Vocabulary::fundingSources(), true);
    line.kind = f.choice(o, QStringLiteral("kind"), path, Vocabulary::budgetKinds(), true);
    line.elementKey = f.reference(o, QStringLiteral("element"), path, false);
    refer(line.elementKey, Kind::Element, JsonFields::member(path, QStringLiteral("element")), planKey);
    return line;
}

Target DatasetJsonReader::readTarget(JsonFields &f, const QJsonObject &o, const QString &path)
{
    f.onlyMembers(
        o, path,
        {kKey, QStringLiteral("metric"), QStringLiteral("unit"), QStringLiteral("baseline"), QStringLiteral("target")});
    Target target;
    target.key = f.key(o, path);
    define(f, target.key, Kind::Target, path);
    target.metric = f.text(o, QStringLiteral("metric"), path, true);
    target.unit = f.choice(o, QStringLiteral("unit"), path, Vocabulary::targetUnits(), true);
    target.baseline = readKpi(f, o, QStringLiteral("baseline"), path, false);
    if (const auto value = readKpi(f, o, QStringLiteral("target"), path, true))
        target.target = *value;
    if (target.baseline && target.baseline->year && target.target.year && *target.baseline->year > *target.target.year)
        f.error(path, QStringLiteral("the baseline year is after the target year"));
    return target;
}

QVector<Indicator> DatasetJsonReader::readIndicators(JsonFields &f, const QJsonObject &parent, const QString &path)
{
    QVector<Indicator> result;
    const S listPath = JsonFields::member(path, QStringLiteral("indicators"));
    const QJsonArray list = f.array(parent, QStringLiteral("indicators"), path);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const S where = JsonFields::index(listPath, i);
        if (!f.isObject(list.at(i), where))
            continue;
        const QJsonObject o = list.at(i).toObject();
        f.onlyMembers(o, where, {kKey, QStringLiteral("metric"), QStringLiteral("unit"), kValue});
        Indicator indicator;
        indicator.key = f.key(o, where);
        define(f, indicator.key, Kind::Indicator, where);
        indicator.metric = f.text(o, QStringLiteral("metric"), where, true);
        indicator.unit = f.choice(o, QStringLiteral("unit"), where, Vocabulary::targetUnits(), true);
        if (const auto value = readKpi(f, o, kValue, where, true))
            indicator.value = *value;
        result.append(indicator);
    }
    return result;
}

std::optional<MoneyFigure> DatasetJsonReader::readMoney(JsonFields &f, const QJsonObject &parent, const QString &name,
                                                        const QString &path, bool required)
{
    const S where = JsonFields::member(path, name);
    const QJsonValue value = parent.value(name);
    if (value.isUndefined()) {
        if (required)
            f.error(where, QStringLiteral("required member is missing"));
        return std::nullopt;
    }
    if (!f.isObject(value, where))
        return std::nullopt;
    const QJsonObject o = value.toObject();
    f.onlyMembers(o, where, {kValue, QStringLiteral("original"), kQuotes, kCorrection});
    MoneyFigure figure;
    const auto won = f.integerMember(o, kValue, where, 0, maxWon, true);
    figure.citation = f.citation(o, where);
    referQuotes(figure.citation, where);
    const QJsonValue original = o.value(QStringLiteral("original"));
    if (!original.isUndefined()) {
        const S originalPath = JsonFields::member(where, QStringLiteral("original"));
        if (f.isObject(original, originalPath)) {
            static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
            const QJsonObject oo = original.toObject();
            f.onlyMembers(oo, originalPath, {QStringLiteral("amount"), QStringLiteral("currency")});
            OriginalAmount amount;
            amount.amount = f.decimal(oo, QStringLiteral("amount"), originalPath);
            if (amount.amount.startsWith(QLatin1Char('-')))
                f.error(JsonFields::member(originalPath, QStringLiteral("amount")),
                        QStringLiteral("an amount cannot be negative"));
            amount.currency = f.string(oo, QStringLiteral("currency"), originalPath, true);
            if (!amount.currency.isEmpty() && !currency.match(amount.currency).hasMatch())
                f.error(JsonFields::member(originalPath, QStringLiteral("currency")),
                        QStringLiteral("\"%1\" is not an ISO 4217 currency code").arg(amount.currency));
            figure.original = amount;
        }
    }
    if (!won)
        return std::nullopt;
    figure.won = *won;
    return figure;
}

std::optional<DateFigure> DatasetJsonReader::readDate(JsonFields &f, const QJsonObject &parent, const QString &name,
                                                      const QString &path, bool required)
{
    const S where = JsonFields::member(path, name);
    const QJsonValue value = parent.value(name);
    if (value.isUndefined()) {
        if (required)
            f.error(where, QStringLiteral("required member is missing"));
        return std::nullopt;
    }
    if (!f.isObject(value, where))
        return std::nullopt;
    const QJsonObject o = value.toObject();
    f.onlyMembers(o, where, {kValue, QStringLiteral("precision"), kQuotes, kCorrection});
    DateFigure figure;
    const auto date = f.date(o, where);
    figure.citation = f.citation(o, where);
    referQuotes(figure.citation, where);
    if (!date)
        return std::nullopt;
    figure.date = *date;
    return figure;
}

std::optional<PeriodFigure> DatasetJsonReader::readPeriod(JsonFields &f, const QJsonObject &parent, const QString &name,
                                                          const QString &path)
{
    const S where = JsonFields::member(path, name);
    const QJsonValue value = parent.value(name);
    if (value.isUndefined() || !f.isObject(value, where))
        return std::nullopt;
    const QJsonObject o = value.toObject();
    f.onlyMembers(o, where, {QStringLiteral("from"), QStringLiteral("to"), kQuotes, kCorrection});
    PeriodFigure figure;
    const auto from = f.integerMember(o, QStringLiteral("from"), where, 1900, 2200, true);
    const auto to = f.integerMember(o, QStringLiteral("to"), where, 1900, 2200, true);
    figure.citation = f.citation(o, where);
    referQuotes(figure.citation, where);
    if (!from || !to)
        return std::nullopt;
    if (*from > *to) {
        f.error(where, QStringLiteral("from (%1) is after to (%2)").arg(*from).arg(*to));
        return std::nullopt;
    }
    figure.from = int(*from);
    figure.to = int(*to);
    return figure;
}

std::optional<KpiValue> DatasetJsonReader::readKpi(JsonFields &f, const QJsonObject &parent, const QString &name,
                                                   const QString &path, bool required)
{
    const S where = JsonFields::member(path, name);
    const QJsonValue value = parent.value(name);
    if (value.isUndefined()) {
        if (required)
            f.error(where, QStringLiteral("required member is missing"));
        return std::nullopt;
    }
    if (!f.isObject(value, where))
        return std::nullopt;
    const QJsonObject o = value.toObject();
    f.onlyMembers(o, where, {kValue, QStringLiteral("year"), kQuotes, kCorrection});
    KpiValue kpi;
    kpi.value = f.decimal(o, kValue, where);
    if (const auto year = f.integerMember(o, QStringLiteral("year"), where, 1900, 2200, false))
        kpi.year = int(*year);
    kpi.citation = f.citation(o, where);
    referQuotes(kpi.citation, where);
    return kpi;
}

void DatasetJsonReader::readEvents(JsonFields &f, const QJsonObject &root)
{
    const QJsonArray list = f.array(root, QStringLiteral("events"), QStringLiteral("$"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const S path = JsonFields::index(QStringLiteral("$.events"), i);
        if (!f.isObject(list.at(i), path))
            continue;
        const QJsonObject o = list.at(i).toObject();
        f.onlyMembers(o, path,
                      {kKey, QStringLiteral("region"), QStringLiteral("plan"), QStringLiteral("kind"),
                       QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("date")});
        Event event;
        event.key = f.key(o, path);
        define(f, event.key, Kind::Event, path);
        event.regionKey = f.reference(o, QStringLiteral("region"), path, true);
        refer(event.regionKey, Kind::Region, JsonFields::member(path, QStringLiteral("region")));
        event.planKey = f.reference(o, QStringLiteral("plan"), path, false);
        refer(event.planKey, Kind::Plan, JsonFields::member(path, QStringLiteral("plan")));
        event.kind = f.choice(o, QStringLiteral("kind"), path, Vocabulary::eventKinds(), true);
        event.title = f.text(o, QStringLiteral("title"), path, true);
        event.description = f.text(o, QStringLiteral("description"), path, false);
        if (const auto date = readDate(f, o, QStringLiteral("date"), path, true))
            event.date = *date;
        m_dataset.events.append(event);
    }
}

void DatasetJsonReader::readParticipations(JsonFields &f, const QJsonObject &root)
{
    const QJsonArray list = f.array(root, QStringLiteral("participations"), QStringLiteral("$"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const S path = JsonFields::index(QStringLiteral("$.participations"), i);
        if (!f.isObject(list.at(i), path))
            continue;
        const QJsonObject o = list.at(i).toObject();
        f.onlyMembers(o, path,
                      {kKey, QStringLiteral("organisation"), QStringLiteral("region"), QStringLiteral("plan"),
                       QStringLiteral("event"), QStringLiteral("role"), QStringLiteral("description"), kQuotes});
        Participation p;
        p.key = f.key(o, path);
        define(f, p.key, Kind::Participation, path);
        p.organisationKey = f.reference(o, QStringLiteral("organisation"), path, false);
        refer(p.organisationKey, Kind::Organisation, JsonFields::member(path, QStringLiteral("organisation")));
        p.regionKey = f.reference(o, QStringLiteral("region"), path, false);
        refer(p.regionKey, Kind::Region, JsonFields::member(path, QStringLiteral("region")));
        if (o.contains(QStringLiteral("organisation")) == o.contains(QStringLiteral("region")))
            f.error(path, QStringLiteral("exactly one of \"organisation\" and \"region\" names the participant"));
        p.planKey = f.reference(o, QStringLiteral("plan"), path, false);
        refer(p.planKey, Kind::Plan, JsonFields::member(path, QStringLiteral("plan")));
        p.eventKey = f.reference(o, QStringLiteral("event"), path, false);
        refer(p.eventKey, Kind::Event, JsonFields::member(path, QStringLiteral("event")));
        if (!o.contains(QStringLiteral("plan")) && !o.contains(QStringLiteral("event")))
            f.error(path, QStringLiteral("needs \"plan\" or \"event\": what the participant takes part in"));
        p.role = f.choice(o, QStringLiteral("role"), path, Vocabulary::participationRoles(), true);
        p.description = f.text(o, QStringLiteral("description"), path, false);
        p.quoteKeys = f.keyList(o, kQuotes, path, false);
        referQuotes(p.quoteKeys, JsonFields::member(path, kQuotes));
        m_dataset.participations.append(p);
    }
}

} // namespace innoatlas
