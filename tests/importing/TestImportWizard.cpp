// The import wizard offscreen: detection and preview, built-in and own mappings, the import on
// its worker thread, cancellation, the report of rejected rows, saved mappings.

#include "dataset/DatasetJsonWriter.h"
#include "importers/ImportMapping.h"
#include "importers/ImportReport.h"
#include "importing/ImportFilePage.h"
#include "importing/ImportJob.h"
#include "importing/ImportMappingPage.h"
#include "importing/ImportRunPage.h"
#include "importing/ImportWizard.h"
#include "importing/PreviewTableModel.h"
#include "importing/RejectedRowModel.h"
#include "search/SearchIndexer.h"
#include "store/Database.h"
#include "store/DatasetStore.h"
#include "store/SqlQuery.h"
#include "store/UserDatabase.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;

namespace {
/** The real data files beside the repository (or beside the folder of its working copies). */
QString realData(const QString &relativePath)
{
    QStringList roots = {QStringLiteral(INNOATLAS_SOURCE_DIR "/../shared/realdata"),
                         QStringLiteral(INNOATLAS_SOURCE_DIR "/../../shared/realdata")};
    if (qEnvironmentVariableIsSet("INNOATLAS_REALDATA_DIR"))
        roots.prepend(qEnvironmentVariable("INNOATLAS_REALDATA_DIR"));
    for (const QString &root : roots) {
        const QString path = QDir::cleanPath(root + u'/' + relativePath);
        if (QFile::exists(path))
            return path;
    }
    return QString();
}

const QString legalDong = QStringLiteral("legal-dong-code-cp949/legal_dong_codes_cp949.csv");
const QString kosis = QStringLiteral("kosis-census-2010-population/provinces_cp949.csv");

/** Everything the database holds, with row versions: equal snapshots mean nothing changed. */
QByteArray snapshot(const Database &database)
{
    const QByteArray content = DatasetJsonWriter::toBytes(DatasetStore(database.connection()).load());
    const QVariant versions = SqlQuery::scalar(
        database.connection(), QStringLiteral("SELECT count(*) || ':' || total(row_version) FROM entity"));
    return content + versions.toString().toUtf8();
}

bool waitForImport(ImportWizard &wizard)
{
    QSignalSpy done(wizard.runPage()->job(), &ImportJob::finished);
    return wizard.runPage()->isRunning() ? done.wait(120000) : true;
}
} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        QFile::remove(m_path);
    }

    void emptyDatabase()
    {
        // The schema only: what the wizard imports is all there is.
        Database database;
        QVERIFY(database.openOrCreate(m_path, [](Database &, QString *) { return true; }));
    }

    void legalDongThroughTheWizard()
    {
        const QString file = realData(legalDong);
        if (file.isEmpty())
            QSKIP("../shared/realdata/legal-dong-code-cp949 is not there");
        emptyDatabase();
        ImportWizard wizard(m_path);
        wizard.show();
        wizard.setFileName(file);
        QCOMPARE(wizard.preview().encoding, TextEncoding::Cp949);
        QVERIFY(wizard.preview().columns().contains(QStringLiteral("법정동코드")));
        QVERIFY(wizard.filePage()
                    ->findChild<QLabel *>(QStringLiteral("importDetectedLabel"))
                    ->text()
                    .contains(QStringLiteral("CP949")));
        QAbstractItemModelTester tester(wizard.filePage()->previewModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        PreviewTableModel *preview = wizard.filePage()->previewModel();
        QVERIFY(preview->rowCount() > 10);
        // The codes are text, all ten digits, and the names Hangul.
        QCOMPARE(preview->index(0, 0).data().toString(), QStringLiteral("1100000000"));
        QCOMPARE(preview->index(0, 1).data().toString(), QStringLiteral("서울특별시"));
        QVERIFY(wizard.filePage()->isComplete());

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        QVERIFY(wizard.mappingPage()->selectBuiltin(QStringLiteral("legal-dong")));
        QVERIFY2(wizard.mappingPage()->isComplete(), qPrintable(wizard.mappingPage()->problems().join(u'\n')));
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        auto *bar = wizard.runPage()->findChild<QProgressBar *>(QStringLiteral("importProgressBar"));
        auto *cancel = wizard.runPage()->findChild<QPushButton *>(QStringLiteral("importCancelButton"));
        QVERIFY(bar && cancel);
        // Once every row is read, the rest of the import has no count and no way back: the bar turns busy
        // and Cancel off (the page hears of the progress before this test does).
        bool finishing = false;
        connect(wizard.runPage()->job(), &ImportJob::progress, this, [&](qint64 done, qint64 total) {
            if (done >= total)
                finishing = bar->maximum() == 0 && !cancel->isEnabled();
        });
        wizard.next();
        QVERIFY(waitForImport(wizard));
        const ImportReport &report = wizard.runPage()->report();
        QVERIFY2(report.written, qPrintable(report.fatalError));
        QCOMPARE(report.imported, qint64(17));
        QCOMPARE(imported.count(), 1);
        QVERIFY(wizard.runPage()->isComplete());
        QVERIFY(finishing);
        QCOMPARE(bar->maximum(), 1000);
        QCOMPARE(bar->value(), 1000);

        Database database;
        QVERIFY(database.open(m_path));
        // The import indexed the regions' names for search before it committed.
        QVERIFY(!SearchIndexer(database.connection()).hasPending());
        const Dataset dataset = DatasetStore(database.connection()).load();
        QCOMPARE(dataset.regions.size(), 17);
        QStringList names;
        for (const Region &region : dataset.regions) {
            QCOMPARE(region.code.size(), 10);
            QVERIFY(!region.name.ko.contains(QChar(0xFFFD)));
            names << region.name.ko;
        }
        QVERIFY(names.contains(QStringLiteral("서울특별시")));
        QVERIFY(names.contains(QStringLiteral("대전광역시")));
        QVERIFY(names.contains(QStringLiteral("제주특별자치도")));
        QVERIFY(!names.contains(QStringLiteral("부산직할시"))); // abolished
    }

    void kosisThroughTheWizard()
    {
        const QString file = realData(kosis);
        if (file.isEmpty())
            QSKIP("../shared/realdata/kosis-census-2010-population is not there");
        emptyDatabase();
        ImportWizard wizard(m_path);
        wizard.show(); // QWizard initialises its pages only when shown
        wizard.setFileName(file);
        QCOMPARE(wizard.preview().encoding, TextEncoding::Cp949);
        QCOMPARE(wizard.preview().header.line, qint64(3)); // title lines skipped
        // Leading apostrophes of codes ('11) are part of the cell; the importer reads them.
        wizard.next();
        QVERIFY(wizard.mappingPage()->selectBuiltin(QStringLiteral("kosis-population")));
        QVERIFY2(wizard.mappingPage()->isComplete(), qPrintable(wizard.mappingPage()->problems().join(u'\n')));
        wizard.next();
        QVERIFY(waitForImport(wizard));
        QVERIFY2(wizard.runPage()->report().written, qPrintable(wizard.runPage()->report().fatalError));

        Database database;
        QVERIFY(database.open(m_path));
        const Dataset dataset = DatasetStore(database.connection()).load();
        QCOMPARE(dataset.regions.size(), 16);
        for (const Region &region : dataset.regions) {
            QCOMPARE(region.population.size(), 1);
            QCOMPARE(region.population.constFirst().year, 2010);
            if (region.code == QLatin1String("2600000000"))
                QCOMPARE(region.population.constFirst().value, qint64(3393191));
        }
    }

    void cancelLeavesTheDatabaseUnchanged()
    {
        const QString file = realData(legalDong);
        if (file.isEmpty())
            QSKIP("../shared/realdata/legal-dong-code-cp949 is not there");
        Database database;
        QVERIFY2(UserDatabase::open(database, m_path), qPrintable(database.errorString()));
        const QByteArray before = snapshot(database);

        ImportWizard wizard(m_path);
        wizard.show(); // QWizard initialises its pages only when shown
        wizard.setFileName(file);
        wizard.next();
        QVERIFY(wizard.mappingPage()->selectBuiltin(QStringLiteral("legal-dong")));
        wizard.next();
        QVERIFY(wizard.runPage()->isRunning());
        // The importer looks at the flag every thousand rows, long before the 46,180 rows are read.
        QTest::mouseClick(wizard.runPage()->findChild<QPushButton *>(QStringLiteral("importCancelButton")),
                          Qt::LeftButton);
        QVERIFY(waitForImport(wizard));
        QVERIFY(wizard.runPage()->report().cancelled);
        QVERIFY(!wizard.runPage()->report().written);
        QCOMPARE(snapshot(database), before);
    }

    void rejectedRowsAreListedAndSaved()
    {
        Database database;
        QVERIFY2(UserDatabase::open(database, m_path), qPrintable(database.errorString()));
        const QByteArray before = snapshot(database);
        const QString csv = m_dir.filePath(QStringLiteral("population.csv"));
        QFile out(csv);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("\xEF\xBB\xBF지역,인구,연도\n대전광역시,\"1,490,158\",2010\n부산광역시,삼백만,2010\n"
                  "광주광역시,1475745,2010\n");
        out.close();

        ImportWizard wizard(m_path);
        wizard.show(); // QWizard initialises its pages only when shown
        wizard.setFileName(csv);
        QCOMPARE(wizard.preview().encoding, TextEncoding::Utf8);
        QVERIFY(wizard.preview().byteOrderMark);
        wizard.next();
        ImportMappingPage *mapping = wizard.mappingPage();
        auto *choice = mapping->findChild<QComboBox *>(QStringLiteral("importMappingCombo"));
        choice->setCurrentIndex(choice->findData(QStringLiteral("custom")));
        auto *target = mapping->findChild<QComboBox *>(QStringLiteral("importTargetCombo"));
        target->setCurrentIndex(int(ImportMapping::Target::Population));
        QVERIFY(!mapping->isComplete());
        mapping->setColumn(QStringLiteral("region"), QStringLiteral("지역"));
        mapping->setColumn(QStringLiteral("value"), QStringLiteral("인구"));
        mapping->setColumn(QStringLiteral("year"), QStringLiteral("연도"));
        QVERIFY2(mapping->isComplete(), qPrintable(mapping->problems().join(u'\n')));
        wizard.next();
        QVERIFY(waitForImport(wizard));

        const ImportReport &report = wizard.runPage()->report();
        QVERIFY(!report.written);
        QCOMPARE(report.rejectedCount, qint64(1));
        RejectedRowModel *rejected = wizard.runPage()->rejectedModel();
        QAbstractItemModelTester tester(rejected, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(rejected->rowCount(), 1);
        QCOMPARE(rejected->index(0, RejectedRowModel::Line).data().toLongLong(), qint64(3));
        QCOMPARE(rejected->index(0, RejectedRowModel::ColumnNumber).data().toInt(), 2);
        QCOMPARE(rejected->index(0, RejectedRowModel::Field).data().toString(), QStringLiteral("인구"));
        QVERIFY(!rejected->index(0, RejectedRowModel::Reason).data().toString().isEmpty());
        QVERIFY(wizard.runPage()->summary().contains(u'1'));
        QCOMPARE(snapshot(database), before); // all or nothing

        const QString saved = m_dir.filePath(QStringLiteral("rejected.csv"));
        QVERIFY(wizard.runPage()->saveReport(saved));
        QFile in(saved);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(in.readAll());
        QVERIFY(text.contains(QStringLiteral("line,column,field,reason")));
        QVERIFY(text.contains(QStringLiteral(",3,2,인구,")));
    }

    void savedMappingReloads_data()
    {
        QTest::addColumn<QString>("builtin");
        QTest::newRow("legal-dong") << QStringLiteral("legal-dong");
        QTest::newRow("fiscal-budget") << QStringLiteral("fiscal-budget");
    }

    void savedMappingReloads()
    {
        QFETCH(QString, builtin);
        ImportMappingPage page;
        QVERIFY(page.selectBuiltin(builtin));
        auto *existing = page.findChild<QComboBox *>(QStringLiteral("importExistingCombo"));
        existing->setCurrentIndex(1); // skip what exists: a change of the user's
        const ImportMapping chosen = page.mapping();
        QCOMPARE(chosen.existing, ImportMapping::Existing::Skip);
        const QString file = m_dir.filePath(builtin + QStringLiteral("-mine.json"));
        QString error;
        QVERIFY2(page.saveMapping(file, &error), qPrintable(error));

        ImportMappingPage other;
        QVERIFY2(other.loadMapping(file, &error), qPrintable(error));
        QVERIFY(other.mapping() == chosen);
        QVERIFY(other.isComplete());
    }

    void brokenMappingFileIsNamed()
    {
        const QString file = m_dir.filePath(QStringLiteral("broken.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({"format": "innoatlas-import-mapping", "version": 1, "name": "x", "target": "moons"})");
        out.close();
        ImportMappingPage page;
        const ImportMapping before = page.mapping();
        QString error;
        QVERIFY(!page.loadMapping(file, &error));
        QVERIFY2(error.contains(QStringLiteral("broken.json")), qPrintable(error));
        QVERIFY(page.mapping() == before);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"
