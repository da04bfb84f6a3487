#pragma once

// A database created from the built-in dataset in a temporary folder, and the helpers the editing
// tests share: the first entity of a kind, a record of each kind filled as a user would fill it.

#include "editing/EntityEditor.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/UserDatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace innoatlas {

class EditingTestDatabase
{
public:
    EditingTestDatabase()
    {
        if (!m_dir.isValid())
            qFatal("no temporary folder");
        m_database = std::make_unique<Database>();
        if (!UserDatabase::open(*m_database, path()))
            qFatal("the built-in database cannot be created: %s", qPrintable(m_database->errorString()));
    }

    Database &database() { return *m_database; }
    QSqlDatabase connection() const { return m_database->connection(); }
    QString path() const { return m_dir.filePath(QStringLiteral("builtin.sqlite")); }
    QString folder() const { return m_dir.path(); }

    qint64 first(const QString &kind) const
    {
        SqlQuery query(connection(), QStringLiteral("SELECT id FROM entity WHERE kind = ? ORDER BY id LIMIT 1"));
        query.bind(kind).exec();
        return query.next() ? query.value(0).toLongLong() : 0;
    }

    QString keyOf(qint64 id) const
    {
        SqlQuery query(connection(), QStringLiteral("SELECT key FROM entity WHERE id = ?"));
        query.bind(id).exec();
        return query.next() ? query.value(0).toString() : QString();
    }

    /** A new record of @p kind with every required field filled, pointing at built-in entities. */
    EntityRecord sample(const QString &kind) const
    {
        EntityRecord r = EntityEditor::blank(kind);
        const auto set = [&r](const char *column, const QVariant &value) {
            r.values.insert(QString::fromLatin1(column), value);
        };
        const auto text = [&r](const char *field, const QString &ko, const QString &en) {
            r.texts.insert(QString::fromLatin1(field),
                           LocalizedText{ko, en, ReviewStatus::Missing, ReviewStatus::Missing});
        };
        if (kind == QLatin1String("region")) {
            set("level", QStringLiteral("city"));
            set("code", QStringLiteral("9999900000"));
            set("parent_id", first(QStringLiteral("region")));
            text("name", QStringLiteral("시험시"), QStringLiteral("Test City"));
        } else if (kind == QLatin1String("plan")) {
            set("region_id", first(QStringLiteral("region")));
            set("announced", QStringLiteral("2024-05"));
            set("announced_precision", QStringLiteral("month"));
            set("period_from", 2024);
            set("period_to", 2030);
            set("headline_budget", QStringLiteral("3,500억 원"));
            text("title", QStringLiteral("시험 계획"), QStringLiteral("Test plan"));
            r.links[LinkKind::PlanThemes] = {first(QStringLiteral("theme"))};
        } else if (kind == QLatin1String("element")) {
            set("plan_id", first(QStringLiteral("plan")));
            set("kind", QStringLiteral("task"));
            text("name", QStringLiteral("시험 과제"), QString());
        } else if (kind == QLatin1String("budget_line")) {
            set("plan_id", first(QStringLiteral("plan")));
            set("amount", QStringLiteral("1조 2,000억"));
            set("from_year", 2024);
            set("to_year", 2026);
            set("funding", QStringLiteral("city"));
            set("kind", QStringLiteral("planned"));
            text("label", QStringLiteral("시험 사업비"), QStringLiteral("Test budget"));
        } else if (kind == QLatin1String("target")) {
            set("plan_id", first(QStringLiteral("plan")));
            set("unit", QStringLiteral("won"));
            set("target_value", QStringLiteral("500억"));
            set("target_year", 2030);
            text("metric", QStringLiteral("투자 유치"), QStringLiteral("Investment attracted"));
        } else if (kind == QLatin1String("indicator")) {
            set("owner_id", first(QStringLiteral("plan")));
            set("unit", QStringLiteral("percent"));
            set("value", QStringLiteral("12.5"));
            set("year", 2023);
            text("metric", QStringLiteral("점유율"), QStringLiteral("Share"));
        } else if (kind == QLatin1String("stated_count")) {
            // A plan and element kind the dataset does not count yet (plan_id, kind is unique).
            SqlQuery free(connection(), QStringLiteral("SELECT p.id FROM plan p WHERE NOT EXISTS (SELECT 1 FROM "
                                                       "stated_count s WHERE s.plan_id = p.id AND s.kind = 'area') "
                                                       "ORDER BY p.id LIMIT 1"));
            free.exec();
            free.next();
            set("plan_id", free.value(0));
            set("kind", QStringLiteral("area"));
            set("count", 7);
        } else if (kind == QLatin1String("event")) {
            set("region_id", first(QStringLiteral("region")));
            set("plan_id", first(QStringLiteral("plan")));
            set("kind", QStringLiteral("meeting"));
            set("date", QStringLiteral("2024-03-05"));
            set("precision", QStringLiteral("day"));
            text("title", QStringLiteral("시험 회의"), QStringLiteral("Test meeting"));
        } else if (kind == QLatin1String("organisation")) {
            set("kind", QStringLiteral("company"));
            set("region_id", first(QStringLiteral("region")));
            text("name", QStringLiteral("시험 주식회사"), QStringLiteral("Test Co."));
        } else if (kind == QLatin1String("participation")) {
            set("organisation_id", first(QStringLiteral("organisation")));
            set("plan_id", first(QStringLiteral("plan")));
            set("role", QStringLiteral("partner"));
        } else if (kind == QLatin1String("population")) {
            set("region_id", first(QStringLiteral("region")));
            set("year", 2199);
            set("value", 1234567);
        } else if (kind == QLatin1String("theme")) {
            text("name", QStringLiteral("시험 주제"), QStringLiteral("Test theme"));
        } else if (kind == QLatin1String("source")) {
            set("kind", QStringLiteral("press-release"));
            set("language", QStringLiteral("ko"));
            set("published", QStringLiteral("2024"));
            set("published_precision", QStringLiteral("year"));
            text("title", QStringLiteral("시험 보도자료"), QString());
        } else if (kind == QLatin1String("quote")) {
            set("source_id", first(QStringLiteral("source")));
            set("text", QStringLiteral("총 3,500억 원을 투입한다."));
        } else if (kind == QLatin1String("figure")) {
            set("owner_id", first(QStringLiteral("budget_line")));
            set("field", QStringLiteral("test_amount"));
            set("printed", QStringLiteral("3,500억"));
            r.links[LinkKind::FigureQuotes] = {first(QStringLiteral("quote"))};
            text("note", QStringLiteral("원문 오기 정정"), QStringLiteral("Corrects a typo in the source"));
        }
        return r;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

} // namespace innoatlas
