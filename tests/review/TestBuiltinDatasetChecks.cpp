#include <QTest>
class TestBuiltinDatasetChecks : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestBuiltinDatasetChecks)
#include "TestBuiltinDatasetChecks.moc"
