// The PDF report: finding the city, and what the PDF holds in each language (golden facts from the
// built-in dataset, read back with poppler-utils), through the writer and through innoatlas-cli.

#include "charts/DatasetSnapshot.h"
#include "charts/InvestmentChartBuilder.h"
#include "charts/PdfInspector.h"
#include "charts/TimelineBuilder.h"
#include "common/BackgroundReads.h"
#include "common/CliRun.h"
#include "common/ContentFormat.h"
#include "common/HeldPool.h"
#include "i18n/Translations.h"
#include "report/ReportDialog.h"
#include "report/ReportHtml.h"
#include "report/ReportWriter.h"
#include "store/Database.h"
#include "store/DatasetStore.h"
#include "store/UserDatabase.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;

namespace {
/** pdftotext breaks lines where the layout does: compare without any white space. */
QString squeezed(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

const Plan *planByKey(const Dataset &dataset, const QString &key)
{
    for (const Plan &plan : dataset.plans) {
        if (plan.key == key)
            return &plan;
    }
    return nullptr;
}

const Quote *quoteByKey(const Dataset &dataset, const QString &key)
{
    for (const Source &source : dataset.sources) {
        for (const Quote &quote : source.quotes) {
            if (quote.key == key)
                return &quote;
        }
    }
    return nullptr;
}
} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(UserDatabase::open(m_database, m_dir.filePath(QStringLiteral("builtin.sqlite"))),
                 qPrintable(m_database.errorString()));
        m_dataset = DatasetSnapshot::load(m_database);
        QVERIFY(!m_dataset->plans.isEmpty());
        Translations::install(QStringLiteral("en"));
    }

    void findsTheCity_data()
    {
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("region");
        QTest::newRow("key") << "region.daejeon"
                             << "region.daejeon";
        QTest::newRow("code") << "3000000000"
                              << "region.daejeon";
        QTest::newRow("Korean name") << "대전광역시"
                                     << "region.daejeon";
        QTest::newRow("part of the Korean name") << "대전"
                                                 << "region.daejeon";
        QTest::newRow("English name, any case") << "busan metropolitan city"
                                                << "region.busan";
        QTest::newRow("part of the English name") << "Gwangju"
                                                  << "region.gwangju";
    }

    void findsTheCity()
    {
        QFETCH(QString, city);
        QFETCH(QString, region);
        ReportSubject subject;
        QString error;
        QVERIFY2(ReportSubject::resolve(*m_dataset, city, QString(), &subject, &error), qPrintable(error));
        QCOMPARE(subject.regionKey, region);
        QVERIFY(subject.planKey.isEmpty());
    }

    void namesTheCandidates_data()
    {
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("plan");
        QTest::newRow("ambiguous") << "광역시" << QString();
        QTest::newRow("unknown") << "Atlantis" << QString();
        QTest::newRow("unknown plan") << "대전"
                                      << "Mars colony";
    }

    void namesTheCandidates()
    {
        QFETCH(QString, city);
        QFETCH(QString, plan);
        ReportSubject subject;
        QString error;
        QVERIFY(!ReportSubject::resolve(*m_dataset, city, plan, &subject, &error));
        QVERIFY2(error.contains(plan.isEmpty() ? city : plan), qPrintable(error));
        // The candidates are listed: cities with their names in both languages and their codes, plans
        // with their keys and titles.
        if (plan.isEmpty()) {
            QVERIFY2(error.contains(QStringLiteral("대전광역시 / Daejeon Metropolitan City (3000000000)")),
                     qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("Busan Metropolitan City (2600000000)")), qPrintable(error));
        } else {
            QVERIFY2(error.contains(QStringLiteral("plan.daejeon-space-2023: 대전 우주산업")), qPrintable(error));
        }
    }

    void findsAPlanByTitle()
    {
        ReportSubject subject;
        QString error;
        QVERIFY2(
            ReportSubject::resolve(*m_dataset, QStringLiteral("Daejeon"), QStringLiteral("우주산업"), &subject, &error),
            qPrintable(error));
        QCOMPARE(subject.regionKey, QStringLiteral("region.daejeon"));
        const Plan *plan = planByKey(*m_dataset, subject.planKey);
        QVERIFY(plan);
        QVERIFY(plan->title.ko.contains(QStringLiteral("우주산업")));
    }

    void pdfHoldsTheCityInTheLanguagesAsked_data()
    {
        QTest::addColumn<QString>("languages");
        QTest::addColumn<bool>("korean");
        QTest::addColumn<bool>("english");
        QTest::newRow("ko") << "ko" << true << false;
        QTest::newRow("en") << "en" << false << true;
        QTest::newRow("both") << "both" << true << true;
    }

    void pdfHoldsTheCityInTheLanguagesAsked()
    {
        QFETCH(QString, languages);
        QFETCH(bool, korean);
        QFETCH(bool, english);
        if (!PdfInspector::hasPoppler())
            QSKIP("pdftotext (poppler-utils) is not installed");
        ReportWriter::Languages which;
        QVERIFY(ReportWriter::parseLanguages(languages, &which));
        const QString file = m_dir.filePath(QStringLiteral("daejeon-%1.pdf").arg(languages));
        ReportWriter writer(*m_dataset, {QStringLiteral("region.daejeon"), QString()},
                            {QDate(2026, 11, 22), QStringLiteral("test dataset 7")});
        QString error;
        QVERIFY2(writer.write(file, which, &error), qPrintable(error));
        QCOMPARE(Translations::current(), QStringLiteral("en")); // the interface language is given back

        const PdfInspector pdf(file);
        QCOMPARE(pdf.pages(), writer.pageCount());
        QVERIFY(pdf.pages() >= 5);
        QVERIFY2(pdf.embeds(QStringLiteral("NotoSansCJK")), qPrintable(pdf.fonts()));
        const QStringList fontLines = pdf.fonts().split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fontLines.isEmpty());
        for (const QString &line : fontLines) {
            // name type [type] encoding emb sub uni object ID: every font is embedded
            const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 6 && columns.at(columns.size() - 5) == u"yes", qPrintable(line));
        }
        const QString text = squeezed(pdf.text());
        QVERIFY(text.contains(squeezed(QStringLiteral("test dataset 7"))));
        QVERIFY(text.contains(QStringLiteral("2/%1").arg(writer.pageCount()))); // page numbers

        int plans = 0;
        for (const Plan &plan : m_dataset->plans) {
            if (plan.regionKey != QLatin1String("region.daejeon"))
                continue;
            ++plans;
            // Only what is there: quotes are verbatim, in the language of their source, in every part.
            if (korean)
                QVERIFY2(text.contains(squeezed(plan.title.ko)), qPrintable(plan.title.ko));
            if (english)
                QVERIFY2(text.contains(squeezed(plan.title.en)), qPrintable(plan.title.en));
            if (plan.headlineBudget) {
                const qint64 won = plan.headlineBudget->won;
                if (korean)
                    QVERIFY(text.contains(squeezed(ContentFormat::money(won, Language::Korean))));
                if (english)
                    QVERIFY(text.contains(squeezed(ContentFormat::money(won, Language::English))));
                // The quote the budget comes from, verbatim (its start: a long quote may cross a page).
                const Quote *quote = quoteByKey(*m_dataset, plan.headlineBudget->citation.quoteKeys.value(0));
                QVERIFY(quote);
                QVERIFY2(text.contains(squeezed(quote->text).left(24)), qPrintable(quote->text));
            }
            for (const BudgetLine &line : plan.budgetLines) {
                if (english && !line.label.en.isEmpty())
                    QVERIFY2(text.contains(squeezed(line.label.en).left(16)), qPrintable(line.label.en));
            }
        }
        QCOMPARE(plans, 4);
        // The title page is in the languages asked, and only in them.
        QCOMPARE(text.contains(QStringLiteral("2026년11월22일")), korean);
        QCOMPARE(text.contains(QStringLiteral("22Nov2026")), english);
        // Busan's plans are not Daejeon's.
        QVERIFY(!text.contains(QStringLiteral("부산디지털")));
    }

    void aCitysReportReadsThatCityAlone_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("language");
        for (const char *region : {"region.daejeon", "region.gwangju", "region.busan"}) {
            QTest::addRow("%s, Korean", region) << QString::fromLatin1(region) << int(Language::Korean);
            QTest::addRow("%s, English", region) << QString::fromLatin1(region) << int(Language::English);
        }
    }

    void aCitysReportReadsThatCityAlone()
    {
        // The dialog and the command line read the city's own data (DatasetStore::loadRegion()), not the whole
        // dataset: the report says the same.
        QFETCH(QString, region);
        QFETCH(int, language);
        const Dataset city = DatasetStore(m_database.connection()).loadRegion(region);
        QVERIFY(city.plans.size() == m_dataset->plans.size());
        const ReportSubject subject{region, QString()};
        ReportHtml::Info info;
        info.date = QDate(2026, 11, 24);
        info.datasetVersion = QStringLiteral("test");
        const QString body = ReportHtml::body(*m_dataset, subject, Language(language));
        QVERIFY(body.size() > 1000);
        QCOMPARE(ReportHtml::body(city, subject, Language(language)), body);
        QCOMPARE(ReportHtml::titlePage(city, subject, Language(language), info),
                 ReportHtml::titlePage(*m_dataset, subject, Language(language), info));

        InvestmentRequest chart;
        chart.dimension = ChartDimension::Plan;
        chart.breakdown = ChartBreakdown::Kind;
        chart.cityKeys = {region};
        const ChartSpec whole = InvestmentChartBuilder(*m_dataset).build(chart, Language(language));
        QVERIFY(whole.total() > 0);
        QCOMPARE(InvestmentChartBuilder(city).build(chart, Language(language)).total(), whole.total());
        TimelineRequest timeline;
        timeline.lanes = TimelineRequest::Lanes::Plans;
        timeline.cityKeys = {region};
        const TimelineData lanes = TimelineBuilder(*m_dataset).build(timeline, Language(language));
        QVERIFY(!lanes.items.isEmpty());
        QCOMPARE(TimelineBuilder(city).build(timeline, Language(language)).items.size(), lanes.items.size());
    }

    void dialogWritesTheSelectedPlan()
    {
        if (!PdfInspector::hasPoppler())
            QSKIP("pdftotext (poppler-utils) is not installed");
        // A task of the plan is selected: the report is about its plan, or its whole city.
        const Plan *space = planByKey(*m_dataset, QStringLiteral("plan.daejeon-space-2023"));
        QVERIFY(space && !space->elements.isEmpty());
        ReportDialog dialog(m_database, space->elements.constFirst().key);
        QVERIFY(dialog.hasSubject());
        QCOMPARE(dialog.subject().planKey, space->key);
        const QString file = m_dir.filePath(QStringLiteral("dialog.pdf"));
        dialog.setFileName(file);
        dialog.setLanguages(ReportWriter::Languages::English);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QString text = squeezed(PdfInspector(file).text());
        QVERIFY(text.contains(squeezed(space->title.en)));
        const Plan *smart = planByKey(*m_dataset, QStringLiteral("plan.daejeon-smart"));
        QVERIFY(smart);
        QVERIFY(!text.contains(squeezed(smart->title.en)));

        dialog.setWholeCity(true);
        QVERIFY(dialog.subject().planKey.isEmpty());
        QCOMPARE(dialog.subject().regionKey, QStringLiteral("region.daejeon"));
    }

    void dialogIsShownWhileTheCityIsRead()
    {
        // At national scale reading a city takes a second: the dialog reads it on the window's background pool, and
        // is shown, its choices waiting, until the city has come. Every thread of the pool is held here.
        const auto waitForThePool = qScopeGuard([] { BackgroundReads::pool()->waitForDone(); });
        test::HeldPool held(BackgroundReads::pool());

        ReportDialog dialog(m_database, QStringLiteral("plan.daejeon-space-2023"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *city = dialog.findChild<QRadioButton *>(QStringLiteral("reportWholeCity"));
        auto *plan = dialog.findChild<QRadioButton *>(QStringLiteral("reportPlanOnly"));
        QVERIFY(ok && city && plan);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!city->isEnabled());
        QVERIFY(!plan->isEnabled());

        held.release();
        QTRY_VERIFY(ok->isEnabled());
        QVERIFY(city->isEnabled() && plan->isEnabled());
        QVERIFY(plan->isChecked());
        const Plan *space = planByKey(*m_dataset, QStringLiteral("plan.daejeon-space-2023"));
        QVERIFY(space);
        QVERIFY2(plan->text().contains(space->title.en), qPrintable(plan->text()));
        QVERIFY2(city->text().contains(QStringLiteral("Daejeon")), qPrintable(city->text()));
        QCOMPARE(dialog.subject().planKey, space->key);
    }

    void dialogWithoutSelectionSaysSo()
    {
        ReportDialog dialog(m_database, QString());
        QVERIFY(!dialog.hasSubject());
    }

    void unwritableFileIsNamed()
    {
        const QString file = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
        ReportWriter writer(*m_dataset, {QStringLiteral("region.busan"), QString()}, {QDate(2026, 1, 1), QString()});
        QString error;
        QVERIFY(!writer.write(file, ReportWriter::Languages::English, &error));
        QVERIFY2(error.contains(file), qPrintable(error));
        QVERIFY(!QFile::exists(file));
    }

    void cliWritesTheReport()
    {
        const QString file = m_dir.filePath(QStringLiteral("cli-busan.pdf"));
        const test::CliRun run = test::runCli(
            {QStringLiteral("--database"), m_database.path(), QStringLiteral("report"), QStringLiteral("--city"),
             QStringLiteral("2600000000"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-o"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(file));
        if (!PdfInspector::hasPoppler())
            return;
        const QString text = squeezed(PdfInspector(file).text());
        QVERIFY(text.contains(squeezed(QStringLiteral("Busan Digital Economy Innovation Strategy 2030"))));
        QVERIFY(!text.contains(QStringLiteral("부산광역시디지털")));
    }

    void cliRefusesWhatItCannotDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("ambiguous city") << QStringList{"--city", "광역시", "--lang", "ko", "-o", "x.pdf"}
                                        << "부산광역시 / Busan Metropolitan City (2600000000)";
        QTest::newRow("no city") << QStringList{"--lang", "ko", "-o", "x.pdf"} << "--city";
        QTest::newRow("bad language") << QStringList{"--city", "대전", "--lang", "fr", "-o", "x.pdf"} << "fr";
        QTest::newRow("not a PDF") << QStringList{"--city", "대전", "-o", "x.png"} << "-o FILE.pdf";
    }

    void cliRefusesWhatItCannotDo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const test::CliRun run = test::runCli(
            QStringList{QStringLiteral("--database"), m_database.path(), QStringLiteral("report")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(QStringLiteral("x.pdf")));
    }

private:
    QTemporaryDir m_dir;
    Database m_database;
    std::shared_ptr<const Dataset> m_dataset;
};

QTEST_MAIN(TestReport)
#include "TestReport.moc"
