// Creating, changing and deleting every kind of entity; each step undone and redone must leave the
// database exactly as it was before and after (a dump of every table compared).

#include "EditingTestDatabase.h"
#include "editing/ChangeApplier.h"
#include "editing/DatabaseDump.h"
#include "editing/EntityKinds.h"
#include "editing/EntityValidator.h"

#include <QTest>

using namespace innoatlas;

class TestEntityEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyKindIsCovered();
    void createUpdateDeleteUndoRedo_data();
    void createUpdateDeleteUndoRedo();
    void moneyIsStoredAsWholeWon();
    void newTextsAreDraftsAndChangedTextsReturnToDraft();
    void validationNamesFieldAndReason_data();
    void validationNamesFieldAndReason();
    void deletingAReferencedPlanListsWhatItTakesAndAsks();
    void deletingAQuoteUnlinksItsFiguresAndUndoesExactly();
    void deletingARegionWithPlansIsBlocked();

private:
    void checkUndoRedo(const EditOutcome &outcome, const QStringList &before);

    std::unique_ptr<EditingTestDatabase> m_db;
};

void TestEntityEditor::init()
{
    m_db = std::make_unique<EditingTestDatabase>();
}

void TestEntityEditor::cleanup()
{
    m_db.reset();
}

void TestEntityEditor::everyKindIsCovered()
{
    // Every kind the schema knows can be edited.
    const QStringList schemaKinds{"source",       "quote",     "theme",   "region",        "population",
                                  "organisation", "plan",      "element", "stated_count",  "budget_line",
                                  "target",       "indicator", "event",   "participation", "figure"};
    for (const QString &kind : schemaKinds)
        QVERIFY2(EntityKinds::find(kind), qPrintable(kind));
    QCOMPARE(EntityKinds::all().size(), schemaKinds.size());
}

