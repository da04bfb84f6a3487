#include "common/CliRun.h"
#include "review/Checks.h"
#include "review/ContentEditor.h"
#include "review/FindingDismissals.h"
#include "review/ReviewTestDatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace innoatlas;

namespace {
const FieldKey kPlanTitle{QStringLiteral("plan.test-space"), QStringLiteral("title")};

QVector<Finding> about(const QVector<Finding> &findings, const FieldKey &key, const char *checkId)
{
    QVector<Finding> result;
    for (const Finding &finding : findings) {
        if (finding.key == key && finding.checkId == QLatin1String(checkId))
            result << finding;
    }
    return result;
}
} // namespace

class TestFindingDismissals : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        m_db = std::make_unique<Database>();
        QVERIFY2(ReviewTestDatabase::openMinimal(*m_db, m_path), qPrintable(m_db->errorString()));
        // A number only the English has: an error of the number check.
        ContentEditor editor(m_db->connection(), QStringLiteral("kim"));
        QVERIFY(editor.setText(kPlanTitle, Language::English, QStringLiteral("Space industry vision 2045")).ok);
    }

    void cleanup()
    {
        m_db.reset();
        QFile::remove(m_path);
    }

    void dismissedFindingStaysQuietAcrossConnections()
    {
        const QVector<Finding> found = about(Checks::run(m_db->connection()), kPlanTitle, CheckId::numberMismatch);
        QCOMPARE(found.size(), 1);
        FindingDismissals dismissals(m_db->connection());
        QVERIFY(!dismissals.isDismissed(found.first()));
        QString error;
        QVERIFY2(dismissals.dismiss(found.first(), QStringLiteral("park"), &error), qPrintable(error));
        QVERIFY(dismissals.isDismissed(found.first()));

        // Another reader of the same file sees the dismissal.
        const FindingDismissals again(m_db->connection());
        int dismissed = 0;
        const QVector<Finding> open = again.open(Checks::run(m_db->connection()), &dismissed);
        QCOMPARE(dismissed, 1);
        QVERIFY(about(open, kPlanTitle, CheckId::numberMismatch).isEmpty());

        QVERIFY(dismissals.restore(found.first(), &error));
        QVERIFY(!FindingDismissals(m_db->connection()).isDismissed(found.first()));
    }

    void changedTextRaisesItAgain()
    {
        const Finding finding = about(Checks::run(m_db->connection()), kPlanTitle, CheckId::numberMismatch).first();
        FindingDismissals dismissals(m_db->connection());
        QVERIFY(dismissals.dismiss(finding, QStringLiteral("park")));
        ContentEditor editor(m_db->connection(), QStringLiteral("kim"));
        QVERIFY(editor.setText(kPlanTitle, Language::English, QStringLiteral("Space industry vision 2046")).ok);
        const QVector<Finding> open =
            about(dismissals.open(Checks::run(m_db->connection())), kPlanTitle, CheckId::numberMismatch);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().arguments.value(1), QStringLiteral("2046"));
    }

    void commandLineCheckLeavesItOutAndCountsIt()
    {
        const test::CliRun before = test::runCli({QStringLiteral("--database"), m_path, QStringLiteral("check"),
                                                  QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(before.out.contains(QStringLiteral("number.mismatch\tplan.test-space:title")), qPrintable(before.out));
        QVERIFY2(before.err.contains(QStringLiteral("0 dismissed")), qPrintable(before.err));

        const Finding finding = about(Checks::run(m_db->connection()), kPlanTitle, CheckId::numberMismatch).first();
        QVERIFY(FindingDismissals(m_db->connection()).dismiss(finding, QStringLiteral("park")));

        const test::CliRun after = test::runCli({QStringLiteral("--database"), m_path, QStringLiteral("check"),
                                                 QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(!after.out.contains(QStringLiteral("number.mismatch\tplan.test-space:title")), qPrintable(after.out));
        QVERIFY2(after.err.contains(QStringLiteral("1 dismissed")), qPrintable(after.err));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestFindingDismissals)
#include "TestFindingDismissals.moc"
