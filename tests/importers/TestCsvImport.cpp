#include "ImportTestSupport.h"
#include "importers/CsvImporter.h"
#include "importers/ImportWriter.h"
#include "store/StoreError.h"

#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;

namespace {
const Region *regionByCode(const Dataset &dataset, const QString &code)
{
    for (const Region &region : dataset.regions) {
        if (region.code == code)
            return &region;
    }
    return nullptr;
}

const Region *regionByKey(const Dataset &dataset, const QString &key)
{
    for (const Region &region : dataset.regions) {
        if (region.key == key)
            return &region;
    }
    return nullptr;
}

ImportMapping builtin(const QString &name)
{
    ImportMapping mapping;
    if (!ImportMapping::builtin(name, &mapping))
        qFatal("no built-in mapping %s", qPrintable(name));
    return mapping;
}

QString sample(const QString &dir)
{
    return QStringLiteral(INNOATLAS_TEST_DATA_DIR "/importers/%1/input.csv").arg(dir);
}
} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        QFile::remove(m_path);
    }

    void legalDongGivesTheSeventeenGovernments()
    {
        const QString file = testing::realData(QStringLiteral("legal-dong-code-cp949/legal_dong_codes_cp949.csv"));
        if (file.isEmpty())
            QSKIP("../shared/realdata/legal-dong-code-cp949 is not there");
        Database database;
        QVERIFY(testing::createDatabase(database, m_path, false));
        const ImportReport report = CsvImporter(database.connection(), builtin(QStringLiteral("legal-dong"))).run(file);
        QVERIFY2(report.written, qPrintable(report.fatalError));
        QCOMPARE(report.encoding, TextEncoding::Cp949);
        QCOMPARE(report.rowsRead, qint64(46180));
        QCOMPARE(report.imported, qint64(17));
        QCOMPARE(report.rejectedCount, qint64(0));

        const Dataset dataset = DatasetStore(database.connection()).load();
        QCOMPARE(dataset.regions.size(), 17);
        const struct
        {
            const char16_t *ko;
            const char *code;
            const char *en;
            const char *level;
        } expected[] = {
            {u"서울특별시", "1100000000", "Seoul Metropolitan City", "special-city"},
            {u"부산광역시", "2600000000", "Busan Metropolitan City", "metropolitan-city"},
            {u"세종특별자치시", "3611000000", "Sejong Special Self-Governing City", "special-self-governing-city"},
            {u"경기도", "4100000000", "Gyeonggi-do", "province"},
            {u"제주특별자치도", "5000000000", "Jeju Special Self-Governing Province",
             "special-self-governing-province"},
        };
        for (const auto &e : expected) {
            const Region *region = regionByCode(dataset, QLatin1String(e.code));
            QVERIFY2(region, e.code);
            QCOMPARE(region->name.ko, QString::fromUtf16(e.ko));
            QCOMPARE(region->name.en, QLatin1String(e.en));
            QCOMPARE(region->name.enStatus, ReviewStatus::Draft);
            QCOMPARE(region->level, QLatin1String(e.level));
        }
        QStringList names;
        for (const Region &region : dataset.regions) {
            QCOMPARE(region.code.size(), 10);
            QVERIFY(!region.name.ko.contains(QChar(0xFFFD)));
            names << region.name.ko;
        }
        names.removeDuplicates();
        QCOMPARE(names.size(), 17);
        QVERIFY(!names.contains(QStringLiteral("부산직할시"))); // abolished
        QVERIFY(!names.contains(QStringLiteral("제주도")));     // abolished
    }

    void legalDongAllLevelsLinksParents()
    {
        const QString file = testing::realData(QStringLiteral("legal-dong-code-cp949/legal_dong_codes_cp949.csv"));
        if (file.isEmpty())
            QSKIP("../shared/realdata/legal-dong-code-cp949 is not there");
        Database database;
        QVERIFY(testing::createDatabase(database, m_path, true));
        ImportMapping mapping = builtin(QStringLiteral("legal-dong"));
        mapping.levels = ImportMapping::RegionLevels::All;
        const ImportReport report = CsvImporter(database.connection(), mapping).run(file);
        QVERIFY2(report.written, qPrintable(report.fatalError));
        // The built-in Daejeon, Gwangju and Busan are the same regions: found by code, not duplicated.
        QCOMPARE(report.unchanged, qint64(3));
        QCOMPARE(report.imported, qint64(14 + 260));

        const Dataset dataset = DatasetStore(database.connection()).load();
        const Region *jangan = regionByCode(dataset, QStringLiteral("4111100000"));
        QVERIFY(jangan);
        QCOMPARE(jangan->name.ko, QStringLiteral("장안구"));
        QCOMPARE(jangan->level, QStringLiteral("district"));
        QCOMPARE(jangan->name.enStatus, ReviewStatus::Missing);
        const Region *suwon = regionByKey(dataset, jangan->parentKey);
        QVERIFY(suwon);
        QCOMPARE(suwon->code, QStringLiteral("4111000000"));
        QCOMPARE(suwon->level, QStringLiteral("city"));
        QCOMPARE(regionByKey(dataset, suwon->parentKey)->name.ko, QStringLiteral("경기도"));
        const Region *yuseong = regionByCode(dataset, QStringLiteral("3020000000"));
        QVERIFY(yuseong);
        QCOMPARE(yuseong->name.ko, QStringLiteral("유성구"));
        QCOMPARE(yuseong->parentKey, QStringLiteral("region.daejeon"));
        QVERIFY(report.notes.join(u' ').contains(QStringLiteral("260 region")));
    }

    void kosisGivesSixteenPopulations()
    {
        const QString file = testing::realData(QStringLiteral("kosis-census-2010-population/provinces_cp949.csv"));
        if (file.isEmpty())
            QSKIP("../shared/realdata/kosis-census-2010-population is not there");
        Database database;
        QVERIFY(testing::createDatabase(database, m_path, false));
        const ImportReport report =
            CsvImporter(database.connection(), builtin(QStringLiteral("kosis-population"))).run(file);
        QVERIFY2(report.written, qPrintable(report.fatalError));
        QCOMPARE(report.imported, qint64(16));
        QCOMPARE(report.headerLine, qint64(3));

        const Dataset dataset = DatasetStore(database.connection()).load();
        QCOMPARE(dataset.regions.size(), 16);
        QVERIFY(!regionByCode(dataset, QStringLiteral("3611000000"))); // 2010 predates 세종
        const struct
        {
            const char *code;
            qint64 value;
        } expected[] = {{"2600000000", 3393191}, {"3000000000", 1490158}, {"5000000000", 528411}};
        for (const auto &e : expected) {
            const Region *region = regionByCode(dataset, QLatin1String(e.code));
            QVERIFY2(region, e.code);
            QCOMPARE(region->population.size(), 1);
            QCOMPARE(region->population.constFirst().year, 2010);
            QCOMPARE(region->population.constFirst().value, e.value);
        }
        // Every figure quotes its row verbatim, in a source that says where it came from.
        QCOMPARE(dataset.sources.size(), 1);
        const Source &source = dataset.sources.constFirst();
        QCOMPARE(source.kind, QStringLiteral("statistics"));
        QVERIFY(source.publisher.ko.contains(QStringLiteral("KOSIS")));
        QCOMPARE(source.quotes.size(), 16);
        const Region *busan = regionByCode(dataset, QStringLiteral("2600000000"));
        const QString quoteKey = busan->population.constFirst().citation.quoteKeys.constFirst();
        for (const Quote &quote : source.quotes) {
            if (quote.key == quoteKey)
                QCOMPARE(quote.text,
                         QStringLiteral("'21,\"부산광역시\",'00,\"계\",2010,3393191,1664678,1728513,96.30"));
        }
    }

    void kosisOntoLegalDongAddsNoRegions()
    {
        const QString codes = testing::realData(QStringLiteral("legal-dong-code-cp949/legal_dong_codes_cp949.csv"));
        const QString kosis = testing::realData(QStringLiteral("kosis-census-2010-population/provinces_cp949.csv"));
        if (codes.isEmpty() || kosis.isEmpty())
            QSKIP("../shared/realdata is not there");
        Database database;
        QVERIFY(testing::createDatabase(database, m_path, false));
        QVERIFY(CsvImporter(database.connection(), builtin(QStringLiteral("legal-dong"))).run(codes).written);
        const ImportReport report =
            CsvImporter(database.connection(), builtin(QStringLiteral("kosis-population"))).run(kosis);
        QVERIFY(report.written);
        QCOMPARE(report.imported, qint64(16));
        QVERIFY(report.notes.isEmpty());
        const Dataset dataset = DatasetStore(database.connection()).load();
        QCOMPARE(dataset.regions.size(), 17);
        QCOMPARE(regionByCode(dataset, QStringLiteral("5000000000"))->population.constFirst().value, qint64(528411));
        QVERIFY(regionByCode(dataset, QStringLiteral("3611000000"))->population.isEmpty());
    }

    void importingTwiceChangesNothing_data()
    {
        QTest::addColumn<QString>("mapping");
        QTest::addColumn<QString>("file");
        QTest::newRow("regions") << QStringLiteral("legal-dong") << sample(QStringLiteral("import-legal-dong-sample"));
        QTest::newRow("population") << QStringLiteral("kosis-population")
                                    << sample(QStringLiteral("import-kosis-sample"));
    }

    void importingTwiceChangesNothing()
    {
        QFETCH(QString, mapping);
        QFETCH(QString, file);
        Database database;
        QVERIFY(testing::createDatabase(database, m_path, true));
        QVERIFY(CsvImporter(database.connection(), builtin(mapping)).run(file).written);
        const QByteArray once = testing::snapshot(database);
        const ImportReport again = CsvImporter(database.connection(), builtin(mapping)).run(file);
        QVERIFY(again.written);
        QCOMPARE(again.imported, qint64(0));
        QCOMPARE(again.updated, qint64(0));
        QVERIFY(again.unchanged > 0);
        QCOMPARE(testing::snapshot(database), once);
    }

    void existingRegionsAreUpdatedOrSkipped_data()
    {
        QTest::addColumn<bool>("skip");
        QTest::newRow("update") << false;
        QTest::newRow("skip") << true;
    }

    void existingRegionsAreUpdatedOrSkipped()
    {
        QFETCH(bool, skip);
        Database database;
        QVERIFY(testing::createDatabase(database, m_path, false));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("codes.csv"));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("법정동코드,법정동명,폐지여부\n1100000000,서울시청,존재\n2600000000,부산광역시,존재\n");
        csv.close();
        ImportMapping mapping = builtin(QStringLiteral("legal-dong"));
        QVERIFY(CsvImporter(database.connection(), mapping).run(file).written);

        // The official name, corrected in a second version of the file.
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("법정동코드,법정동명,폐지여부\n1100000000,서울특별시,존재\n2600000000,부산광역시,존재\n");
        csv.close();
        mapping.existing = skip ? ImportMapping::Existing::Skip : ImportMapping::Existing::Update;
        const ImportReport report = CsvImporter(database.connection(), mapping).run(file);
        QVERIFY(report.written);
        QCOMPARE(report.unchanged, qint64(1));
        QCOMPARE(report.updated, qint64(skip ? 0 : 1));
        QCOMPARE(report.skipped, qint64(skip ? 1 : 0));
        const Dataset dataset = DatasetStore(database.connection()).load();
        QCOMPARE(dataset.regions.size(), 2);
        QCOMPARE(regionByCode(dataset, QStringLiteral("1100000000"))->name.ko,
                 skip ? QStringLiteral("서울시청") : QStringLiteral("서울특별시"));
        const QVariant version = SqlQuery::scalar(
            database.connection(), QStringLiteral("SELECT row_version FROM entity WHERE key = 'region.seoul'"));
        QCOMPARE(version.toInt(), skip ? 1 : 2);
    }

    void budgetTotalsAreExactInEitherEncoding_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::newRow("utf-8") << sample(QStringLiteral("import-budget-utf8")) << TextEncoding::Utf8;
        QTest::newRow("cp949") << sample(QStringLiteral("import-budget-cp949")) << TextEncoding::Cp949;
    }

    void budgetTotalsAreExactInEitherEncoding()
    {
        QFETCH(QString, file);
        QFETCH(TextEncoding, encoding);
        Database database;
        QVERIFY(testing::createDatabase(database, m_path, true));
        const int plansBefore = int(DatasetStore(database.connection()).load().plans.size());
        const ImportReport report =
            CsvImporter(database.connection(), builtin(QStringLiteral("fiscal-budget"))).run(file);
        QVERIFY2(report.written, qPrintable(report.fatalError));
        QCOMPARE(report.encoding, encoding);
        QCOMPARE(report.headerLine, qint64(4));
        QCOMPARE(report.totalWon, qint64(544680500000));

        const Dataset dataset = DatasetStore(database.connection()).load();
        QCOMPARE(dataset.plans.size(), plansBefore + 1);
        const Plan &plan = dataset.plans.constLast();
        QCOMPARE(plan.regionKey, QStringLiteral("region.korea"));
        QCOMPARE(plan.title.ko, QStringLiteral("중앙정부 세출예산 (국회확정) (2024)"));
        QCOMPARE(plan.budgetLines.size(), 11);
        qint64 total = 0;
        for (const BudgetLine &line : plan.budgetLines) {
            total += line.amount.won;
            QCOMPARE(line.fromYear, std::optional<int>(2024));
            QCOMPARE(line.kind, QStringLiteral("secured"));
            QCOMPARE(line.amount.citation.quoteKeys.size(), 1);
        }
        QCOMPARE(total, qint64(544680500000));
        QCOMPARE(plan.budgetLines.at(2).amount.won, qint64(93500500000)); // 93,500,500 천원

        // Ministry → programme → unit business → detail business; repeated names share an element.
        QCOMPARE(plan.elements.size(), 5);
        const Element &science = plan.elements.constFirst();
        QCOMPARE(science.name.ko, QStringLiteral("과학기술정보통신부"));
        QCOMPARE(science.kind, QStringLiteral("area"));
        QCOMPARE(science.children.size(), 2);
        QCOMPARE(science.children.constFirst().children.size(), 2);
        QCOMPARE(science.children.constFirst().children.at(1).children.size(), 2);
        QCOMPARE(science.children.constFirst().children.at(1).children.at(1).kind, QStringLiteral("project"));
        const Element &industry = plan.elements.at(1);
        QCOMPARE(industry.children.constFirst().children.constFirst().children.size(), 1); // two lines, one business
        QCOMPARE(plan.budgetLines.at(4).elementKey, plan.budgetLines.at(5).elementKey);
        QCOMPARE(plan.budgetLines.at(7).label.ko, QStringLiteral("지역활력타운 조성")); // leading spaces trimmed
        QCOMPARE(plan.budgetLines.at(10).label.ko, QStringLiteral("뚱뚱한 데이터 허브(똠방각하 시범)"));
    }

    void aHeaderWithoutRowsImportsNothing_data()
    {
        QTest::addColumn<QString>("mapping");
        QTest::addColumn<QString>("file");
        QTest::newRow("regions") << QStringLiteral("legal-dong") << sample(QStringLiteral("import-legal-dong-sample"));
        QTest::newRow("population") << QStringLiteral("kosis-population")
                                    << sample(QStringLiteral("import-kosis-sample"));
        QTest::newRow("budget") << QStringLiteral("fiscal-budget") << sample(QStringLiteral("import-budget-cp949"));
    }

    void aHeaderWithoutRowsImportsNothing()
    {
        QFETCH(QString, mapping);
        QFETCH(QString, file);
        Database database;
        QVERIFY(testing::createDatabase(database, m_path, true));
        // The same file cut after its header line (and the title lines before it), bytes as they are.
        const qint64 headerLine = CsvImporter(database.connection(), builtin(mapping)).check(file).headerLine;
        QVERIFY(headerLine > 0);
        QFile full(file);
        QVERIFY(full.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = full.readAll().split('\n');
        const QString cut = m_dir.filePath(QStringLiteral("header-only-%1.csv").arg(QTest::currentDataTag()));
        QFile header(cut);
        QVERIFY(header.open(QIODevice::WriteOnly));
        header.write(lines.mid(0, int(headerLine)).join('\n') + '\n');
        header.close();

        const QByteArray before = testing::snapshot(database);
        const ImportReport report = CsvImporter(database.connection(), builtin(mapping)).run(cut);
        QVERIFY(!report.written);
        QVERIFY2(report.fatalError.contains(QStringLiteral("no rows")), qPrintable(report.fatalError));
        QVERIFY(report.fatalError.contains(QString::number(headerLine)));
        QCOMPARE(testing::snapshot(database), before);
    }

    void aRejectedLastRowWritesNothing()
    {
        Database database;
        QVERIFY(testing::createDatabase(database, m_path, true));
        const QByteArray before = testing::snapshot(database);
        const ImportReport report = CsvImporter(database.connection(), builtin(QStringLiteral("fiscal-budget")))
                                        .run(sample(QStringLiteral("import-budget-rejected")));
        QVERIFY(!report.written);
        QCOMPARE(report.rejectedCount, qint64(6));
        // Every bad row is reported, the last one too, with its line, column and field.
        const RejectedRow &last = report.rejected.constLast();
        QCOMPARE(last.line, qint64(23));
        QCOMPARE(last.column, 0);
        const RejectedRow &amount = report.rejected.constFirst();
        QCOMPARE(amount.line, qint64(18));
        QCOMPARE(amount.column, 10);
        QCOMPARE(amount.field, QStringLiteral("국회확정(천원)"));
        QVERIFY(amount.reason.contains(QStringLiteral("thousands separator")));
        QCOMPARE(testing::snapshot(database), before);
    }

    void aFailureWhileWritingRollsEverythingBack()
    {
        Database database;
        QVERIFY(testing::createDatabase(database, m_path, true));
        const QByteArray before = testing::snapshot(database);
        ImportBatch batch;
        Region region;
        region.key = QStringLiteral("region.test");
        region.code = QStringLiteral("1100000000");
        region.level = QStringLiteral("special-city");
        region.name = LocalizedText::draft(QStringLiteral("서울특별시"), QString());
        batch.dataset.regions.append(region);
        RegionUpdate update;
        update.id = SqlQuery::scalar(database.connection(),
                                     QStringLiteral("SELECT id FROM entity WHERE key = 'region.daejeon'"))
                        .toLongLong();
        update.key = QStringLiteral("region.daejeon");
        update.name = LocalizedText::draft(QStringLiteral("대전"), QString());
        batch.regionUpdates.append(update);
        RegionUpdate broken = update;
        broken.parentKey = QStringLiteral("region.nowhere"); // fails last, after everything else was written
        batch.regionUpdates.append(broken);
        QVERIFY_THROWS_EXCEPTION(StoreError, ImportWriter(database.connection()).write(batch));
        QCOMPARE(testing::snapshot(database), before);
    }

    void progressAndCancellation_data()
    {
        QTest::addColumn<bool>("useFlag");
        QTest::newRow("callback") << false;
        QTest::newRow("atomic flag") << true;
    }

    void progressAndCancellation()
    {
        QFETCH(bool, useFlag);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("codes.csv"));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("법정동코드,법정동명,폐지여부\n");
        for (int i = 0; i < 5000; ++i)
            csv.write(QStringLiteral("11%100000,서울특별시 어딘가 %2동,존재\n")
                          .arg(i % 999 + 1, 3, 10, QLatin1Char(u'0'))
                          .arg(i)
                          .toUtf8());
        csv.close();

        Database database;
        QVERIFY(testing::createDatabase(database, m_path, true));
        const QByteArray before = testing::snapshot(database);
        CsvImporter importer(database.connection(), builtin(QStringLiteral("legal-dong")));
        QVector<QPair<qint64, qint64>> calls;
        std::atomic<bool> cancel(false);
        importer.setCancelFlag(&cancel);
        importer.setProgress([&](qint64 done, qint64 total) {
            calls.append({done, total});
            if (calls.size() == 3) {
                if (useFlag)
                    cancel = true;
                else
                    return false;
            }
            return true;
        });
        const ImportReport report = importer.run(file);
        QVERIFY(report.cancelled);
        QVERIFY(!report.written);
        QCOMPARE(calls.size(), 3);
        for (int i = 0; i < calls.size(); ++i) {
            QCOMPARE(calls.at(i).second, qint64(5001));
            QVERIFY(i == 0 || calls.at(i).first > calls.at(i - 1).first);
        }
        QCOMPARE(testing::snapshot(database), before);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "TestCsvImport.moc"
