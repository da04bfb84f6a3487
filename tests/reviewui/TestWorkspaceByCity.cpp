#include "common/ItemRoles.h"
#include "common/Settings.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "review/ContentPairs.h"
#include "review/FindingModel.h"
#include "review/ProgressModel.h"
#include "review/ReviewFeature.h"
#include "review/ReviewFilterModel.h"
#include "review/ReviewTableModel.h"
#include "review/TranslationWorkspace.h"
#include "ui/BuiltinDatabase.h"

#include <QComboBox>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace innoatlas;

namespace {
const QString kDaejeon = QStringLiteral("region.daejeon");
const QString kGwangju = QStringLiteral("region.gwangju");
const QString kBusan = QStringLiteral("region.busan");

QSet<FieldKey> keysOf(const QVector<ReviewRow> &rows)
{
    QSet<FieldKey> keys;
    for (const ReviewRow &row : rows)
        keys.insert(row.pair.key);
    return keys;
}

/** The written fields of @p cityKey as ContentPairs' own city filter reads them. */
QSet<FieldKey> fieldsOfCity(const QSqlDatabase &database, const QString &cityKey)
{
    ContentFilter filter;
    filter.cityKey = cityKey;
    QSet<FieldKey> keys;
    for (const FieldPair &pair : ContentPairs::load(database, filter)) {
        if (!pair.text.isEmpty())
            keys.insert(pair.key);
    }
    return keys;
}

QString currentEntity(TranslationWorkspace *workspace)
{
    const QModelIndex current = workspace->table()->currentIndex();
    return current.isValid() ? current.siblingAtColumn(ReviewTableModel::EntityColumn).data().toString() : QString();
}
} // namespace

