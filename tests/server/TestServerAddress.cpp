#include "store/ServerAddress.h"

#include <QTest>

using namespace innoatlas;

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("full") << "postgresql://kim@db.example.org:5433/atlas" << true << "db.example.org" << 5433
                              << "atlas"
                              << "kim"
                              << "";
        QTest::newRow("default port") << "postgresql://kim@db/atlas" << true << "db" << 5432 << "atlas"
                                      << "kim"
                                      << "";
        QTest::newRow("postgres scheme") << "postgres://lee@10.0.0.5/team" << true << "10.0.0.5" << 5432 << "team"
                                         << "lee"
                                         << "";
        QTest::newRow("no user") << "postgresql://db/atlas" << true << "db" << 5432 << "atlas"
                                 << ""
                                 << "";
        QTest::newRow("password") << "postgresql://kim:secret@db/atlas" << false << "" << 0 << ""
                                  << ""
                                  << "contains a password";
        QTest::newRow("no database") << "postgresql://kim@db" << false << "" << 0 << ""
                                     << ""
                                     << "database name";
        QTest::newRow("no host") << "postgresql:///atlas" << false << "" << 0 << ""
                                 << ""
                                 << "host";
        QTest::newRow("options") << "postgresql://kim@db/atlas?sslmode=disable" << false << "" << 0 << ""
                                 << ""
                                 << "not supported";
        QTest::newRow("a file") << "/home/kim/atlas.sqlite" << false << "" << 0 << ""
                                << ""
                                << "not a server address";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        ServerAddress address;
        QString error;
        QCOMPARE(ServerAddress::parse(text, &address, &error), ok);
        if (!ok) {
            QFETCH(QString, errorPart);
            QVERIFY2(error.contains(errorPart), qPrintable(error));
            QVERIFY(!error.contains(QStringLiteral("secret")));
            return;
        }
        QTEST(address.host(), "host");
        QTEST(address.port(), "port");
        QTEST(address.database(), "database");
        QTEST(address.user(), "user");
        // Written back, it reads as the same address.
        ServerAddress again;
        QVERIFY(ServerAddress::parse(address.toString(), &again, &error));
        QCOMPARE(again.toString(), address.toString());
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "TestServerAddress.moc"
