// Search as you type over a database (issue #7): every keystroke of typed queries is one
// SearchIndex::find(), timed; prints the p95 per kind of query. Usage: bench-search DATABASE
//
// bench-search --first DATABASE: the first keystroke after a write, as the window has it (a connection
// that may write, so that find() indexes whatever the write left unindexed before it searches).

#include "BenchOutput.h"
#include "search/SearchIndex.h"
#include "store/Database.h"

#include <QCoreApplication>

using namespace innoatlas;

namespace {
struct Typed
{
    const char *category;
    QStringList keystrokes; // what the field holds after each keystroke
};

/** The prefixes of @p text, one per character (Hangul syllables come whole from the input method). */
QStringList typing(const QString &text)
{
    QStringList prefixes;
    for (int i = 1; i <= text.size(); ++i) {
        if (!text.at(i - 1).isSpace())
            prefixes << text.left(i);
    }
    return prefixes;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool first = argc == 3 && QByteArray(argv[1]) == "--first";
    if (argc != 2 && !first) {
        std::fprintf(stderr, "usage: bench-search [--first] DATABASE\n");
        return 2;
    }
    Database database;
    if (!database.open(QString::fromLocal8Bit(argv[argc - 1]),
                       first ? Database::Mode::ReadWrite : Database::Mode::ReadOnly)) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return 1;
    }
    SearchIndex index(database.connection());
    if (first) {
        QElapsedTimer timer;
        timer.start();
        const SearchResult found = index.find(QStringLiteral("대전"));
        bench::result("search_first_after_write", bench::elapsedMs(timer));
        if (!found.error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(found.error));
            return 1;
        }
        return 0;
    }

    // Korean queries by their length in syllables, as the user has typed so far.
    QVector<Typed> typed;
    const QStringList korean = {
        QStringLiteral("대전광역시"), QStringLiteral("부산 수소 충전소"), QStringLiteral("우주 발사체"),
        QStringLiteral("중구"),       QStringLiteral("스마트 팜 육성"),   QStringLiteral("해상 풍력"),
        QStringLiteral("서울")};
    Typed one{"search_ko_1", {}}, two{"search_ko_2", {}}, more{"search_ko_3plus", {}};
    for (const QString &query : korean) {
        for (const QString &prefix : typing(query)) {
            const int syllables = int(QString(prefix).remove(QLatin1Char(' ')).size());
            (syllables == 1 ? one : syllables == 2 ? two : more).keystrokes << prefix;
        }
    }
    typed << one << two << more;
    typed << Typed{"search_initials", typing(QStringLiteral("ㄷㅈㄱㅇㅅ")) + typing(QStringLiteral("ㅇㅈㅂㅅㅊ")) +
                                          typing(QStringLiteral("ㅅㅁㅌㅍ"))};
    typed << Typed{"search_english", typing(QStringLiteral("Daejeon")) + typing(QStringLiteral("hydrogen refuelling")) +
                                         typing(QStringLiteral("smart farm"))};
    typed << Typed{"search_amounts", typing(QStringLiteral("3500억")) + typing(QStringLiteral("12억 원")) +
                                         typing(QStringLiteral("350 billion won"))};

    index.find(QStringLiteral("대전")); // the first query opens the index's pages
    constexpr int rounds = 3;
    for (const Typed &kind : typed) {
        QVector<double> samples;
        for (int round = 0; round < rounds; ++round) {
            for (const QString &query : kind.keystrokes) {
                QElapsedTimer timer;
                timer.start();
                const SearchResult found = index.find(query);
                samples << bench::elapsedMs(timer);
                if (!found.error.isEmpty()) {
                    std::fprintf(stderr, "%s: %s\n", qPrintable(query), qPrintable(found.error));
                    return 1;
                }
            }
        }
        bench::result(kind.category, bench::quantile(samples, 0.95));
    }
    return 0;
}
