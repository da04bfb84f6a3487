#pragma once

#include "dataset/DatasetIssue.h"
#include "model/Dataset.h"

#include <QHash>

namespace innoatlas {

class JsonFields;

/**
 * Reads documents of the InnoAtlas dataset format (docs/DATA_FORMAT.md) into a
 * Dataset, checking shape, values, unique keys and references.
 *
 * Several documents may be read into one reader; references may cross them.
 * finish() checks the references once everything is read. The Dataset is only
 * meaningful when there are no issues.
 */
class DatasetJsonReader
{
public:
    static constexpr int formatVersion = 1;

    /** Reads one document; returns false when it had problems (see issues()). */
    bool read(const QByteArray &json, const QString &fileName);
    /** Reads a file from disk (or a resource path). */
    bool readFile(const QString &path);
    /** Checks keys and references across all documents read; returns true when there are no issues at all. */
    bool finish();

    const Dataset &dataset() const { return m_dataset; }
    const QVector<DatasetIssue> &issues() const { return m_issues; }

private:
    enum class Kind
    {
        Source,
        Quote,
        Theme,
        Region,
        Organisation,
        Plan,
        Element,
        BudgetLine,
        Target,
        Event,
        Participation,
        Indicator
    };
    struct Definition
    {
        Kind kind;
        QString file;
        QString path;
        QString planKey; ///< for elements: the plan they belong to
    };
    struct Reference
    {
        Kind kind;
        QString key;
        QString file;
        QString path;
        QString planKey; ///< for element references: must be of this plan
    };

    void define(JsonFields &f, const QString &key, Kind kind, const QString &path, const QString &planKey = {});
    void refer(const QString &key, Kind kind, const QString &path, const QString &planKey = {});
    void referQuotes(const Citation &citation, const QString &path);
    void referQuotes(const QStringList &keys, const QString &path);

    void readSources(JsonFields &f, const QJsonObject &root);
    void readThemes(JsonFields &f, const QJsonObject &root);
    void readRegions(JsonFields &f, const QJsonObject &root);
    void readOrganisations(JsonFields &f, const QJsonObject &root);
    void readPlans(JsonFields &f, const QJsonObject &root);
    void readEvents(JsonFields &f, const QJsonObject &root);
    void readParticipations(JsonFields &f, const QJsonObject &root);

    Plan readPlan(JsonFields &f, const QJsonObject &object, const QString &path);
    QVector<Element> readElements(JsonFields &f, const QJsonObject &parent, const QString &name, const QString &path,
                                  const QString &planKey);
    BudgetLine readBudgetLine(JsonFields &f, const QJsonObject &object, const QString &path, const QString &planKey);
    Target readTarget(JsonFields &f, const QJsonObject &object, const QString &path);
    QVector<Indicator> readIndicators(JsonFields &f, const QJsonObject &parent, const QString &path);
    std::optional<MoneyFigure> readMoney(JsonFields &f, const QJsonObject &parent, const QString &name,
                                         const QString &path, bool required);
    std::optional<DateFigure> readDate(JsonFields &f, const QJsonObject &parent, const QString &name,
                                       const QString &path, bool required);
    std::optional<PeriodFigure> readPeriod(JsonFields &f, const QJsonObject &parent, const QString &name,
                                           const QString &path);
    std::optional<KpiValue> readKpi(JsonFields &f, const QJsonObject &parent, const QString &name, const QString &path,
                                    bool required);

    Dataset m_dataset;
    QVector<DatasetIssue> m_issues;
    QHash<QString, Definition> m_definitions;
    QVector<Reference> m_references;
    QString m_file;
};

} // namespace innoatlas
