// Renders the import wizard's pages in Korean and English to PNG files, to look at them (not run by ctest):
//   import-wizard-gallery OUTPUT_DIR LEGAL_DONG_CSV

#include "i18n/Translations.h"
#include "importing/ImportJob.h"
#include "importing/ImportMappingPage.h"
#include "importing/ImportRunPage.h"
#include "importing/ImportWizard.h"
#include "store/UserDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace innoatlas;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const QString legalDong = QString::fromLocal8Bit(argv[2]);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gallery.sqlite"));
    {
        Database database;
        if (!UserDatabase::open(database, path))
            return 3;
    }
    const QString bad = dir.filePath(QStringLiteral("budget.csv"));
    QFile file(bad);
    if (!file.open(QIODevice::WriteOnly))
        return 4;
    file.write("\xEF\xBB\xBF사업명,연도,금액(백만원)\n우주 클러스터,2024,\"97,300\"\n위성 개발,2025,약 500\n"
               "인재 양성,2024,-\n");
    file.close();

    for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")}) {
        Translations::install(language);
        ImportWizard wizard(path);
        wizard.show();
        wizard.setFileName(legalDong);
        QApplication::processEvents();
        wizard.grab().save(out.filePath(QStringLiteral("import-file-%1.png").arg(language)));
        wizard.next();
        wizard.mappingPage()->selectBuiltin(QStringLiteral("legal-dong"));
        QApplication::processEvents();
        wizard.grab().save(out.filePath(QStringLiteral("import-mapping-%1.png").arg(language)));
        // The moment every row is read and the rest is written and indexed.
        QObject::connect(wizard.runPage()->job(), &ImportJob::progress, &wizard, [&](qint64 read, qint64 total) {
            if (read >= total)
                wizard.grab().save(out.filePath(QStringLiteral("import-finishing-%1.png").arg(language)));
        });
        wizard.next();
        QSignalSpy done(wizard.runPage()->job(), &ImportJob::finished);
        done.wait(60000);
        QApplication::processEvents();
        wizard.grab().save(out.filePath(QStringLiteral("import-done-%1.png").arg(language)));

        ImportWizard custom(path);
        custom.show();
        custom.setFileName(bad);
        custom.next();
        auto *choice = custom.mappingPage()->findChild<QComboBox *>(QStringLiteral("importMappingCombo"));
        choice->setCurrentIndex(choice->findData(QStringLiteral("custom")));
        custom.mappingPage()->findChild<QComboBox *>(QStringLiteral("importTargetCombo"))->setCurrentIndex(2);
        custom.mappingPage()->setColumn(QStringLiteral("amount"), QStringLiteral("금액(백만원)"));
        custom.mappingPage()->setColumn(QStringLiteral("year"), QStringLiteral("연도"));
        custom.mappingPage()->setColumn(QStringLiteral("hierarchy1"), QStringLiteral("사업명"));
        custom.mappingPage()->findChild<QComboBox *>(QStringLiteral("importUnitCombo"))->setCurrentIndex(2);
        QApplication::processEvents();
        custom.grab().save(out.filePath(QStringLiteral("import-custom-%1.png").arg(language)));
        custom.next();
        QSignalSpy customDone(custom.runPage()->job(), &ImportJob::finished);
        customDone.wait(60000);
        QApplication::processEvents();
        custom.grab().save(out.filePath(QStringLiteral("import-rejected-%1.png").arg(language)));
    }
    return 0;
}
