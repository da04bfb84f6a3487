// Times SearchIndex on a synthetic national-scale database, per kind of query.
//
//   SearchBenchmark [--entities N] [--runs R] [--limit N] [--keep FILE] [--cache-mb MB] [--mmap-mb MB]
//                   [--no-rebuild]
//
// Builds a database of about N entities (default 100,000) in a temporary folder (or FILE, reused when
// it exists), brings the index up to date, then runs each kind of query R times (default 3) over
// several different queries and prints p50/p95/max in milliseconds. Not a test: no assertions.

#include "SyntheticDatabase.h"

#include "search/HangulInitials.h"
#include "search/SearchIndex.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"
#include "store/UserDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include <time.h>

using namespace innoatlas;

namespace {
QTextStream out(stdout);
int limit = 200;

struct Kind
{
    QString name;
    QStringList queries;
};

/** CPU time of this thread in ms: on a machine shared with other work, closer to what a quiet one takes. */
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

double percentile(QVector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const int index = qBound(0, int(p * (values.size() - 1) + 0.5), int(values.size() - 1));
    return values.at(index);
}

QStringList sample(const QStringList &words, int count, int minLength, int take)
{
    QStringList result;
    for (int i = 0; result.size() < count && i < words.size() * 4; ++i) {
        const QString &word = words.at((i * 7919) % words.size());
        if (word.size() >= minLength && !result.contains(word.left(take)))
            result << word.left(take);
    }
    return result;
}

void runKind(const SearchIndex &index, const Kind &kind, int runs)
{
    QVector<double> times;
    QVector<double> cpu;
    qint64 hits = 0;
    int incomplete = 0;
    for (int run = 0; run < runs; ++run) {
        for (const QString &query : kind.queries) {
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = cpuMs();
            const SearchResult result = index.find(query, limit);
            cpu << cpuMs() - cpuStart;
            times << timer.nsecsElapsed() / 1e6;
            if (!result.error.isEmpty())
                out << "  error for " << query.left(40) << ": " << result.error << "\n";
            if (run == 0) {
                hits += result.hits.size();
                incomplete += result.incomplete ? 1 : 0;
            }
        }
    }
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(kind.name, -24)
               .arg(kind.queries.size(), 5)
               .arg(percentile(times, 0.5), 8, 'f', 2)
               .arg(percentile(times, 0.95), 8, 'f', 2)
               .arg(*std::max_element(times.begin(), times.end()), 8, 'f', 2)
               .arg(percentile(cpu, 0.5), 8, 'f', 2)
               .arg(percentile(cpu, 0.95), 8, 'f', 2)
               .arg(QStringLiteral("%1 (%2 capped)").arg(double(hits) / kind.queries.size(), 0, 'f', 0).arg(incomplete),
                    14);
    out.flush();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption entitiesOption(QStringLiteral("entities"), QStringLiteral("Entities to generate."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of every query."),
                                        QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Database file to build or reuse."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption cacheOption(QStringLiteral("cache-mb"),
                                         QStringLiteral("SQLite page cache of the connection, in MiB."),
                                         QStringLiteral("MB"));
    const QCommandLineOption mmapOption(QStringLiteral("mmap-mb"), QStringLiteral("SQLite mmap_size, in MiB."),
                                        QStringLiteral("MB"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QStringLiteral("Hits asked for per query."),
                                         QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption noRebuildOption(QStringLiteral("no-rebuild"), QStringLiteral("Skip timing rebuild()."));
    parser.addOptions({entitiesOption, runsOption, keepOption, cacheOption, mmapOption, limitOption, noRebuildOption});
    parser.process(app);
    const int entities = parser.value(entitiesOption).toInt();
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    QStringList korean;
    QStringList english;
    {
        Database builtin;
        if (!UserDatabase::open(builtin, dir.filePath(QStringLiteral("builtin.sqlite")))) {
            out << builtin.errorString() << "\n";
            return 1;
        }
        SyntheticDatabase::builtinWords(builtin.connection(), &korean, &english);
        // A new user database: its texts are listed by the triggers and indexed by the first search.
        QElapsedTimer first;
        first.start();
        const SearchResult result = SearchIndex(builtin.connection()).find(QStringLiteral("대전"));
        out << "built-in dataset: first search (indexes every text) " << first.nsecsElapsed() / 1e6 << " ms, ";
        first.restart();
        SearchIndex(builtin.connection()).find(QStringLiteral("대전광"));
        out << "next search " << first.nsecsElapsed() / 1e6 << " ms (" << result.hits.size() << " hits)\n";
    }
    out << "vocabulary: " << korean.size() << " Korean and " << english.size() << " English words\n";

    const QString path =
        parser.isSet(keepOption) ? parser.value(keepOption) : dir.filePath(QStringLiteral("big.sqlite"));
    Database db;
    QElapsedTimer timer;
    timer.start();
    int inserted = 0;
    const bool ok = db.openOrCreate(path, [&](Database &created, QString *error) {
        try {
            inserted = SyntheticDatabase(korean, english).fill(created.connection(), entities);
        } catch (const StoreError &e) {
            *error = e.message();
            return false;
        }
        return true;
    });
    if (!ok) {
        out << db.errorString() << "\n";
        return 1;
    }
    if (inserted)
        out << "inserted " << inserted << " entities (texts listed by the triggers) in " << timer.elapsed() << " ms\n";
    if (parser.isSet(cacheOption))
        SqlQuery::run(db.connection(),
                      QStringLiteral("PRAGMA cache_size = -%1").arg(parser.value(cacheOption).toInt() * 1024));
    if (parser.isSet(mmapOption))
        SqlQuery::run(
            db.connection(),
            QStringLiteral("PRAGMA mmap_size = %1").arg(qint64(parser.value(mmapOption).toInt()) * 1024 * 1024));
    limit = parser.value(limitOption).toInt();
    SearchIndex index(db.connection());
    timer.restart();
    index.sync();
    out << "sync (index every pending text): " << timer.elapsed() << " ms\n";
    out << "texts indexed: "
        << SqlQuery::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM search_doc")).toLongLong()
        << ", database file: " << QFileInfo(path).size() / (1024 * 1024) << " MB\n\n";

    QVector<Kind> kinds;
    kinds.append({QStringLiteral("Korean, 1 syllable"), sample(korean, 20, 1, 1)});
    kinds.append({QStringLiteral("Korean, 2 syllables"),
                  QStringList{QStringLiteral("대전"), QStringLiteral("부산"), QStringLiteral("우주")} +
                      sample(korean, 30, 2, 2)});
    kinds.append({QStringLiteral("Korean, 3+ syllables"), sample(korean, 30, 3, 8)});
    kinds.append(
        {QStringLiteral("English, 1-2 letters"),
         QStringList{QStringLiteral("AI"), QStringLiteral("a"), QStringLiteral("x")} + sample(english, 30, 2, 2)});
    kinds.append({QStringLiteral("English, 3+ letters"), sample(english, 30, 4, 12)});
    QStringList initials2;
    QStringList initials4;
    for (const QString &word : sample(korean, 30, 2, 2))
        initials2 << HangulInitials::initials(word);
    for (const QString &word : sample(korean, 30, 4, 4))
        initials4 << HangulInitials::initials(word);
    kinds.append({QStringLiteral("initials, 2 (ㄷㅈ)"), initials2});
    kinds.append({QStringLiteral("initials, 4 (ㅇㅈㅅㅇ)"), initials4});
    kinds.append({QStringLiteral("amounts"),
                  {QStringLiteral("3500억"), QStringLiteral("350 billion won"), QStringLiteral("KRW 97.3 billion"),
                   QStringLiteral("1조 2000억"), QStringLiteral("12억"), QStringLiteral("4,300억 원")}});
    kinds.append(
        {QStringLiteral("no match"),
         {QStringLiteral("zqxjv"), QStringLiteral("뷁뷁"), QStringLiteral("ㅋㅋㅋㅋㅋ"), QStringLiteral("qz")}});
    QString paste;
    while (paste.size() < (1 << 20))
        paste += QStringLiteral("대전 Merck %_'\"\\ NEAR( ");
    kinds.append({QStringLiteral("hostile and 1 MB paste"),
                  {QStringLiteral("'); DROP TABLE entity; --"), QStringLiteral("\"NEAR(a b)\" OR *"),
                   QStringLiteral("50%_\\"), paste}});
    QStringList typing;
    for (const QString &word : {QStringLiteral("우주산업"), QStringLiteral("Daejeon"), QStringLiteral("ㅇㅈㅅㅇ")}) {
        for (int length = 1; length <= word.size(); ++length)
            typing << word.left(length);
    }
    kinds.append({QStringLiteral("typing, keystroke by keystroke"), typing});

    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(QStringLiteral("query kind"), -24)
               .arg(QStringLiteral("n"), 5)
               .arg(QStringLiteral("p50 ms"), 8)
               .arg(QStringLiteral("p95 ms"), 8)
               .arg(QStringLiteral("max ms"), 8)
               .arg(QStringLiteral("cpu p50"), 8)
               .arg(QStringLiteral("cpu p95"), 8)
               .arg(QStringLiteral("hits/query"), 14);
    for (const Kind &kind : std::as_const(kinds))
        runKind(index, kind, runs);

    // An edit followed by a search: the search first indexes the one changed text.
    QVector<double> edits;
    QVector<double> editsCpu;
    for (int i = 0; i < 20; ++i) {
        SqlQuery(db.connection(),
                 QStringLiteral("UPDATE localized_text SET text = ? WHERE "
                                "(entity_id, field, lang) = (SELECT entity_id, field, lang FROM "
                                "localized_text WHERE field = 'name' AND lang = 'ko' LIMIT 1 OFFSET ?)"))
            .bind(QStringLiteral("편집된 이름 %1").arg(i))
            .bind(i * 997)
            .exec();
        timer.restart();
        const double cpuStart = cpuMs();
        index.find(QStringLiteral("편집된"), limit);
        editsCpu << cpuMs() - cpuStart;
        edits << timer.nsecsElapsed() / 1e6;
    }
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("edit, then search"), -24)
               .arg(edits.size(), 5)
               .arg(percentile(edits, 0.5), 8, 'f', 2)
               .arg(percentile(edits, 0.95), 8, 'f', 2)
               .arg(*std::max_element(edits.begin(), edits.end()), 8, 'f', 2)
               .arg(percentile(editsCpu, 0.5), 8, 'f', 2)
               .arg(percentile(editsCpu, 0.95), 8, 'f', 2);

    if (parser.isSet(noRebuildOption))
        return 0;
    timer.restart();
    index.rebuild();
    out << "\nrebuild (list and index every text again): " << timer.elapsed() << " ms\n";
    return 0;
}
