// File > Import… in the main window: the wizard opens on Ctrl+I and the views show what it imported.

#include "common/ItemRoles.h"
#include "common/Settings.h"
#include "i18n/Translations.h"
#include "importing/ImportJob.h"
#include "importing/ImportMappingPage.h"
#include "importing/ImportRunPage.h"
#include "importing/ImportWizard.h"
#include "main/MainActions.h"
#include "main/MainWindow.h"
#include "navigator/NavigatorWidget.h"
#include "store/Database.h"
#include "store/UserDatabase.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;

namespace {
QStringList keys(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList list;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        list << index.data(KeyRole).toString() << keys(model, index);
    }
    return list;
}
} // namespace

class TestImportFromMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Translations::install(QStringLiteral("en"));
    }

    void importedBudgetAppearsInTheNavigator()
    {
        Database database;
        QVERIFY2(UserDatabase::open(database, m_dir.filePath(QStringLiteral("window.sqlite"))),
                 qPrintable(database.errorString()));
        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(database, settings, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList before = keys(window.navigator()->model());
        QVERIFY(!before.join(u' ').contains(QStringLiteral("plan.import.")));

        const QString csv = m_dir.filePath(QStringLiteral("budget.csv"));
        QFile out(csv);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("사업명,연도,금액(백만원)\n우주 클러스터,2024,\"97,300\"\n위성 개발,2025,500\n");
        out.close();

        QCOMPARE(window.actions()->importTable->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        window.actions()->importTable->trigger();
        auto *wizard = window.findChild<ImportWizard *>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        wizard->setFileName(csv);
        wizard->next();
        ImportMappingPage *mapping = wizard->mappingPage();
        auto *choice = mapping->findChild<QComboBox *>(QStringLiteral("importMappingCombo"));
        choice->setCurrentIndex(choice->findData(QStringLiteral("custom")));
        mapping->findChild<QComboBox *>(QStringLiteral("importTargetCombo"))->setCurrentIndex(2);
        mapping->setColumn(QStringLiteral("amount"), QStringLiteral("금액(백만원)"));
        mapping->setColumn(QStringLiteral("year"), QStringLiteral("연도"));
        mapping->setColumn(QStringLiteral("hierarchy1"), QStringLiteral("사업명"));
        auto *unit = mapping->findChild<QComboBox *>(QStringLiteral("importUnitCombo"));
        unit->setCurrentIndex(unit->findData(QStringLiteral("백만원")));
        QVERIFY2(mapping->isComplete(), qPrintable(mapping->problems().join(u'\n')));
        QSignalSpy reloaded(&window, &MainWindow::dataReloaded);
        QSignalSpy done(wizard->runPage()->job(), &ImportJob::finished);
        wizard->next();
        QVERIFY(done.wait(60000));
        QVERIFY2(wizard->runPage()->report().written, qPrintable(wizard->runPage()->summary()));
        // Exact to the won: 97,300 + 500 million won.
        QCOMPARE(wizard->runPage()->report().totalWon, qint64(97'800'000'000));
        QCOMPARE(reloaded.count(), 1);
        QVERIFY(keys(window.navigator()->model()).join(u' ').contains(QStringLiteral("plan.import.")));
        wizard->accept();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestImportFromMainWindow)
#include "TestImportFromMainWindow.moc"
