#include <QTest>
class TestXliffReader : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestXliffReader)
#include "TestXliffReader.moc"
