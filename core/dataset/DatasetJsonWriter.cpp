#include "dataset/DatasetJsonWriter.h"

#include "dataset/DatasetJsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace innoatlas {

namespace {
using S = QString;

void putString(QJsonObject &o, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        o.insert(name, value);
}

QJsonObject text(const LocalizedText &t)
{
    QJsonObject o;
    putString(o, QStringLiteral("ko"), t.ko);
    putString(o, QStringLiteral("en"), t.en);
    // Statuses are written only where they differ from what the text alone implies.
    const LocalizedText implied = LocalizedText::draft(t.ko, t.en);
    if (implied.koStatus != t.koStatus || implied.enStatus != t.enStatus) {
        QJsonObject status;
        status.insert(QStringLiteral("ko"), reviewStatusName(t.koStatus));
        status.insert(QStringLiteral("en"), reviewStatusName(t.enStatus));
        o.insert(QStringLiteral("status"), status);
    }
    return o;
}

void putText(QJsonObject &o, const QString &name, const LocalizedText &t)
{
    if (!t.isEmpty() || t.koStatus != ReviewStatus::Missing || t.enStatus != ReviewStatus::Missing)
        o.insert(name, text(t));
}

void putKeys(QJsonObject &o, const QString &name, const QStringList &keys)
{
    if (!keys.isEmpty())
        o.insert(name, QJsonArray::fromStringList(keys));
}

void putCitation(QJsonObject &o, const Citation &c)
{
    o.insert(QStringLiteral("quotes"), QJsonArray::fromStringList(c.quoteKeys));
    if (c.correction) {
        QJsonObject correction;
        correction.insert(QStringLiteral("printed"), c.correction->printed);
        correction.insert(QStringLiteral("note"), text(c.correction->note));
        o.insert(QStringLiteral("correction"), correction);
    }
}

QJsonObject date(const PartialDate &d)
{
    QJsonObject o;
    o.insert(QStringLiteral("value"), d.toIsoString());
    o.insert(QStringLiteral("precision"), datePrecisionName(d.precision()));
    return o;
}

QJsonObject dateFigure(const DateFigure &d)
{
    QJsonObject o = date(d.date);
    putCitation(o, d.citation);
    return o;
}

QJsonObject money(const MoneyFigure &m)
{
    QJsonObject o;
    o.insert(QStringLiteral("value"), m.won);
    if (m.original) {
        QJsonObject original;
        original.insert(QStringLiteral("amount"), m.original->amount);
        original.insert(QStringLiteral("currency"), m.original->currency);
        o.insert(QStringLiteral("original"), original);
    }
    putCitation(o, m.citation);
    return o;
}

QJsonObject kpi(const KpiValue &k)
{
    QJsonObject o;
    o.insert(QStringLiteral("value"), k.value);
    if (k.year)
        o.insert(QStringLiteral("year"), *k.year);
    putCitation(o, k.citation);
    return o;
}

void putIndicators(QJsonObject &o, const QVector<Indicator> &list)
{
    QJsonArray array;
    for (const Indicator &i : list) {
        QJsonObject io;
        io.insert(QStringLiteral("key"), i.key);
        putText(io, QStringLiteral("metric"), i.metric);
        io.insert(QStringLiteral("unit"), i.unit);
        io.insert(QStringLiteral("value"), kpi(i.value));
        array.append(io);
    }
    if (!array.isEmpty())
        o.insert(QStringLiteral("indicators"), array);
}

QJsonArray elements(const QVector<Element> &list)
{
    QJsonArray array;
    for (const Element &e : list) {
        QJsonObject o;
        o.insert(QStringLiteral("key"), e.key);
        o.insert(QStringLiteral("kind"), e.kind);
        putText(o, QStringLiteral("name"), e.name);
        putText(o, QStringLiteral("description"), e.description);
        putKeys(o, QStringLiteral("quotes"), e.quoteKeys);
        if (!e.children.isEmpty())
            o.insert(QStringLiteral("children"), elements(e.children));
        array.append(o);
    }
    return array;
}

QJsonObject plan(const Plan &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("key"), p.key);
    o.insert(QStringLiteral("region"), p.regionKey);
    putKeys(o, QStringLiteral("themes"), p.themeKeys);
    putText(o, QStringLiteral("title"), p.title);
    putText(o, QStringLiteral("vision"), p.vision);
    putText(o, QStringLiteral("summary"), p.summary);
    if (p.announced)
        o.insert(QStringLiteral("announced"), dateFigure(*p.announced));
    if (p.period) {
        QJsonObject period;
        period.insert(QStringLiteral("from"), p.period->from);
        period.insert(QStringLiteral("to"), p.period->to);
        putCitation(period, p.period->citation);
        o.insert(QStringLiteral("period"), period);
    }
    if (p.headlineBudget)
        o.insert(QStringLiteral("headlineBudget"), money(*p.headlineBudget));
    QJsonArray counts;
    for (const StatedCount &c : p.statedCounts) {
        QJsonObject co;
        co.insert(QStringLiteral("kind"), c.kind);
        co.insert(QStringLiteral("count"), c.count);
        putCitation(co, c.citation);
        counts.append(co);
    }
    if (!counts.isEmpty())
        o.insert(QStringLiteral("statedCounts"), counts);
    if (!p.elements.isEmpty())
        o.insert(QStringLiteral("elements"), elements(p.elements));
    QJsonArray lines;
    for (const BudgetLine &l : p.budgetLines) {
        QJsonObject lo;
        lo.insert(QStringLiteral("key"), l.key);
        putText(lo, QStringLiteral("label"), l.label);
        lo.insert(QStringLiteral("amount"), money(l.amount));
        if (l.fromYear && l.toYear) {
            QJsonObject years;
            years.insert(QStringLiteral("from"), *l.fromYear);
            years.insert(QStringLiteral("to"), *l.toYear);
            lo.insert(QStringLiteral("years"), years);
        }
        lo.insert(QStringLiteral("funding"), l.funding);
        lo.insert(QStringLiteral("kind"), l.kind);
        putString(lo, QStringLiteral("element"), l.elementKey);
        lines.append(lo);
    }
    if (!lines.isEmpty())
        o.insert(QStringLiteral("budgetLines"), lines);
    QJsonArray targets;
    for (const Target &t : p.targets) {
        QJsonObject to;
        to.insert(QStringLiteral("key"), t.key);
        putText(to, QStringLiteral("metric"), t.metric);
        to.insert(QStringLiteral("unit"), t.unit);
        if (t.baseline)
            to.insert(QStringLiteral("baseline"), kpi(*t.baseline));
        to.insert(QStringLiteral("target"), kpi(t.target));
        targets.append(to);
    }
    if (!targets.isEmpty())
        o.insert(QStringLiteral("targets"), targets);
    putIndicators(o, p.indicators);
    return o;
}
} // namespace

