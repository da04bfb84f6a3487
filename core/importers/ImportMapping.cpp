#include "importers/ImportMapping.h"

#include "dataset/JsonFields.h"
#include "model/Vocabulary.h"

#include <QFile>
#include <QJsonDocument>

namespace innoatlas {

namespace {
const QString formatName = QStringLiteral("innoatlas-import-mapping");

const QStringList &targetNames()
{
    static const QStringList names = {QStringLiteral("regions"), QStringLiteral("population"),
                                      QStringLiteral("budget-lines")};
    return names;
}

QString delimiterName(QChar delimiter)
{
    if (delimiter.isNull())
        return QStringLiteral("auto");
    if (delimiter == u'\t')
        return QStringLiteral("tab");
    return QString(delimiter);
}

ColumnRef readColumn(JsonFields &f, const QJsonValue &value, const QString &path)
{
    ColumnRef column;
    if (value.isString() && !value.toString().trimmed().isEmpty()) {
        column.name = value.toString().trimmed();
    } else if (value.isDouble()) {
        if (const auto number = f.integer(value, path, 1, CsvOptions::defaultMaxColumns))
            column.number = int(*number);
    } else {
        f.error(path, QStringLiteral("expected a column: a header name or a 1-based column number"));
    }
    return column;
}

QJsonValue columnJson(const ColumnRef &column)
{
    return column.number > 0 ? QJsonValue(column.number) : QJsonValue(column.name);
}

QJsonObject textJson(const LocalizedText &text)
{
    QJsonObject object;
    if (!text.ko.isEmpty())
        object.insert(QStringLiteral("ko"), text.ko);
    if (!text.en.isEmpty())
        object.insert(QStringLiteral("en"), text.en);
    return object;
}

void readCsv(JsonFields &f, const QJsonObject &root, ImportMapping *m)
{
    const QString path = QStringLiteral("$.csv");
    const QJsonValue value = root.value(QStringLiteral("csv"));
    if (value.isUndefined() || !f.isObject(value, path))
        return;
    const QJsonObject csv = value.toObject();
    f.onlyMembers(csv, path, {QStringLiteral("encoding"), QStringLiteral("delimiter"), QStringLiteral("skipLines")});
    const QString encoding = f.string(csv, QStringLiteral("encoding"), path, false);
    if (!encoding.isEmpty() && !TextEncodings::parse(encoding, &m->csv.encoding))
        f.error(JsonFields::member(path, QStringLiteral("encoding")),
                QStringLiteral("\"%1\" is not one of: auto, utf-8, utf-16le, utf-16be, cp949").arg(encoding));
    const QString delimiter = f.string(csv, QStringLiteral("delimiter"), path, false);
    if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\t"))
        m->csv.delimiter = u'\t';
    else if (delimiter == QLatin1String(",") || delimiter == QLatin1String(";"))
        m->csv.delimiter = delimiter.at(0);
    else if (!delimiter.isEmpty() && delimiter != QLatin1String("auto"))
        f.error(JsonFields::member(path, QStringLiteral("delimiter")),
                QStringLiteral("\"%1\" is not one of: auto, \",\", \";\", tab").arg(delimiter));
    const QJsonValue skip = csv.value(QStringLiteral("skipLines"));
    if (skip.isDouble()) {
        if (const auto lines = f.integer(skip, JsonFields::member(path, QStringLiteral("skipLines")), 0, 1000))
            m->csv.skipLines = int(*lines);
    } else if (!skip.isUndefined() && skip.toString() != QLatin1String("auto")) {
        f.error(JsonFields::member(path, QStringLiteral("skipLines")), QStringLiteral("expected \"auto\" or a number"));
    }
}

void readSource(JsonFields &f, const QJsonObject &root, ImportMapping *m)
{
    const QString path = QStringLiteral("$.source");
    const QJsonValue value = root.value(QStringLiteral("source"));
    if (value.isUndefined()) {
        f.error(path, QStringLiteral("required: the source the rows are quoted from"));
        return;
    }
    if (!f.isObject(value, path))
        return;
    const QJsonObject source = value.toObject();
    f.onlyMembers(source, path,
                  {QStringLiteral("kind"), QStringLiteral("publisher"), QStringLiteral("title"),
                   QStringLiteral("published"), QStringLiteral("language"), QStringLiteral("url")});
    m->source.kind = f.choice(source, QStringLiteral("kind"), path, Vocabulary::sourceKinds(), true);
    m->source.publisher = f.text(source, QStringLiteral("publisher"), path, true);
    m->source.title = f.text(source, QStringLiteral("title"), path, true);
    m->source.language =
        f.choice(source, QStringLiteral("language"), path, Vocabulary::languages(), false, QStringLiteral("ko"));
    m->source.url = f.string(source, QStringLiteral("url"), path, false);
    const QJsonValue published = source.value(QStringLiteral("published"));
    const QString publishedPath = JsonFields::member(path, QStringLiteral("published"));
    if (!published.isUndefined() && f.isObject(published, publishedPath)) {
        if (const auto date = f.date(published.toObject(), publishedPath))
            m->source.published = *date;
    }
}

void readTargetOptions(JsonFields &f, const QJsonObject &root, ImportMapping *m)
{
    const QString regionsPath = QStringLiteral("$.regions");
    const QJsonValue regions = root.value(QStringLiteral("regions"));
    if (!regions.isUndefined() && f.isObject(regions, regionsPath)) {
        f.onlyMembers(regions.toObject(), regionsPath, {QStringLiteral("levels")});
        const QString levels = f.choice(regions.toObject(), QStringLiteral("levels"), regionsPath,
                                        {QStringLiteral("top"), QStringLiteral("all")}, false, QStringLiteral("top"));
        m->levels =
            levels == QLatin1String("all") ? ImportMapping::RegionLevels::All : ImportMapping::RegionLevels::Top;
    }

    const QString populationPath = QStringLiteral("$.population");
    const QJsonValue population = root.value(QStringLiteral("population"));
    if (!population.isUndefined() && f.isObject(population, populationPath)) {
        const QJsonObject p = population.toObject();
        f.onlyMembers(p, populationPath, {QStringLiteral("notRegions"), QStringLiteral("year")});
        for (const QJsonValue &name : f.array(p, QStringLiteral("notRegions"), populationPath))
            m->notRegions << name.toString();
        if (const auto year = f.integerMember(p, QStringLiteral("year"), populationPath, 1900, 2200, false))
            m->year = int(*year);
    }

    const QString budgetPath = QStringLiteral("$.budget");
    const QJsonValue budget = root.value(QStringLiteral("budget"));
    if (budget.isUndefined() || !f.isObject(budget, budgetPath))
        return;
    const QJsonObject b = budget.toObject();
    f.onlyMembers(b, budgetPath,
                  {QStringLiteral("unit"), QStringLiteral("hierarchy"), QStringLiteral("plan"),
                   QStringLiteral("region"), QStringLiteral("title"), QStringLiteral("funding"),
                   QStringLiteral("kind")});
    const QString unit = f.string(b, QStringLiteral("unit"), budgetPath, false);
    if (!unit.isEmpty() && !AmountUnit::parse(unit, &m->unit))
        f.error(JsonFields::member(budgetPath, QStringLiteral("unit")),
                QStringLiteral("\"%1\" is not one of: %2").arg(unit, AmountUnit::names().join(QStringLiteral(", "))));
    const QString hierarchyPath = JsonFields::member(budgetPath, QStringLiteral("hierarchy"));
    const QJsonArray hierarchy = f.array(b, QStringLiteral("hierarchy"), budgetPath);
    for (qsizetype i = 0; i < hierarchy.size(); ++i) {
        const QString levelPath = JsonFields::index(hierarchyPath, i);
        if (!f.isObject(hierarchy.at(i), levelPath))
            continue;
        const QJsonObject level = hierarchy.at(i).toObject();
        f.onlyMembers(level, levelPath, {QStringLiteral("column"), QStringLiteral("kind")});
        m->hierarchy.append({readColumn(f, level.value(QStringLiteral("column")),
                                        JsonFields::member(levelPath, QStringLiteral("column"))),
                             f.choice(level, QStringLiteral("kind"), levelPath, Vocabulary::elementKinds(), true)});
    }
    m->planKey = f.reference(b, QStringLiteral("plan"), budgetPath, false);
    m->regionKey = f.reference(b, QStringLiteral("region"), budgetPath, false);
    m->planTitle = f.text(b, QStringLiteral("title"), budgetPath, false);
    m->funding = f.choice(b, QStringLiteral("funding"), budgetPath, Vocabulary::fundingSources(), false,
                          QStringLiteral("national"));
    m->budgetKind =
        f.choice(b, QStringLiteral("kind"), budgetPath, Vocabulary::budgetKinds(), false, QStringLiteral("planned"));
}
} // namespace

QStringList ImportMapping::fields(Target target)
{
    switch (target) {
    case Target::Regions:
        return {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("nameEn"), QStringLiteral("level"),
                QStringLiteral("parent")};
    case Target::Population:
        return {QStringLiteral("region"), QStringLiteral("value"), QStringLiteral("year"),
                QStringLiteral("regionCode")};
    case Target::BudgetLines:
        return {QStringLiteral("amount"), QStringLiteral("year")};
    }
    return {};
}

QStringList ImportMapping::requiredFields(Target target)
{
    return fields(target).mid(0, target == Target::BudgetLines ? 1 : 2);
}

QString ImportMapping::targetName(Target target)
{
    return targetNames().at(int(target));
}

bool ImportMapping::fromJson(const QByteArray &json, const QString &fileName, ImportMapping *mapping,
                             QVector<DatasetIssue> *issues)
{
    const qsizetype before = issues->size();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        DatasetIssue issue;
        issue.file = fileName;
        issue.path = QStringLiteral("$");
        issue.message = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                     : QStringLiteral("expected a JSON object");
        issues->append(issue);
        return false;
    }
    JsonFields f(fileName, issues);
    const QJsonObject root = document.object();
    const QString path = QStringLiteral("$");
    f.onlyMembers(root, path,
                  {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("name"), QStringLiteral("title"),
                   QStringLiteral("target"), QStringLiteral("csv"), QStringLiteral("columns"), QStringLiteral("keep"),
                   QStringLiteral("existing"), QStringLiteral("source"), QStringLiteral("regions"),
                   QStringLiteral("population"), QStringLiteral("budget")});
    if (f.string(root, QStringLiteral("format"), path, true) != formatName)
        f.error(JsonFields::member(path, QStringLiteral("format")), QStringLiteral("expected \"%1\"").arg(formatName));
    f.integerMember(root, QStringLiteral("version"), path, 1, formatVersion, true);

