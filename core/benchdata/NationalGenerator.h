#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace innoatlas {

/** How much a NationalGenerator makes; the defaults are the national scale of issue #7. */
struct GeneratorOptions
{
    int regions = 243;        ///< local governments: the 17 metropolitan ones first, then cities, counties, districts
    int initiatives = 100000; ///< plan elements (goals, strategies, tasks), spread over about one plan per 50
    qint64 budgetLines = 1000000;
    int events = 50000;
    quint64 seed = 1;
    QString csvPath; ///< when set, the budget lines are also written there as a fiscal-budget CSV file
};

/** What a NationalGenerator made. */
struct GeneratorCounts
{
    qint64 regions = 0; ///< without the country
    qint64 themes = 0;
    qint64 plans = 0;
    qint64 initiatives = 0;
    qint64 budgetLines = 0;
    qint64 events = 0;
    qint64 sources = 0;
    qint64 quotes = 0;
    qint64 organisations = 0;
    qint64 participations = 0; ///< of plans and of their events
};

/**
 * Makes a deterministic national-scale InnoAtlas database for benchmarks: the same options and
 * seed give the same content. Regions with Korean and English names (대전, 부산, 중구 ...), themes,
 * plans with a goal → strategy → task hierarchy, budget lines, events, sources with quotes, the
 * organisations of each region taking part in plans and events, and the search index built. Rows go through prepared
 * statements on the sqlite3 handle, in one transaction; the file appears only once it is complete
 * (Database::openOrCreate).
 */
class NationalGenerator
{
    Q_DECLARE_TR_FUNCTIONS(Generate)

public:
    explicit NationalGenerator(GeneratorOptions options);

    /** Creates @p path, which must not exist; false with error() set on failure. */
    bool write(const QString &path);
    /** Fills an open, empty database in one transaction and builds its search index. Throws StoreError. */
    void fill(const QSqlDatabase &database);

    const GeneratorCounts &counts() const { return m_counts; }
    QString error() const { return m_error; }

private:
    GeneratorOptions m_options;
    GeneratorCounts m_counts;
    QString m_error;
};

} // namespace innoatlas
