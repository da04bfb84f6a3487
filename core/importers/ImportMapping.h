#pragma once

#include "dataset/DatasetIssue.h"
#include "importers/AmountUnit.h"
#include "importers/CsvReader.h"
#include "model/Source.h"

#include <QMap>
#include <QVector>

namespace innoatlas {

/** A column of a CSV file, by header name or by 1-based position. */
struct ColumnRef
{
    QString name;
    int number = 0; ///< 1-based; 0 when the column is named

    bool isSet() const { return !name.isEmpty() || number > 0; }
    /** The header name, or "#3" for a column given by position. */
    QString label() const { return number > 0 ? QStringLiteral("#%1").arg(number) : name; }
    bool operator==(const ColumnRef &o) const { return name == o.name && number == o.number; }
};

/** Rows whose column holds one of the values are imported; the others are skipped, not rejected. */
struct RowFilter
{
    ColumnRef column;
    QStringList values;

    bool operator==(const RowFilter &o) const { return column == o.column && values == o.values; }
};

/** One level of a budget table's hierarchy: the column naming it and the element kind it becomes. */
struct HierarchyLevel
{
    ColumnRef column;
    QString kind; ///< an element kind: area, field, task, project ...

    bool operator==(const HierarchyLevel &o) const { return column == o.column && kind == o.kind; }
};

/**
 * How the columns of a CSV table become InnoAtlas data: the target (regions, population
 * figures or budget lines), which column holds which field, which rows to keep, the amount
 * unit, what to do with regions that exist already, and the source the rows are quoted from.
 *
 * Mappings are JSON documents (docs/IMPORT.md), saved and reused; a few are built in
 * ("legal-dong", "kosis-population", "fiscal-budget").
 */
struct ImportMapping
{
    enum class Target
    {
        Regions,
        Population,
        BudgetLines
    };
    enum class Existing
    {
        Update, ///< regions with the same code (or key, or Korean name) are updated
        Skip    ///< and left alone
    };
    enum class RegionLevels
    {
        Top, ///< metropolitan and provincial governments (시도) only
        All  ///< and their cities, counties and districts (시군구)
    };

    static constexpr int formatVersion = 1;

    QString name;
    LocalizedText title;
    Target target = Target::Regions;
    CsvOptions csv;
    QMap<QString, ColumnRef> columns; ///< field name → column
    QVector<RowFilter> keep;
    Existing existing = Existing::Update;
    Source source; ///< kind, publisher, title, published, language, url; key and quotes are made per import

    // regions
    RegionLevels levels = RegionLevels::Top;
    // population
    QStringList notRegions; ///< names in the region column that are totals, not regions ("전국")
    int year = 0;           ///< the year of every figure when no year column is mapped
    // budget lines
    AmountUnit unit;
    QVector<HierarchyLevel> hierarchy;
    QString planKey;
    QString regionKey;
    LocalizedText planTitle;
    QString funding = QStringLiteral("national");
    QString budgetKind = QStringLiteral("planned");

    /** The fields a target's columns may name; the first ones are required. */
    static QStringList fields(Target target);
    static QStringList requiredFields(Target target);
    static QString targetName(Target target);

    /** Reads a mapping document; problems are appended to @p issues (with JSON paths). */
    static bool fromJson(const QByteArray &json, const QString &fileName, ImportMapping *mapping,
                         QVector<DatasetIssue> *issues);
    QByteArray toJson() const;

    /** The names of the built-in mappings. */
    static QStringList builtinNames();
    /** A built-in mapping by name; false when there is none of that name. */
    static bool builtin(const QString &name, ImportMapping *mapping);

    bool operator==(const ImportMapping &o) const;
};

} // namespace innoatlas