QJsonObject DatasetJsonWriter::toJson(const Dataset &dataset)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("innoatlas-dataset"));
    root.insert(QStringLiteral("version"), DatasetJsonReader::formatVersion);

    QJsonArray sources;
    for (const Source &s : dataset.sources) {
        QJsonObject o;
        o.insert(QStringLiteral("key"), s.key);
        o.insert(QStringLiteral("kind"), s.kind);
        putText(o, QStringLiteral("publisher"), s.publisher);
        putText(o, QStringLiteral("title"), s.title);
        if (s.published.isValid())
            o.insert(QStringLiteral("published"), date(s.published));
        o.insert(QStringLiteral("language"), s.language);
        putString(o, QStringLiteral("seedFile"), s.seedFile);
        putString(o, QStringLiteral("url"), s.url);
        QJsonArray quotes;
        for (const Quote &q : s.quotes) {
            QJsonObject qo;
            qo.insert(QStringLiteral("key"), q.key);
            qo.insert(QStringLiteral("text"), q.text);
            putText(qo, QStringLiteral("translation"), q.translation);
            quotes.append(qo);
        }
        if (!quotes.isEmpty())
            o.insert(QStringLiteral("quotes"), quotes);
        sources.append(o);
    }
    root.insert(QStringLiteral("sources"), sources);

    QJsonArray themes;
    for (const Theme &t : dataset.themes) {
        QJsonObject o;
        o.insert(QStringLiteral("key"), t.key);
        putText(o, QStringLiteral("name"), t.name);
        themes.append(o);
    }
    root.insert(QStringLiteral("themes"), themes);

    QJsonArray regions;
    for (const Region &r : dataset.regions) {
        QJsonObject o;
        o.insert(QStringLiteral("key"), r.key);
        putString(o, QStringLiteral("code"), r.code);
        o.insert(QStringLiteral("level"), r.level);
        o.insert(QStringLiteral("country"), r.country);
        putString(o, QStringLiteral("parent"), r.parentKey);
        putText(o, QStringLiteral("name"), r.name);
        QJsonArray population;
        for (const PopulationFigure &p : r.population) {
            QJsonObject po;
            po.insert(QStringLiteral("year"), p.year);
            po.insert(QStringLiteral("value"), p.value);
            putCitation(po, p.citation);
            population.append(po);
        }
        if (!population.isEmpty())
            o.insert(QStringLiteral("population"), population);
        putIndicators(o, r.indicators);
        regions.append(o);
    }
    root.insert(QStringLiteral("regions"), regions);

    QJsonArray organisations;
    for (const Organisation &org : dataset.organisations) {
        QJsonObject o;
        o.insert(QStringLiteral("key"), org.key);
        o.insert(QStringLiteral("kind"), org.kind);
        o.insert(QStringLiteral("country"), org.country);
        putString(o, QStringLiteral("region"), org.regionKey);
        putText(o, QStringLiteral("name"), org.name);
        organisations.append(o);
    }
    root.insert(QStringLiteral("organisations"), organisations);

    QJsonArray plans;
    for (const Plan &p : dataset.plans)
        plans.append(plan(p));
    root.insert(QStringLiteral("plans"), plans);

    QJsonArray events;
    for (const Event &e : dataset.events) {
        QJsonObject o;
        o.insert(QStringLiteral("key"), e.key);
        o.insert(QStringLiteral("region"), e.regionKey);
        putString(o, QStringLiteral("plan"), e.planKey);
        o.insert(QStringLiteral("kind"), e.kind);
        putText(o, QStringLiteral("title"), e.title);
        putText(o, QStringLiteral("description"), e.description);
        o.insert(QStringLiteral("date"), dateFigure(e.date));
        events.append(o);
    }
    root.insert(QStringLiteral("events"), events);

    QJsonArray participations;
    for (const Participation &p : dataset.participations) {
        QJsonObject o;
        o.insert(QStringLiteral("key"), p.key);
        putString(o, QStringLiteral("organisation"), p.organisationKey);
        putString(o, QStringLiteral("region"), p.regionKey);
        putString(o, QStringLiteral("plan"), p.planKey);
        putString(o, QStringLiteral("event"), p.eventKey);
        o.insert(QStringLiteral("role"), p.role);
        putText(o, QStringLiteral("description"), p.description);
        putKeys(o, QStringLiteral("quotes"), p.quoteKeys);
        participations.append(o);
    }
    root.insert(QStringLiteral("participations"), participations);
    return root;
}

QByteArray DatasetJsonWriter::toBytes(const Dataset &dataset)
{
    return QJsonDocument(toJson(dataset)).toJson(QJsonDocument::Indented);
}

} // namespace innoatlas
