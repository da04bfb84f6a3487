#include <QTest>
class TestGlossary : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestGlossary)
#include "TestGlossary.moc"
