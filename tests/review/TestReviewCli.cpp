#include <QTest>
class TestReviewCli : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestReviewCli)
#include "TestReviewCli.moc"
