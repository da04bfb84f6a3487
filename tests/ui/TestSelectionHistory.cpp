#include "main/SelectionHistory.h"

#include <QTest>

using namespace innoatlas;

class TestSelectionHistory : public QObject
{
    Q_OBJECT

private slots:
    void backAndForwardWalkTheVisits()
    {
        SelectionHistory history;
        QVERIFY(!history.canGoBack());
        history.visit(QStringLiteral("a"));
        history.visit(QStringLiteral("b"));
        history.visit(QStringLiteral("b"));
        history.visit(QStringLiteral("c"));
        QCOMPARE(history.back(), QStringLiteral("b"));
        QCOMPARE(history.back(), QStringLiteral("a"));
        QVERIFY(!history.canGoBack());
        QCOMPARE(history.back(), QString());
        QCOMPARE(history.forward(), QStringLiteral("b"));
        QVERIFY(history.canGoForward());
    }

    void aNewVisitDropsWhatWasAhead()
    {
        SelectionHistory history;
        history.visit(QStringLiteral("a"));
        history.visit(QStringLiteral("b"));
        history.back();
        history.visit(QStringLiteral("c"));
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.current(), QStringLiteral("c"));
        QCOMPARE(history.back(), QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(TestSelectionHistory)
#include "TestSelectionHistory.moc"
