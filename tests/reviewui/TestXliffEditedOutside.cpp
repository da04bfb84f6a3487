#include "ReviewDatabaseRows.h"
#include "review/ContentEditor.h"
#include "review/ReviewTestDatabase.h"
#include "review/XliffExporter.h"
#include "review/XliffImporter.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace innoatlas;

// The "done when": an XLIFF export, edited outside and imported back, changes exactly
// the edited fields and their states, and nothing else.
class TestXliffEditedOutside : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY2(
            ReviewTestDatabase::openMinimal(
                *m_db, m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(QTest::currentTestFunction()).arg(++m_count))),
            qPrintable(m_db->errorString()));
    }

    void cleanup() { m_db.reset(); }

    void changesExactlyTheEditedUnits()
    {
        const QSqlDatabase db = m_db->connection();
        const QStringList before = ReviewDatabaseRows::texts(db);
        QByteArray xliff = XliffExporter::toXliff(db, {}, Language::Korean);
        QVERIFY(!xliff.isEmpty());

        // What a translator does in a CAT tool: two targets rewritten, everything else left alone.
        const QByteArray title = ">Space industry vision</target>";
        const QByteArray element = ">Technology development</target>";
        QCOMPARE(xliff.count(title), 1);
        QCOMPARE(xliff.count(element), 1);
        xliff.replace(title, ">Space industry development vision</target>");
        xliff.replace(element, ">Technology research and development</target>");
        const QString path = m_dir.filePath(QStringLiteral("edited.xlf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(xliff);
        file.close();

        const XliffImportReport report = XliffImporter(db, QStringLiteral("translator")).importFile(path, false);
        QVERIFY2(report.ok, qPrintable(report.error));
        QVERIFY(report.applied);

        const QStringList after = ReviewDatabaseRows::texts(db);
        QCOMPARE(after.size(), before.size());
        const QSet<QString> beforeSet(before.begin(), before.end());
        QStringList changed;
        for (const QString &row : after) {
            if (!beforeSet.contains(row))
                changed << row;
        }
        QCOMPARE(changed.size(), 2);
        QVERIFY2(changed.filter(QStringLiteral("|title|en|Space industry development vision|")).size() == 1,
                 qPrintable(changed.join(QLatin1Char('\n'))));
        QVERIFY2(changed.filter(QStringLiteral("|name|en|Technology research and development|")).size() == 1,
                 qPrintable(changed.join(QLatin1Char('\n'))));
        // The history holds exactly those two changes.
        QCOMPARE(ReviewDatabaseRows::history(db).size(), 2);
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestXliffEditedOutside)
#include "TestXliffEditedOutside.moc"
