#include "ReviewTestDatabase.h"
#include "review/Checks.h"
#include "review/Glossary.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace innoatlas;

namespace {
const GlossaryTerm *find(const QVector<GlossaryTerm> &terms, const QString &ko)
{
    for (const GlossaryTerm &term : terms) {
        if (term.ko == ko)
            return &term;
    }
    return nullptr;
}
} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        const QString path =
            m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(++m_count).arg(QTest::currentTestFunction()));
        QVERIFY2(ReviewTestDatabase::openMinimal(*m_db, path), qPrintable(m_db->errorString()));
    }

    void cleanup() { m_db.reset(); }

    void seededWithTheDatasetsNamesAndProgrammeTerms()
    {
        const QVector<GlossaryTerm> terms = Glossary(m_db->connection()).terms();
        QVERIFY(terms.size() >= 40);
        const GlossaryTerm *exemption = find(terms, QStringLiteral("예비타당성조사 면제"));
        QVERIFY(exemption);
        QCOMPARE(exemption->en, QStringLiteral("exemption from the preliminary feasibility study"));
        QVERIFY(exemption->koAccepted.contains(QStringLiteral("예타 면제")));
        const GlossaryTerm *busan = find(terms, QStringLiteral("부산광역시"));
        QVERIFY(busan);
        QCOMPARE(busan->enForbidden, QStringList{QStringLiteral("Pusan")});
        QVERIFY(find(terms, QStringLiteral("세계경제과학도시연합")));          // a plan
        QVERIFY(find(terms, QStringLiteral("과학기술정보통신부")));            // an organisation
        QVERIFY(find(terms, QStringLiteral("부산 디지털경제 혁신전략 2030"))); // a plan title
    }

    void addUpdateRemove()
    {
        Glossary glossary(m_db->connection());
        GlossaryTerm term;
        term.ko = QStringLiteral("  스마트시티  ");
        term.en = QStringLiteral("smart city");
        term.koAccepted = {QStringLiteral("스마트도시"), QStringLiteral(" "), QStringLiteral("스마트도시")};
        term.enForbidden = {QStringLiteral("smart-town")};
        term.note = QStringLiteral("Programme term.");
        QString error;
        const qint64 id = glossary.add(term, &error);
        QVERIFY2(id > 0, qPrintable(error));
        GlossaryTerm stored = glossary.term(id);
        QCOMPARE(stored.ko, QStringLiteral("스마트시티"));                      // trimmed
        QCOMPARE(stored.koAccepted, QStringList{QStringLiteral("스마트도시")}); // blanks and repeats dropped
        QCOMPARE(stored.enForbidden, QStringList{QStringLiteral("smart-town")});

        stored.en = QStringLiteral("smart-city programme");
        stored.enForbidden.clear();
        QVERIFY2(glossary.update(stored, &error), qPrintable(error));
        QCOMPARE(glossary.term(id).en, QStringLiteral("smart-city programme"));
        QVERIFY(glossary.term(id).enForbidden.isEmpty());

        QVERIFY(glossary.remove(id, &error));
        QCOMPARE(glossary.term(id).id, 0);
        QVERIFY(!glossary.remove(id, &error));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("ko");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("forbiddenEn");
        QTest::addColumn<QString>("message");
        QTest::newRow("no english") << "스마트시티"
                                    << " "
                                    << ""
                                    << "needs both";
        QTest::newRow("duplicate") << "부산광역시"
                                   << "Busan Metropolitan City"
                                   << ""
                                   << "already has";
        QTest::newRow("accepted and forbidden") << "스마트시티"
                                                << "smart city"
                                                << "smart city"
                                                << "both accepted";
    }

    void refusals()
    {
        QFETCH(QString, ko);
        QFETCH(QString, en);
        QFETCH(QString, forbiddenEn);
        QFETCH(QString, message);
        Glossary glossary(m_db->connection());
        const int before = int(glossary.terms().size());
        GlossaryTerm term;
        term.ko = ko;
        term.en = en;
        if (!forbiddenEn.isEmpty())
            term.enForbidden = {forbiddenEn};
        QString error;
        QCOMPARE(glossary.add(term, &error), 0);
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(glossary.terms().size(), before);
    }

    void checksUseTheStoredGlossary()
    {
        Glossary glossary(m_db->connection());
        GlossaryTerm term;
        term.ko = QStringLiteral("비전 선포식");
        term.en = QStringLiteral("vision proclamation ceremony");
        QString error;
        QVERIFY2(glossary.add(term, &error) > 0, qPrintable(error));
        // The event is titled "비전 선포식" / "Vision declaration".
        ContentFilter event;
        event.entityKey = QStringLiteral("ev.test.ceremony");
        const QVector<Finding> findings = Checks::run(m_db->connection(), event);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().checkId, QStringLiteral("glossary.missing-counterpart"));
        QCOMPARE(findings.first().language, Language::English);
        QCOMPARE(findings.first().message(),
                 QStringLiteral("\"비전 선포식\" is in the Korean text, but not the agreed English term \"vision "
                                "proclamation ceremony\""));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestGlossary)
#include "TestGlossary.moc"
