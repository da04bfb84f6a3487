#include <QTest>
class TestXliffRoundTrip : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestXliffRoundTrip)
#include "TestXliffRoundTrip.moc"