void TestEntityEditor::checkUndoRedo(const EditOutcome &outcome, const QStringList &before)
{
    const QSqlDatabase db = m_db->connection();
    const QStringList after = DatabaseDump::of(db);
    QVERIFY(after != before);
    ChangeApplier applier(db, m_db->path());
    const EditOutcome undone = applier.undo(outcome.change);
    QVERIFY2(undone.ok(), qPrintable(undone.message));
    QCOMPARE(DatabaseDump::of(db), before);
    const EditOutcome redone = applier.redo(outcome.change);
    QVERIFY2(redone.ok(), qPrintable(redone.message));
    QCOMPARE(DatabaseDump::of(db), after);
    QCOMPARE(SqlQuery::scalar(db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
}

void TestEntityEditor::createUpdateDeleteUndoRedo_data()
{
    QTest::addColumn<QString>("kind");
    for (const KindSpec &spec : EntityKinds::all())
        QTest::newRow(qPrintable(spec.kind)) << spec.kind;
}

void TestEntityEditor::createUpdateDeleteUndoRedo()
{
    QFETCH(QString, kind);
    EntityEditor editor(m_db->connection(), m_db->path());

    const QStringList initial = DatabaseDump::of(m_db->connection());
    const EditOutcome created = editor.create(m_db->sample(kind));
    QVERIFY2(created.ok(), qPrintable(created.message + QLatin1Char(' ') +
                                      (created.errors.isEmpty() ? QString()
                                                                : created.errors.first().field + QLatin1Char(' ') +
                                                                      created.errors.first().reason)));
    QVERIFY(created.key.startsWith(kind == QLatin1String("figure") ? QString() : kind + QLatin1Char('.')));
    checkUndoRedo(created, initial);

    std::optional<EntityRecord> record = editor.load(created.key);
    QVERIFY(record);
    QCOMPARE(record->rowVersion, 1);
    const KindSpec *spec = EntityKinds::find(kind);
    if (!spec->textFields.isEmpty()) {
        record->texts[spec->textFields.first()].en = QStringLiteral("Changed");
    } else {
        const QString column = kind == QLatin1String("population") ? QStringLiteral("value") : QStringLiteral("count");
        record->values[column] = record->values.value(column).toLongLong() + 1;
    }
    const QStringList beforeUpdate = DatabaseDump::of(m_db->connection());
    const EditOutcome updated = editor.update(*record);
    QVERIFY2(updated.ok(), qPrintable(updated.message));
    QCOMPARE(editor.load(created.key)->rowVersion, 2);
    checkUndoRedo(updated, beforeUpdate);

    const QStringList beforeDelete = DatabaseDump::of(m_db->connection());
    const EditOutcome deleted = editor.remove(created.key, 2, true);
    QVERIFY2(deleted.ok(), qPrintable(deleted.message));
    QVERIFY(!editor.load(created.key));
    checkUndoRedo(deleted, beforeDelete);
}

void TestEntityEditor::moneyIsStoredAsWholeWon()
{
    EntityEditor editor(m_db->connection());
    const EditOutcome created = editor.create(m_db->sample(QStringLiteral("budget_line")));
    QVERIFY(created.ok());
    QCOMPARE(editor.load(created.key)->values.value(QStringLiteral("amount")).toLongLong(), 1'200'000'000'000LL);
    const EditOutcome target = editor.create(m_db->sample(QStringLiteral("target")));
    QVERIFY(target.ok());
    QCOMPARE(editor.load(target.key)->values.value(QStringLiteral("target_value")).toString(),
             QStringLiteral("50000000000"));
}

void TestEntityEditor::newTextsAreDraftsAndChangedTextsReturnToDraft()
{
    EntityEditor editor(m_db->connection());
    const EditOutcome created = editor.create(m_db->sample(QStringLiteral("element")));
    QVERIFY(created.ok());
    std::optional<EntityRecord> record = editor.load(created.key);
    QCOMPARE(record->texts.value("name").koStatus, ReviewStatus::Draft);
    QCOMPARE(record->texts.value("name").enStatus, ReviewStatus::Missing);

    // A reviewed text that the user changes is a draft again; the untouched language keeps its state.
    const QString planKey = m_db->keyOf(m_db->first(QStringLiteral("plan")));
    std::optional<EntityRecord> plan = editor.load(planKey);
    QVERIFY(plan);
    const ReviewStatus koBefore = plan->texts.value("title").koStatus;
    plan->texts["title"].en += QStringLiteral(" (revised)");
    QVERIFY(editor.update(*plan).ok());
    plan = editor.load(planKey);
    QCOMPARE(plan->texts.value("title").enStatus, ReviewStatus::Draft);
    QCOMPARE(plan->texts.value("title").koStatus, koBefore);
}

void TestEntityEditor::validationNamesFieldAndReason_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    QTest::newRow("amount not money") << "budget_line"
                                      << "amount" << QVariant("3,50억") << "amount"
                                      << "not an amount";
    QTest::newRow("amount in dollars") << "budget_line"
                                       << "amount" << QVariant("$5 million") << "amount"
                                       << "not an amount";
    QTest::newRow("amount missing") << "budget_line"
                                    << "amount" << QVariant() << "amount"
                                    << "required";
    QTest::newRow("years reversed") << "budget_line"
                                    << "to_year" << QVariant(2020) << "to_year"
                                    << "ends before";
    QTest::newRow("one year only") << "budget_line"
                                   << "to_year" << QVariant() << "to_year"
                                   << "both years";
    QTest::newRow("date too precise") << "plan"
                                      << "announced" << QVariant("2024-05-03") << "announced"
                                      << "precision";
    QTest::newRow("year out of range") << "plan"
                                       << "period_from" << QVariant("1850") << "period_from"
                                       << "1900";
    QTest::newRow("unknown choice") << "element"
                                    << "kind" << QVariant("wish") << "kind"
                                    << "allowed values";
    QTest::newRow("region code") << "region"
                                 << "code" << QVariant("11") << "code"
                                 << "10 digits";
    QTest::newRow("plan missing") << "element"
                                  << "plan_id" << QVariant() << "plan_id"
                                  << "required";
    QTest::newRow("no quote for figure") << "figure"
                                         << "" << QVariant() << "quotes"
                                         << "quote";
    QTest::newRow("no title") << "plan"
                              << "" << QVariant() << "title.ko"
                              << "Korean or English";
    QTest::newRow("organisation and region") << "participation"
                                             << "region_id" << QVariant() << "organisation_id"
                                             << "either";
}

void TestEntityEditor::validationNamesFieldAndReason()
{
    QFETCH(QString, kind);
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    EntityRecord record = m_db->sample(kind);
    if (!column.isEmpty())
        record.values.insert(column, value);
    if (field == QLatin1String("quotes"))
        record.links[LinkKind::FigureQuotes].clear();
    if (field == QLatin1String("title.ko"))
        record.texts[QStringLiteral("title")] = LocalizedText();
    if (kind == QLatin1String("participation"))
        record.values.insert(QStringLiteral("region_id"), m_db->first(QStringLiteral("region")));
    const QStringList before = DatabaseDump::of(m_db->connection());
    const EditOutcome outcome = EntityEditor(m_db->connection()).create(record);
    QCOMPARE(outcome.status, EditOutcome::Status::Invalid);
    QVERIFY(!outcome.errors.isEmpty());
    bool found = false;
    for (const FieldError &error : outcome.errors)
        found = found || (error.field == field && error.reason.contains(reason));
    QVERIFY2(found, qPrintable(outcome.errors.first().field + QLatin1String(": ") + outcome.errors.first().reason));
    QCOMPARE(DatabaseDump::of(m_db->connection()), before);
}

void TestEntityEditor::deletingAReferencedPlanListsWhatItTakesAndAsks()
{
    const QSqlDatabase db = m_db->connection();
    EntityEditor editor(db, m_db->path());
    // The plan with the most budget lines.
    const qint64 planId = SqlQuery::scalar(db, QStringLiteral("SELECT plan_id FROM budget_line GROUP BY plan_id "
                                                              "ORDER BY count(*) DESC LIMIT 1"))
                              .toLongLong();
    const QString key = m_db->keyOf(planId);
    const int lines =
        SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM budget_line WHERE plan_id = %1").arg(planId)).toInt();
    const QStringList before = DatabaseDump::of(db);

    const EditOutcome asked = editor.remove(key, 0, false);
    QCOMPARE(asked.status, EditOutcome::Status::NeedsConfirmation);
    QCOMPARE(DatabaseDump::of(db), before);
    int listedLines = 0;
    for (const ImpactItem &item : asked.impact.deleted())
        listedLines += item.kind == QLatin1String("budget_line");
    QCOMPARE(listedLines, lines);
    QCOMPARE(asked.impact.deleted().first().key, key);
    QVERIFY(!asked.impact.deleted().first().nameKo.isEmpty());

    const EditOutcome deleted = editor.remove(key, 0, true);
    QVERIFY2(deleted.ok(), qPrintable(deleted.message));
    QCOMPARE(
        SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM budget_line WHERE plan_id = %1").arg(planId)).toInt(),
        0);
    checkUndoRedo(deleted, before);
}

void TestEntityEditor::deletingAQuoteUnlinksItsFiguresAndUndoesExactly()
{
    const QSqlDatabase db = m_db->connection();
    const qint64 quoteId =
        SqlQuery::scalar(db, QStringLiteral("SELECT quote_id FROM figure_quote ORDER BY figure_id LIMIT 1"))
            .toLongLong();
    QVERIFY(quoteId > 0);
    const QStringList before = DatabaseDump::of(db);
    EntityEditor editor(db);
    const EditOutcome asked = editor.remove(m_db->keyOf(quoteId), 0, false);
    QCOMPARE(asked.status, EditOutcome::Status::NeedsConfirmation);
    QVERIFY(!asked.impact.unlinked().isEmpty());
    QCOMPARE(asked.impact.unlinked().first().kind, QStringLiteral("figure"));
    const EditOutcome deleted = editor.remove(m_db->keyOf(quoteId), 0, true);
    QVERIFY2(deleted.ok(), qPrintable(deleted.message));
    checkUndoRedo(deleted, before);
}

void TestEntityEditor::deletingARegionWithPlansIsBlocked()
{
    const QSqlDatabase db = m_db->connection();
    const qint64 regionId = SqlQuery::scalar(db, QStringLiteral("SELECT region_id FROM plan LIMIT 1")).toLongLong();
    const QStringList before = DatabaseDump::of(db);
    const EditOutcome outcome = EntityEditor(db).remove(m_db->keyOf(regionId), 0, true);
    QCOMPARE(outcome.status, EditOutcome::Status::Blocked);
    QVERIFY(!outcome.impact.blocking().isEmpty());
    QVERIFY(outcome.message.contains(m_db->keyOf(regionId)));
    QCOMPARE(DatabaseDump::of(db), before);
}

QTEST_GUILESS_MAIN(TestEntityEditor)
#include "TestEntityEditor.moc"
