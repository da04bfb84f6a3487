// The navigator widget reads a plan's contents when the plan is opened, reveals any entity it is
// asked to select, and keeps the user's row through filter changes.

#include "BuiltinDatabase.h"
#include "common/ItemRoles.h"
#include "i18n/Translations.h"
#include "navigator/NavigatorWidget.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTreeView>

using namespace innoatlas;

namespace {
const QString economyPlan = QStringLiteral("plan.daejeon-gia.economy");
const QString merckLine = QStringLiteral("bl.daejeon-gia.merck");
} // namespace

class TestNavigatorWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void init()
    {
        m_widget = std::make_unique<NavigatorWidget>();
        m_widget->resize(360, 600);
        m_widget->reload(m_db.connection());
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    }

    void cleanup() { m_widget.reset(); }

    void aPlansChildrenAppearWhenItIsExpandedAndNotBefore()
    {
        NavigatorModel *model = m_widget->model();
        const QModelIndex plan = model->indexOfKey(economyPlan);
        QVERIFY(plan.isValid());
        QCOMPARE(model->rowCount(plan), 0);
        QVERIFY(model->hasChildren(plan));
        QVERIFY(model->canFetchMore(plan));

        m_widget->treeView()->expand(plan);
        QVERIFY(model->rowCount(plan) > 0);
        QVERIFY(!model->canFetchMore(plan));
        QStringList labels;
        for (int row = 0; row < model->rowCount(plan); ++row)
            labels << model->index(row, 0, plan).data().toString();
        QVERIFY2(labels.contains(QStringLiteral("Budget lines (1)")), qPrintable(labels.join(u'|')));
    }

    void selectRevealsABudgetLineOfAnUnopenedPlan()
    {
        NavigatorModel *model = m_widget->model();
        QVERIFY(model->canFetchMore(model->indexOfKey(economyPlan)));
        QSignalSpy reported(m_widget.get(), &NavigatorWidget::currentEntityChanged);
        QVERIFY(m_widget->select(merckLine));
        QCOMPARE(m_widget->current().key, merckLine);
        QCOMPARE(m_widget->current().planKey, economyPlan);
        QCOMPARE(reported.count(), 1);
        QTreeView *tree = m_widget->treeView();
        for (QModelIndex parent = tree->currentIndex().parent(); parent.isValid(); parent = parent.parent())
            QVERIFY2(tree->isExpanded(parent), qPrintable(parent.data().toString()));
        QVERIFY(tree->viewport()->rect().intersects(tree->visualRect(tree->currentIndex())));
    }

    void anEntityTheNavigatorDoesNotListIsNotSelected()
    {
        QVERIFY(!m_widget->select(QStringLiteral("region.korea")));
        QVERIFY(!m_widget->select(QStringLiteral("no.such.key")));
    }

    void theCurrentRowStaysThroughFilterChanges()
    {
        QVERIFY(m_widget->select(merckLine));
        QSignalSpy reported(m_widget.get(), &NavigatorWidget::currentEntityChanged);
        auto *filter = m_widget->findChild<QLineEdit *>(QStringLiteral("navigatorFilter"));
        filter->setText(QStringLiteral("머크"));
        QCOMPARE(m_widget->current().key, merckLine);
        filter->setText(QStringLiteral("bioprocessing"));
        QCOMPARE(m_widget->current().key, merckLine);
        filter->clear();
        QCOMPARE(m_widget->current().key, merckLine);
        QVERIFY(m_widget->treeView()->isExpanded(m_widget->treeView()->currentIndex().parent()));
        // The same entity all along: nothing new to show.
        QCOMPARE(reported.count(), 0);
    }

    void selectingAnEntityTheFilterHidesClearsTheFilter()
    {
        auto *filter = m_widget->findChild<QLineEdit *>(QStringLiteral("navigatorFilter"));
        filter->setText(QStringLiteral("Busan"));
        QVERIFY(!m_widget->model()->indexOfKey(merckLine).isValid());
        QVERIFY(m_widget->select(merckLine));
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(m_widget->current().key, merckLine);
    }

    void aFoundRegionListsItsPlans()
    {
        auto *filter = m_widget->findChild<QLineEdit *>(QStringLiteral("navigatorFilter"));
        filter->setText(QStringLiteral("부산광역시"));
        const QModelIndex busan = m_widget->model()->indexOfKey(QStringLiteral("region.busan"));
        QVERIFY(busan.isValid());
        QVERIFY(m_widget->model()->indexOfKey(QStringLiteral("plan.busan-digital-2030")).isValid());
        QVERIFY(!m_widget->model()->indexOfKey(QStringLiteral("region.daejeon")).isValid());
    }

    void aFilterOpensWhatItFinds()
    {
        auto *filter = m_widget->findChild<QLineEdit *>(QStringLiteral("navigatorFilter"));
        filter->setText(QStringLiteral("머크"));
        const QModelIndex line = m_widget->model()->indexOfKey(merckLine);
        QVERIFY(line.isValid());
        for (QModelIndex parent = line.parent(); parent.isValid(); parent = parent.parent())
            QVERIFY(m_widget->treeView()->isExpanded(parent));
    }

    void regionsListedAsTheTreeIsShownStandOpen()
    {
        // A text asked about plan by plan lists its regions a few at a time; each stands open, and clearing
        // the filter gives back the whole tree with every region open and the user's row.
        NavigatorModel *model = m_widget->model();
        model->setScanThreshold(0, 1);
        QVERIFY(m_widget->select(economyPlan));
        auto *filter = m_widget->findChild<QLineEdit *>(QStringLiteral("navigatorFilter"));
        filter->setText(QStringLiteral("a"));
        QCoreApplication::processEvents();
        QTreeView *tree = m_widget->treeView();
        while (model->hasMoreGroups())
            model->fetchMoreGroups();
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY2(tree->isExpanded(model->index(row, 0)), qPrintable(model->index(row, 0).data().toString()));
        QCOMPARE(m_widget->current().key, economyPlan);
        filter->clear();
        QVERIFY(!model->hasMoreGroups());
        QCOMPARE(model->rowCount(), 3);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(tree->isExpanded(model->index(row, 0)));
        QCOMPARE(m_widget->current().key, economyPlan);
    }

    void aTextTypedIsLookedUpWithoutWaiting()
    {
        // Looked up on another thread: the tree changes when the answer comes, not while the key is typed,
        // and keeps the user's row.
        m_widget->setLookupFile(m_db.database().path());
        // Nothing runs until a text is typed: a window being built has enough to do.
        auto *thread = m_widget->findChild<QThread *>(QStringLiteral("navigator lookups"));
        QVERIFY(thread);
        QVERIFY(!thread->isRunning());
        QVERIFY(m_widget->select(economyPlan));
        QSignalSpy shown(m_widget.get(), &NavigatorWidget::filterShown);
        auto *filter = m_widget->findChild<QLineEdit *>(QStringLiteral("navigatorFilter"));
        filter->setText(QStringLiteral("머크"));
        QVERIFY(thread->isRunning());
        QVERIFY(m_widget->isLookingUp());
        QVERIFY(m_widget->model()->filterText().isEmpty());
        QVERIFY(m_widget->model()->indexOfKey(QStringLiteral("region.busan")).isValid());
        QVERIFY(shown.wait());
        QVERIFY(!m_widget->isLookingUp());
        QCOMPARE(m_widget->model()->filterText(), QStringLiteral("머크"));
        const QModelIndex line = m_widget->model()->indexOfKey(merckLine);
        QVERIFY(line.isValid());
        for (QModelIndex parent = line.parent(); parent.isValid(); parent = parent.parent())
            QVERIFY(m_widget->treeView()->isExpanded(parent));
        QVERIFY(!m_widget->model()->indexOfKey(QStringLiteral("region.busan")).isValid());
        QCOMPARE(m_widget->current().key, economyPlan);
    }

    void onlyTheLastTextTypedIsShown()
    {
        m_widget->setLookupFile(m_db.database().path());
        QSignalSpy shown(m_widget.get(), &NavigatorWidget::filterShown);
        auto *filter = m_widget->findChild<QLineEdit *>(QStringLiteral("navigatorFilter"));
        filter->setText(QStringLiteral("대"));
        // The answer for "대" comes meanwhile (this thread handles no events while it sleeps) ...
        QThread::msleep(200);
        // ... and those for the next texts are not asked for any more when their turn comes.
        filter->setText(QStringLiteral("대전"));
        filter->setText(QStringLiteral("Busan"));
        QVERIFY(shown.wait());
        QCOMPARE(m_widget->model()->filterText(), QStringLiteral("Busan"));
        // The answers for the texts typed before are dropped, whenever they come.
        QTest::qWait(200);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(m_widget->model()->filterText(), QStringLiteral("Busan"));
        QVERIFY(m_widget->model()->indexOfKey(QStringLiteral("region.busan")).isValid());
        QVERIFY(!m_widget->model()->indexOfKey(QStringLiteral("region.daejeon")).isValid());
    }

    void aTextClearedWhileLookedUpLeavesTheWholeTree()
    {
        m_widget->setLookupFile(m_db.database().path());
        QSignalSpy shown(m_widget.get(), &NavigatorWidget::filterShown);
        auto *filter = m_widget->findChild<QLineEdit *>(QStringLiteral("navigatorFilter"));
        filter->setText(QStringLiteral("Busan"));
        filter->clear();
        QCOMPARE(shown.count(), 1);
        QVERIFY(!m_widget->isLookingUp());
        QTest::qWait(200);
        QCOMPARE(shown.count(), 1);
        QVERIFY(m_widget->model()->filterText().isEmpty());
        QCOMPARE(m_widget->model()->rowCount(), 3);
    }

    void aFileTheLookupsCannotReadIsFilteredOnTheTreesConnection()
    {
        m_widget->setLookupFile(m_db.folder() + QStringLiteral("/no-such-folder/gone.sqlite"));
        QSignalSpy shown(m_widget.get(), &NavigatorWidget::filterShown);
        auto *filter = m_widget->findChild<QLineEdit *>(QStringLiteral("navigatorFilter"));
        filter->setText(QStringLiteral("머크"));
        QVERIFY(shown.wait());
        QCOMPARE(m_widget->model()->filterText(), QStringLiteral("머크"));
        QVERIFY(m_widget->model()->indexOfKey(merckLine).isValid());
        QVERIFY(filter->toolTip().isEmpty());
    }

    void theLookupsLetGoOfTheirFile()
    {
        // A backup is restored by replacing the file, which needs the only connection to it.
        m_widget->setLookupFile(m_db.database().path());
        QSignalSpy shown(m_widget.get(), &NavigatorWidget::filterShown);
        m_widget->findChild<QLineEdit *>(QStringLiteral("navigatorFilter"))->setText(QStringLiteral("머크"));
        QVERIFY(shown.wait());
        const auto journal = [this](const char *mode) {
            try {
                return SqlQuery::scalar(m_db.connection(), QStringLiteral("PRAGMA journal_mode = %1").arg(mode))
                    .toString();
            } catch (const StoreError &) {
                return QStringLiteral("refused");
            }
        };
        QCOMPARE(journal("DELETE"), QStringLiteral("refused"));
        m_widget->setLookupFile(QString());
        QCOMPARE(m_widget->lookupFile(), QString());
        QCOMPARE(journal("DELETE"), QStringLiteral("delete"));
        QCOMPARE(journal("WAL"), QStringLiteral("wal"));
    }

private:
    BuiltinDatabase m_db;
    std::unique_ptr<NavigatorWidget> m_widget;
};

QTEST_MAIN(TestNavigatorWidget)
#include "TestNavigatorWidget.moc"
