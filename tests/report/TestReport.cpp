#include <QTest>
class TestReport : public QObject { Q_OBJECT };
QTEST_MAIN(TestReport)
#include "TestReport.moc"
