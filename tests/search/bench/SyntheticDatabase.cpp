#include "SyntheticDatabase.h"

#include "store/SqlQuery.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace innoatlas;

namespace {
// Cities and counties that texts name, as real plans do ("대전 ...", "Busan ...").
const QStringList cityKo = {QStringLiteral("서울"), QStringLiteral("부산"), QStringLiteral("대구"),
                            QStringLiteral("인천"), QStringLiteral("광주"), QStringLiteral("대전"),
                            QStringLiteral("울산"), QStringLiteral("세종"), QStringLiteral("수원"),
                            QStringLiteral("창원"), QStringLiteral("고양"), QStringLiteral("용인"),
                            QStringLiteral("청주"), QStringLiteral("전주"), QStringLiteral("천안"),
                            QStringLiteral("포항"), QStringLiteral("제주"), QStringLiteral("김해")};
const QStringList cityEn = {QStringLiteral("Seoul"),    QStringLiteral("Busan"),   QStringLiteral("Daegu"),
                            QStringLiteral("Incheon"),  QStringLiteral("Gwangju"), QStringLiteral("Daejeon"),
                            QStringLiteral("Ulsan"),    QStringLiteral("Sejong"),  QStringLiteral("Suwon"),
                            QStringLiteral("Changwon"), QStringLiteral("Goyang"),  QStringLiteral("Yongin"),
                            QStringLiteral("Cheongju"), QStringLiteral("Jeonju"),  QStringLiteral("Cheonan"),
                            QStringLiteral("Pohang"),   QStringLiteral("Jeju"),    QStringLiteral("Gimhae")};

class Inserter
{
public:
    Inserter(const QSqlDatabase &db, const QString &sql) : m_query(db)
    {
        if (!m_query.prepare(sql))
            throw StoreError(m_query.lastError().text() + QStringLiteral(" in ") + sql);
    }
    void operator()(const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values.at(i));
        if (!m_query.exec())
            throw StoreError(m_query.lastError().text());
    }
    qint64 lastId() const { return m_query.lastInsertId().toLongLong(); }

private:
    QSqlQuery m_query;
};
} // namespace

SyntheticDatabase::SyntheticDatabase(QStringList koreanWords, QStringList englishWords, quint32 seed)
    : m_korean(std::move(koreanWords)), m_english(std::move(englishWords)), m_state(seed * 2654435761u + 1)
{
}

int SyntheticDatabase::pick(int bound)
{
    // xorshift64*: fixed sequence for a seed, so every run measures the same database.
    m_state ^= m_state >> 12;
    m_state ^= m_state << 25;
    m_state ^= m_state >> 27;
    return int(((m_state * 2685821657736338717ull) >> 33) % quint64(bound));
}

QString SyntheticDatabase::phrase(bool korean, int minWords, int maxWords)
{
    const QStringList &words = korean ? m_korean : m_english;
    const int count = minWords + pick(maxWords - minWords + 1);
    QStringList chosen;
    if (pick(4) == 0)
        chosen << (korean ? cityKo : cityEn).at(pick(int(cityKo.size())));
    while (chosen.size() < count)
        chosen << words.at(pick(int(words.size())));
    return chosen.join(QLatin1Char(' '));
}

void SyntheticDatabase::builtinWords(const QSqlDatabase &db, QStringList *korean, QStringList *english)
{
    QSet<QString> ko;
    QSet<QString> en;
    static const QRegularExpression hangul(QStringLiteral("[가-힣]+"));
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]{2,}"));
    SqlQuery texts(db, QStringLiteral("SELECT text FROM localized_text UNION ALL SELECT text FROM quote"));
    texts.exec();
    while (texts.next()) {
        const QString text = texts.value(0).toString();
        for (auto it = hangul.globalMatch(text); it.hasNext();)
            ko.insert(it.next().captured());
        for (auto it = latin.globalMatch(text); it.hasNext();)
            en.insert(it.next().captured());
    }
    *korean = QStringList(ko.begin(), ko.end());
    *english = QStringList(en.begin(), en.end());
    korean->sort();
    english->sort();
}

