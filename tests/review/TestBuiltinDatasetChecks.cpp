#include "review/Checks.h"
#include "review/ContentPairs.h"
#include "store/UserDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;

// The checks over the curated dataset the program ships: what they find there is known and
// reviewed (docs/XLIFF.md); a new error here is either a data problem or a checker regression.
class TestBuiltinDatasetChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(UserDatabase::open(m_db, m_dir.filePath(QStringLiteral("builtin.sqlite"))),
                 qPrintable(m_db.errorString()));
        m_findings = Checks::run(m_db.connection());
    }

    void everyFieldIsChecked() { QVERIFY(ContentPairs::load(m_db.connection()).size() > 700); }

    void noNumberDiffersBetweenTheLanguages()
    {
        // The curated data must not say one number in Korean and another in English: every error
        // finding is a figure a reader would see differently in the two languages.
        QStringList errors;
        for (const Finding &finding : std::as_const(m_findings)) {
            if (finding.severity == Severity::Error)
                errors << finding.checkId + QLatin1Char(' ') + finding.key.toString() + QLatin1Char(' ') +
                              finding.message();
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void amountsWrittenBothWaysAgree()
    {
        // Summaries state 3,500억 원 / KRW 350 billion, 1조 6,552억 원 / KRW 1.6552 trillion and the like.
        for (const Finding &finding : std::as_const(m_findings)) {
            if (finding.key.field == QLatin1String("summary"))
                QVERIFY2(!finding.checkId.startsWith(QLatin1String("number.")), qPrintable(finding.message()));
        }
    }

    void noFalseAlarmsOfKnownKinds()
    {
        for (const Finding &finding : std::as_const(m_findings)) {
            QVERIFY2(finding.checkId != QLatin1String(CheckId::unbalanced), qPrintable(finding.key.toString()));
            QVERIFY2(finding.checkId != QLatin1String(CheckId::glossaryForbidden), qPrintable(finding.key.toString()));
        }
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    QVector<Finding> m_findings;
};

QTEST_GUILESS_MAIN(TestBuiltinDatasetChecks)
#include "TestBuiltinDatasetChecks.moc"