    ImportMapping m;
    m.name = f.string(root, QStringLiteral("name"), path, true);
    m.title = f.text(root, QStringLiteral("title"), path, false);
    m.target = Target(qMax(0, targetNames().indexOf(f.choice(root, QStringLiteral("target"), path, targetNames(), true,
                                                             targetNames().constFirst()))));
    readCsv(f, root, &m);

    const QString columnsPath = JsonFields::member(path, QStringLiteral("columns"));
    const QJsonValue columns = root.value(QStringLiteral("columns"));
    if (f.isObject(columns, columnsPath)) {
        const QJsonObject object = columns.toObject();
        f.onlyMembers(object, columnsPath, fields(m.target));
        for (auto it = object.begin(); it != object.end(); ++it)
            m.columns.insert(it.key(), readColumn(f, it.value(), JsonFields::member(columnsPath, it.key())));
        for (const QString &field : requiredFields(m.target)) {
            if (!object.contains(field))
                f.error(columnsPath, QStringLiteral("the column for \"%1\" is required").arg(field));
        }
    }

    const QString keepPath = JsonFields::member(path, QStringLiteral("keep"));
    const QJsonArray keep = f.array(root, QStringLiteral("keep"), path);
    for (qsizetype i = 0; i < keep.size(); ++i) {
        const QString filterPath = JsonFields::index(keepPath, i);
        if (!f.isObject(keep.at(i), filterPath))
            continue;
        const QJsonObject filter = keep.at(i).toObject();
        f.onlyMembers(filter, filterPath, {QStringLiteral("column"), QStringLiteral("values")});
        RowFilter rowFilter;
        rowFilter.column = readColumn(f, filter.value(QStringLiteral("column")),
                                      JsonFields::member(filterPath, QStringLiteral("column")));
        for (const QJsonValue &value : f.array(filter, QStringLiteral("values"), filterPath))
            rowFilter.values << value.toString();
        if (rowFilter.values.isEmpty())
            f.error(JsonFields::member(filterPath, QStringLiteral("values")),
                    QStringLiteral("needs at least one value"));
        m.keep.append(rowFilter);
    }