int SyntheticDatabase::fill(const QSqlDatabase &db, int entities)
{
    // Shares of the entities, roughly those of a national collection of plans.
    const int regions = qMax(10, entities / 400);
    const int organisations = entities / 50;
    const int plans = entities / 25;
    const int budgetLines = entities / 5;
    const int targets = entities / 16;
    const int events = entities / 25;
    const int sources = entities / 130;
    const int quotes = entities / 33;
    const int elements = entities - regions - organisations - plans - budgetLines - targets - events - sources - quotes;

    Transaction transaction(db);
    Inserter entity(db, QStringLiteral("INSERT INTO entity (kind, key) VALUES (?, ?)"));
    Inserter text(db, QStringLiteral("INSERT INTO localized_text (entity_id, field, lang, text, status) "
                                     "VALUES (?, ?, ?, ?, 'draft')"));
    const auto add = [&](const QString &kind, const QString &key) {
        entity({kind, key});
        return entity.lastId();
    };
    const auto texts = [&](qint64 id, const QString &field, int minWords, int maxWords) {
        text({id, field, QStringLiteral("ko"), phrase(true, minWords, maxWords)});
        text({id, field, QStringLiteral("en"), phrase(false, minWords, maxWords)});
    };
    int count = 0;

    Inserter region(db, QStringLiteral("INSERT INTO region (id, ordinal, level) VALUES (?, ?, 'city')"));
    QVector<qint64> regionIds;
    for (int i = 0; i < regions; ++i, ++count) {
        const qint64 id = add(QStringLiteral("region"), QStringLiteral("region.synthetic-%1").arg(i));
        region({id, i});
        const int city = i % int(cityKo.size());
        text({id, QStringLiteral("name"), QStringLiteral("ko"),
              cityKo.at(city) + (i < cityKo.size() ? QStringLiteral("광역시") : QStringLiteral(" %1구").arg(i))});
        text({id, QStringLiteral("name"), QStringLiteral("en"),
              cityEn.at(city) +
                  (i < cityEn.size() ? QStringLiteral(" Metropolitan City") : QStringLiteral(" District %1").arg(i))});
        regionIds << id;
    }
    Inserter organisation(db, QStringLiteral("INSERT INTO organisation (id, ordinal, kind, region_id) "
                                             "VALUES (?, ?, 'company', ?)"));
    for (int i = 0; i < organisations; ++i, ++count) {
        const qint64 id = add(QStringLiteral("organisation"), QStringLiteral("org.synthetic-%1").arg(i));
        organisation({id, i, regionIds.at(pick(int(regionIds.size())))});
        texts(id, QStringLiteral("name"), 1, 3);
    }
    Inserter plan(db, QStringLiteral("INSERT INTO plan (id, ordinal, region_id, headline_budget) VALUES (?, ?, ?, ?)"));
    QVector<qint64> planIds;
    for (int i = 0; i < plans; ++i, ++count) {
        const qint64 id = add(QStringLiteral("plan"), QStringLiteral("plan.synthetic-%1").arg(i));
        plan({id, i, regionIds.at(pick(int(regionIds.size()))), qint64(1 + pick(9999)) * 100000000});
        texts(id, QStringLiteral("title"), 3, 7);
        texts(id, QStringLiteral("summary"), 10, 30);
        planIds << id;
    }
    Inserter element(db, QStringLiteral("INSERT INTO element (id, plan_id, ordinal, kind) VALUES (?, ?, ?, 'task')"));
    QVector<QPair<qint64, qint64>> elementIds;
    for (int i = 0; i < elements; ++i, ++count) {
        const qint64 id = add(QStringLiteral("element"), QStringLiteral("el.synthetic-%1").arg(i));
        const qint64 planId = planIds.at(pick(int(planIds.size())));
        element({id, planId, i});
        texts(id, QStringLiteral("name"), 2, 6);
        if (pick(2) == 0)
            texts(id, QStringLiteral("description"), 8, 25);
        elementIds.append({id, planId});
    }
    Inserter line(db,
                  QStringLiteral("INSERT INTO budget_line (id, plan_id, element_id, ordinal, amount, funding, kind) "
                                 "VALUES (?, ?, ?, ?, ?, 'city', 'planned')"));
    for (int i = 0; i < budgetLines; ++i, ++count) {
        const qint64 id = add(QStringLiteral("budget_line"), QStringLiteral("bl.synthetic-%1").arg(i));
        const auto &owner = elementIds.at(pick(int(elementIds.size())));
        line({id, owner.second, owner.first, i, qint64(1 + pick(99999)) * 10000000});
        texts(id, QStringLiteral("label"), 2, 6);
    }
    Inserter target(db, QStringLiteral("INSERT INTO target (id, plan_id, ordinal, unit, has_baseline, target_value) "
                                       "VALUES (?, ?, ?, ?, 0, ?)"));
    for (int i = 0; i < targets; ++i, ++count) {
        const qint64 id = add(QStringLiteral("target"), QStringLiteral("target.synthetic-%1").arg(i));
        const bool won = pick(3) == 0;
        target({id, planIds.at(pick(int(planIds.size()))), i, won ? QStringLiteral("won") : QStringLiteral("count"),
                QString::number(won ? qint64(1 + pick(9999)) * 100000000 : qint64(pick(1000)))});
        texts(id, QStringLiteral("metric"), 2, 5);
    }
    Inserter event(db, QStringLiteral("INSERT INTO event (id, ordinal, region_id, plan_id, kind, date, precision) "
                                      "VALUES (?, ?, ?, ?, 'meeting', '2024-05-01', 'day')"));
    for (int i = 0; i < events; ++i, ++count) {
        const qint64 id = add(QStringLiteral("event"), QStringLiteral("event.synthetic-%1").arg(i));
        event({id, i, regionIds.at(pick(int(regionIds.size()))), planIds.at(pick(int(planIds.size())))});
        texts(id, QStringLiteral("title"), 3, 8);
        texts(id, QStringLiteral("description"), 10, 30);
    }
    Inserter source(db, QStringLiteral("INSERT INTO source (id, ordinal, kind, language) VALUES (?, ?, 'article', ?)"));
    Inserter quote(db, QStringLiteral("INSERT INTO quote (id, source_id, ordinal, text) VALUES (?, ?, ?, ?)"));
    QVector<QPair<qint64, bool>> sourceIds;
    for (int i = 0; i < sources; ++i, ++count) {
        const qint64 id = add(QStringLiteral("source"), QStringLiteral("src.synthetic-%1").arg(i));
        const bool korean = pick(2) == 0;
        source({id, i, korean ? QStringLiteral("ko") : QStringLiteral("en")});
        texts(id, QStringLiteral("title"), 4, 10);
        sourceIds.append({id, korean});
    }
    for (int i = 0; i < quotes; ++i, ++count) {
        const qint64 id = add(QStringLiteral("quote"), QStringLiteral("q.synthetic-%1").arg(i));
        const auto &owner = sourceIds.at(pick(int(sourceIds.size())));
        quote({id, owner.first, i, phrase(owner.second, 15, 40)});
    }
    transaction.commit();
    return count;
}