// The workspace of a database too large to read whole (a national budget: 2.3 million texts) reads one city at a
// time. Here the built-in dataset (1,462 texts, three cities) is made "large" by lowering the limit.
class TestWorkspaceByCity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void init()
    {
        ReviewTableModel::setWholeDatabaseLimit(100);
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("%1.ini").arg(++m_count)));
        m_window = std::make_unique<MainWindow>(m_builtin.database(), *m_settings, QStringLiteral("en"));
        m_feature = new ReviewFeature(*m_window, m_builtin.database(), *m_settings);
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        ReviewTableModel::setWholeDatabaseLimit(0);
    }

    void aLargeDatabaseIsReadOneCityAtATime()
    {
        TranslationWorkspace *workspace = m_feature->openWorkspace();
        ReviewTableModel *model = workspace->model();
        QVERIFY(model->readsOneCity());
        QCOMPARE(model->cityRead(), kDaejeon);

        // The rows are the city's fields, those the whole table lists under the city among them.
        const QSet<FieldKey> rows = keysOf(model->rows());
        QCOMPARE(rows, fieldsOfCity(m_builtin.connection(), kDaejeon));
        ReviewTableModel whole;
        ReviewTableModel::setWholeDatabaseLimit(0);
        whole.reload(m_builtin.connection());
        ReviewTableModel::setWholeDatabaseLimit(100);
        QVERIFY(!whole.readsOneCity());
        QSet<FieldKey> listedUnderDaejeon;
        for (const ReviewRow &row : whole.rows()) {
            if (row.cityKey == kDaejeon)
                listedUnderDaejeon.insert(row.pair.key);
        }
        QVERIFY(!listedUnderDaejeon.isEmpty());
        QVERIFY(rows.contains(listedUnderDaejeon));
        QVERIFY(rows.size() < keysOf(whole.rows()).size());
        QVERIFY(!rows.contains({QStringLiteral("plan.busan-digital-2030"), QStringLiteral("title")}));
        for (const ReviewRow &row : model->rows())
            QCOMPARE(row.cityKey, kDaejeon);

        // The city filter offers every city and no "All cities"; the plan filter that city's plans.
        auto *cities = workspace->findChild<QComboBox *>(QStringLiteral("cityFilter"));
        QCOMPARE(cities->count(), 3);
        for (int i = 0; i < cities->count(); ++i)
            QVERIFY(!cities->itemData(i).toString().isEmpty());
        QCOMPARE(cities->currentData().toString(), kDaejeon);
        auto *plans = workspace->findChild<QComboBox *>(QStringLiteral("planFilter"));
        QVERIFY(plans->count() > 1);
        for (int i = 1; i < plans->count(); ++i)
            QVERIFY2(plans->itemData(i).toString().startsWith(QStringLiteral("plan.daejeon")),
                     qPrintable(plans->itemData(i).toString()));

        // It says so, and counts the progress of that city alone.
        auto *note = workspace->findChild<QLabel *>(QStringLiteral("workspaceCityNote"));
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("one city at a time")));
        auto *summary = workspace->findChild<QLabel *>(QStringLiteral("progressSummary"));
        QVERIFY2(summary->text().startsWith(QStringLiteral("Daejeon")), qPrintable(summary->text()));
        QCOMPARE(workspace->progressModel()->counts(kDaejeon).fields, model->rowCount());
        QCOMPARE(workspace->progressModel()->counts(QString()).fields, 0);
        QCOMPARE(workspace->progressModel()->rowCount(), plans->count());

        // Choosing another city reads it.
        plans->setCurrentIndex(1);
        cities->setCurrentIndex(cities->findData(kBusan));
        QCOMPARE(model->cityRead(), kBusan);
        QCOMPARE(keysOf(model->rows()), fieldsOfCity(m_builtin.connection(), kBusan));
        QCOMPARE(workspace->filterModel()->planKey(), QString());
        QCOMPARE(workspace->filterModel()->rowCount(), model->rowCount());
        QVERIFY2(summary->text().startsWith(QStringLiteral("Busan")), qPrintable(summary->text()));
        QVERIFY(workspace->table()->currentIndex().isValid());
    }

    void anEntryOfAnotherCityIsShownWithItsCity()
    {
        // Opened at an entry of Busan, the workspace reads Busan.
        QVERIFY(m_window->navigateTo(QStringLiteral("plan.busan-digital-2030")));
        TranslationWorkspace *workspace = m_feature->openWorkspace();
        QCOMPARE(workspace->model()->cityRead(), kBusan);
        QCOMPARE(currentEntity(workspace), QStringLiteral("plan.busan-digital-2030"));

        // An event of no plan is read with its region's city; a budget line with its plan's.
        QVERIFY(workspace->selectEntity(QStringLiteral("ev.daejeon-gia.innopolis-2005")));
        QCOMPARE(workspace->model()->cityRead(), kDaejeon);
        QCOMPARE(currentEntity(workspace), QStringLiteral("ev.daejeon-gia.innopolis-2005"));
        const QString gwangjuLine = firstOfKind(kGwangju, QStringLiteral("budget_line"));
        QVERIFY(!gwangjuLine.isEmpty());
        QVERIFY(workspace->selectEntity(gwangjuLine));
        QCOMPARE(workspace->model()->cityRead(), kGwangju);
        QCOMPARE(currentEntity(workspace), gwangjuLine);

        // A theme belongs to no city: it is not found, and the city read stays.
        QVERIFY(!workspace->selectEntity(QStringLiteral("theme.space")));
        QCOMPARE(workspace->model()->cityRead(), kGwangju);
        QCOMPARE(ReviewScopes::cityOfEntity(m_builtin.connection(), QStringLiteral("theme.space")), QString());
        QCOMPARE(ReviewScopes::cityOfEntity(m_builtin.connection(), QStringLiteral("no.such.key")), QString());
        QCOMPARE(ReviewScopes::cityOfEntity(m_builtin.connection(), kBusan), kBusan);
    }

    void anUndoShowsItsFieldInItsCity()
    {
        QVERIFY(m_window->navigateTo(QStringLiteral("plan.busan-digital-2030")));
        TranslationWorkspace *workspace = m_feature->openWorkspace();
        const FieldKey title{QStringLiteral("plan.busan-digital-2030"), QStringLiteral("title")};
        FieldChange change;
        change.key = title;
        change.language = Language::English;
        change.text = QStringLiteral("Busan Digital Economy Innovation Strategy 2030 (edited)");
        QVERIFY(workspace->applyChanges({change}));

        auto *cities = workspace->findChild<QComboBox *>(QStringLiteral("cityFilter"));
        cities->setCurrentIndex(cities->findData(kDaejeon));
        QCOMPARE(workspace->model()->cityRead(), kDaejeon);
        m_window->undoStack()->undo();
        QCOMPARE(workspace->model()->cityRead(), kBusan);
        QCOMPARE(currentEntity(workspace), title.entityKey);
        const int row = workspace->model()->rowOf(title);
        QVERIFY(row >= 0);
        QVERIFY(!workspace->model()->row(row).pair.text.en.endsWith(QStringLiteral("(edited)")));
    }

    void theCityReadIsRemembered()
    {
        TranslationWorkspace *workspace = m_feature->openWorkspace();
        auto *cities = workspace->findChild<QComboBox *>(QStringLiteral("cityFilter"));
        cities->setCurrentIndex(cities->findData(kGwangju));
        workspace->close();

        QUndoStack undo;
        TranslationWorkspace again(m_builtin.connection(), &undo, *m_settings);
        QCOMPARE(again.model()->cityRead(), kGwangju);
        QCOMPARE(keysOf(again.model()->rows()), fieldsOfCity(m_builtin.connection(), kGwangju));
    }

    void aSmallDatabaseIsReadWhole()
    {
        ReviewTableModel::setWholeDatabaseLimit(0);
        TranslationWorkspace *workspace = m_feature->openWorkspace();
        QVERIFY(!workspace->model()->readsOneCity());
        QVERIFY(!workspace->findChild<QLabel *>(QStringLiteral("workspaceCityNote"))->isVisible());
        auto *cities = workspace->findChild<QComboBox *>(QStringLiteral("cityFilter"));
        QCOMPARE(cities->count(), 4);
        QCOMPARE(cities->itemData(0).toString(), QString());
        QVERIFY(workspace->model()->rowCount() > 500);
    }

    // A filter chosen lists the findings of the rows shown once, not once for each block of rows it takes away.
    void aFilterChangeListsTheFindingsOnce()
    {
        ReviewTableModel::setWholeDatabaseLimit(0);
        TranslationWorkspace *workspace = m_feature->openWorkspace();
        auto *cities = workspace->findChild<QComboBox *>(QStringLiteral("cityFilter"));
        QSignalSpy listed(workspace->findingModel(), &QAbstractItemModel::modelReset);
        QSignalSpy filtered(workspace->filterModel(), &ReviewFilterModel::filtered);
        QSignalSpy removed(workspace->filterModel(), &QAbstractItemModel::rowsRemoved);
        cities->setCurrentIndex(cities->findData(kGwangju));
        QVERIFY2(removed.count() > 1, "the other cities' rows go in several blocks");
        QCOMPARE(filtered.count(), 1);
        QCOMPARE(listed.count(), 1);
        QVector<Finding> shown;
        for (int row = 0; row < workspace->filterModel()->rowCount(); ++row) {
            const QModelIndex index = workspace->filterModel()->mapToSource(workspace->filterModel()->index(row, 0));
            QCOMPARE(index.data(RegionKeyRole).toString(), kGwangju);
            shown += workspace->model()->row(index.row()).findings;
        }
        QCOMPARE(workspace->findingModel()->rowCount(), shown.size());
    }

private:
    QString firstOfKind(const QString &cityKey, const QString &kind)
    {
        ContentFilter filter;
        filter.cityKey = cityKey;
        for (const FieldPair &pair : ContentPairs::load(m_builtin.connection(), filter)) {
            if (pair.entityKind == kind)
                return pair.key.entityKey;
        }
        return {};
    }

    QTemporaryDir m_dir;
    BuiltinDatabase m_builtin;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    ReviewFeature *m_feature = nullptr;
    int m_count = 0;
};

QTEST_MAIN(TestWorkspaceByCity)
#include "TestWorkspaceByCity.moc"