    m.existing = f.choice(root, QStringLiteral("existing"), path, {QStringLiteral("update"), QStringLiteral("skip")},
                          false, QStringLiteral("update")) == QLatin1String("skip")
                     ? Existing::Skip
                     : Existing::Update;
    readSource(f, root, &m);
    readTargetOptions(f, root, &m);
    if (m.target == Target::BudgetLines && m.hierarchy.isEmpty())
        f.error(QStringLiteral("$.budget.hierarchy"), QStringLiteral("a budget table needs at least one level"));
    if (m.target == Target::Population && !m.columns.contains(QStringLiteral("year")) && m.year == 0)
        f.error(QStringLiteral("$.columns"), QStringLiteral("a year column or $.population.year is required"));

    if (issues->size() > before)
        return false;
    *mapping = m;
    return true;
}

QByteArray ImportMapping::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), formatName);
    root.insert(QStringLiteral("version"), formatVersion);
    root.insert(QStringLiteral("name"), name);
    if (!title.isEmpty())
        root.insert(QStringLiteral("title"), textJson(title));
    root.insert(QStringLiteral("target"), targetName(target));
    QJsonObject csvObject;
    csvObject.insert(QStringLiteral("encoding"), TextEncodings::name(csv.encoding));
    csvObject.insert(QStringLiteral("delimiter"), delimiterName(csv.delimiter));
    csvObject.insert(QStringLiteral("skipLines"),
                     csv.skipLines < 0 ? QJsonValue(QStringLiteral("auto")) : QJsonValue(csv.skipLines));
    root.insert(QStringLiteral("csv"), csvObject);
    QJsonObject columnsObject;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        columnsObject.insert(it.key(), columnJson(it.value()));
    root.insert(QStringLiteral("columns"), columnsObject);
    if (!keep.isEmpty()) {
        QJsonArray filters;
        for (const RowFilter &filter : keep)
            filters.append(QJsonObject{{QStringLiteral("column"), columnJson(filter.column)},
                                       {QStringLiteral("values"), QJsonArray::fromStringList(filter.values)}});
        root.insert(QStringLiteral("keep"), filters);
    }
    root.insert(QStringLiteral("existing"),
                existing == Existing::Skip ? QStringLiteral("skip") : QStringLiteral("update"));
    QJsonObject sourceObject{{QStringLiteral("kind"), source.kind},
                             {QStringLiteral("publisher"), textJson(source.publisher)},
                             {QStringLiteral("title"), textJson(source.title)},
                             {QStringLiteral("language"), source.language}};
    if (source.published.isValid())
        sourceObject.insert(
            QStringLiteral("published"),
            QJsonObject{{QStringLiteral("value"), source.published.toIsoString()},
                        {QStringLiteral("precision"), datePrecisionName(source.published.precision())}});
    if (!source.url.isEmpty())
        sourceObject.insert(QStringLiteral("url"), source.url);
    root.insert(QStringLiteral("source"), sourceObject);

    switch (target) {
    case Target::Regions:
        root.insert(QStringLiteral("regions"),
                    QJsonObject{{QStringLiteral("levels"),
                                 levels == RegionLevels::All ? QStringLiteral("all") : QStringLiteral("top")}});
        break;
    case Target::Population: {
        QJsonObject population{{QStringLiteral("notRegions"), QJsonArray::fromStringList(notRegions)}};
        if (year > 0)
            population.insert(QStringLiteral("year"), year);
        root.insert(QStringLiteral("population"), population);
        break;
    }
    case Target::BudgetLines: {
        QJsonArray levelsArray;
        for (const HierarchyLevel &level : hierarchy)
            levelsArray.append(QJsonObject{{QStringLiteral("column"), columnJson(level.column)},
                                           {QStringLiteral("kind"), level.kind}});
        QJsonObject budget{{QStringLiteral("unit"), unit.name},
                           {QStringLiteral("hierarchy"), levelsArray},
                           {QStringLiteral("funding"), funding},
                           {QStringLiteral("kind"), budgetKind}};
        if (!planKey.isEmpty())
            budget.insert(QStringLiteral("plan"), planKey);
        if (!regionKey.isEmpty())
            budget.insert(QStringLiteral("region"), regionKey);
        if (!planTitle.isEmpty())
            budget.insert(QStringLiteral("title"), textJson(planTitle));
        root.insert(QStringLiteral("budget"), budget);
        break;
    }
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList ImportMapping::builtinNames()
{
    return {QStringLiteral("legal-dong"), QStringLiteral("kosis-population"), QStringLiteral("fiscal-budget")};
}

bool ImportMapping::builtin(const QString &name, ImportMapping *mapping)
{
    if (!builtinNames().contains(name))
        return false;
    QFile file(QStringLiteral(":/innoatlas/mappings/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QVector<DatasetIssue> issues;
    return fromJson(file.readAll(), file.fileName(), mapping, &issues);
}

bool ImportMapping::operator==(const ImportMapping &o) const
{
    return name == o.name && title == o.title && target == o.target && csv.encoding == o.csv.encoding &&
           csv.delimiter == o.csv.delimiter && csv.skipLines == o.csv.skipLines && columns == o.columns &&
           keep == o.keep && existing == o.existing && source == o.source && levels == o.levels &&
           notRegions == o.notRegions && year == o.year && unit == o.unit && hierarchy == o.hierarchy &&
           planKey == o.planKey && regionKey == o.regionKey && planTitle == o.planTitle && funding == o.funding &&
           budgetKind == o.budgetKind;
}

} // namespace innoatlas
