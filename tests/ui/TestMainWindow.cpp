#include "BuiltinDatabase.h"
#include "common/BackgroundReads.h"
#include "common/ColorThemes.h"
#include "common/HeldPool.h"
#include "common/ItemRoles.h"
#include "common/Settings.h"
#include "detail/DetailView.h"
#include "i18n/Translations.h"
#include "main/GroupOverviewPage.h"
#include "main/MainActions.h"
#include "main/MainWindow.h"
#include "main/OverviewWidget.h"
#include "main/PlanOverviewPage.h"
#include "main/StatusInfo.h"
#include "models/CountModel.h"
#include "models/DetailFieldModel.h"
#include "models/NavigatorModel.h"
#include "models/PlanSummaryModel.h"
#include "models/SearchResultModel.h"
#include "navigator/NavigatorWidget.h"
#include "search/SearchField.h"
#include "search/SearchPanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTimer>
#include <QTreeView>

#include <chrono>

using namespace innoatlas;

namespace {
QString cell(const QAbstractItemModel *model, const QString &field, int column)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(FieldRole).toString() == field)
            return model->index(row, column).data().toString();
    }
    return {};
}

QModelIndex findHit(const SearchResultModel *model, const QString &key)
{
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            if (model->index(row, 0, parent).data(KeyRole).toString() == key)
                return model->index(row, 0, parent);
        }
    }
    return {};
}

/**
 * Types @p text into @p widget key by key. QTest::keyClicks() maps each character to a key of a US
 * keyboard and cannot type Hangul, so other characters go as key events that carry their text, the way
 * an input method delivers them.
 */
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClicks(widget, QString(ch));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

/** Every piece of interface text on screen, in a fixed order, named by where it is. */
QList<QPair<QString, QString>> visibleTexts(MainWindow &window)
{
    QList<QPair<QString, QString>> texts;
    const auto add = [&texts](const QString &where, const QString &text) {
        if (!text.trimmed().isEmpty())
            texts.append({where, text});
    };
    add(QStringLiteral("window title"), window.windowTitle());
    std::function<void(QMenu *, const QString &)> addMenu = [&](QMenu *menu, const QString &path) {
        for (QAction *action : menu->actions()) {
            add(path + QLatin1Char('/') + action->objectName(), action->text());
            add(path + QLatin1Char('/') + action->objectName() + QStringLiteral(" tip"), action->statusTip());
            if (action->menu())
                addMenu(action->menu(), path + QLatin1Char('/') + action->text());
        }
    };
    for (QAction *action : window.menuBar()->actions()) {
        add(QStringLiteral("menu"), action->text());
        addMenu(action->menu(), QStringLiteral("menu"));
    }
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        const QString where = widget->metaObject()->className() + QStringLiteral(":") + widget->objectName();
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(where, label->text());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            add(where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto *dock = qobject_cast<QDockWidget *>(widget))
            add(where, dock->windowTitle());
        if (auto *header = qobject_cast<QHeaderView *>(widget)) {
            for (int section = 0; section < header->count(); ++section)
                add(where + QString::number(section),
                    header->model() ? header->model()->headerData(section, header->orientation()).toString()
                                    : QString());
        }
        add(where + QStringLiteral(" accessible"), widget->accessibleName());
    }
    return texts;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void init()
    {
        QVERIFY(m_settingsDir.isValid());
        m_settingsFile = m_settingsDir.filePath(QStringLiteral("%1.ini").arg(QTest::currentTestFunction()));
        m_settings = std::make_unique<Settings>(m_settingsFile);
    }

    void cleanup()
    {
        m_settings.reset();
        Translations::install(QStringLiteral("en"));
    }

    void opensOnAllPlansWithNothingSelected()
    {
        MainWindow window(m_db.database(), *m_settings, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.overview()->currentWidget(), window.overview()->groupPage());
        QCOMPARE(window.overview()->groupPage()->planModel()->rowCount(), 6);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("detailHint"))->isVisible());
    }

    void theNavigatorFilterDoesNotHoldUpTyping()
    {
        // The window's database is a file: the navigator looks filter texts up on a thread of its own.
        MainWindow window(m_db.database(), *m_settings, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigator = window.findChild<NavigatorWidget *>();
        QSignalSpy shown(navigator, &NavigatorWidget::filterShown);
        window.findChild<QLineEdit *>(QStringLiteral("navigatorFilter"))->setText(QStringLiteral("머크"));
        QVERIFY(navigator->isLookingUp());
        QVERIFY(shown.wait());
        QVERIFY(navigator->model()->indexOfKey(QStringLiteral("bl.daejeon-gia.merck")).isValid());
        QVERIFY(!navigator->model()->indexOfKey(QStringLiteral("region.busan")).isValid());
    }

    void selectingACityShowsItsPlansAndBothLanguages()
    {
        MainWindow window(m_db.database(), *m_settings, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("navigatorTree"));
        QVERIFY(tree);
        QModelIndex daejeon;
        for (int row = 0; row < tree->model()->rowCount(); ++row) {
            if (tree->model()->index(row, 0).data(KeyRole).toString() == QLatin1String("region.daejeon"))
                daejeon = tree->model()->index(row, 0);
        }
        QVERIFY(daejeon.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(daejeon).center());
        QCOMPARE(window.currentEntity().key, QStringLiteral("region.daejeon"));

        // The overview lists the city's plans ...
        GroupOverviewPage *page = window.overview()->groupPage();
        QCOMPARE(window.overview()->currentWidget(), page);
        QStringList plans;
        for (int row = 0; row < page->planModel()->rowCount(); ++row)
            plans << page->planModel()->index(row, PlanSummaryModel::PlanColumn).data().toString();
        QCOMPARE(plans.size(), 4);
        QVERIFY(plans.contains(QStringLiteral("Daejeon Five-Year Space Industry Development Plan (space-industry "
                                              "vision)")));
        // ... and the detail view shows it in Korean and English side by side.
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("detailHeadingKo"))->text(), QStringLiteral("대전광역시"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("detailHeadingEn"))->text(),
                 QStringLiteral("Daejeon Metropolitan City"));
        const DetailFieldModel *fields = window.detailView()->model();
        QCOMPARE(cell(fields, QStringLiteral("name"), DetailFieldModel::KoreanColumn), QStringLiteral("대전광역시"));
        QCOMPARE(cell(fields, QStringLiteral("name"), DetailFieldModel::EnglishColumn),
                 QStringLiteral("Daejeon Metropolitan City"));
        QCOMPARE(cell(fields, QStringLiteral("name"), DetailFieldModel::KoreanBadgeColumn), QStringLiteral("draft"));
    }

    void aPlanShowsStatedCountsAgainstRecordedOnes()
    {
        MainWindow window(m_db.database(), *m_settings, QStringLiteral("en"));
        window.show();
        QVERIFY(window.navigateTo(QStringLiteral("plan.daejeon-space-2023")));
        PlanOverviewPage *page = window.overview()->planPage();
        QCOMPARE(window.overview()->currentWidget(), page);
        QStringList ratios;
        for (int row = 0; row < page->countModel()->rowCount(); ++row)
            ratios << page->countModel()->index(row, CountModel::RecordedColumn).data().toString();
        QVERIFY2(ratios.contains(QStringLiteral("0 / 20")), qPrintable(ratios.join(QLatin1Char(','))));
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("headlineBudgetCardValue"))->text(),
                 QStringLiteral("KRW 350 billion"));
    }

    void initialConsonantsFindDaejeon()
    {
        MainWindow window(m_db.database(), *m_settings, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(window.searchField()->hasFocus());
        typeText(window.searchField(), QStringLiteral("ㄷㅈ"));
        const SearchResultModel *results = window.searchPanel()->model();
        QTRY_VERIFY(findHit(results, QStringLiteral("region.daejeon")).isValid());
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("searchDock"))->isVisible());

        auto *view = window.findChild<QTreeView *>(QStringLiteral("searchResults"));
        const QModelIndex hit = findHit(results, QStringLiteral("region.daejeon"));
        view->scrollTo(hit);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(hit).center());
        QCOMPARE(window.currentEntity().key, QStringLiteral("region.daejeon"));
        QCOMPARE(window.navigator()->current().key, QStringLiteral("region.daejeon"));
    }

    void searchFindsTheMerckInvestment_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("korean") << "머크";
        QTest::newRow("english") << "Merck";
        QTest::newRow("initial consonants") << "ㅁㅋ";
    }

    void searchFindsTheMerckInvestment()
    {
        QFETCH(QString, query);
        MainWindow window(m_db.database(), *m_settings, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.searchField()->hasFocus());
        typeText(window.searchField(), query);
        const SearchResultModel *results = window.searchPanel()->model();
        QTRY_VERIFY(findHit(results, QStringLiteral("bl.daejeon-gia.merck")).isValid());

        // Down moves through the hits; Enter opens the one chosen.
        auto *view = window.findChild<QTreeView *>(QStringLiteral("searchResults"));
        for (int step = 0;
             step < 200 && view->currentIndex().data(KeyRole).toString() != QLatin1String("bl.daejeon-gia.merck");
             ++step)
            QTest::keyClick(window.searchField(), Qt::Key_Down);
        QCOMPARE(view->currentIndex().data(KeyRole).toString(), QStringLiteral("bl.daejeon-gia.merck"));
        QTest::keyClick(window.searchField(), Qt::Key_Return);

        QCOMPARE(window.navigator()->current().key, QStringLiteral("bl.daejeon-gia.merck"));
        const DetailFieldModel *fields = window.detailView()->model();
        QVERIFY(cell(fields, QStringLiteral("amount"), DetailFieldModel::KoreanColumn)
                    .startsWith(QStringLiteral("4,300억 원")));
        QVERIFY(cell(fields, QStringLiteral("amount"), DetailFieldModel::EnglishColumn)
                    .startsWith(QStringLiteral("KRW 430 billion")));
        const QString sources = window.findChild<QTextBrowser *>(QStringLiteral("sourcesPanel"))->toPlainText();
        QVERIFY(sources.contains(QStringLiteral("Merck announced a 430 billion won ($316 million) investment")));
        QVERIFY(sources.contains(QStringLiteral("001_a95109b85368d7f5.txt")));
    }

    void theSyllableBeingComposedIsSearchedToo()
    {
        MainWindow window(m_db.database(), *m_settings, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.searchField()->setFocus();
        // An input method has committed 머 and is composing 크: the reader sees 머크 and expects its results.
        QInputMethodEvent commit(QString(), {});
        commit.setCommitString(QStringLiteral("머"));
        QApplication::sendEvent(window.searchField(), &commit);
        QInputMethodEvent compose(QStringLiteral("크"), {});
        QApplication::sendEvent(window.searchField(), &compose);
        QCOMPARE(window.searchField()->text(), QStringLiteral("머"));
        QCOMPARE(window.searchField()->visibleText(), QStringLiteral("머크"));
        auto *status = window.findChild<QLabel *>(QStringLiteral("searchStatus"));
        QTRY_VERIFY2(status->text().contains(QStringLiteral("“머크”")), qPrintable(status->text()));
        QVERIFY(findHit(window.searchPanel()->model(), QStringLiteral("bl.daejeon-gia.merck")).isValid());
    }

    void copyTakesTheSelectedFieldInBothLanguages()
    {
        MainWindow window(m_db.database(), *m_settings, QStringLiteral("en"));
        window.show();
        QVERIFY(window.navigateTo(QStringLiteral("bl.daejeon-gia.merck")));
        auto *table = window.findChild<QTableView *>(QStringLiteral("detailFields"));
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(FieldRole).toString() == QLatin1String("amount"))
                table->setCurrentIndex(table->model()->index(row, 0));
        }
        table->setFocus();
        QGuiApplication::clipboard()->clear();
        window.findChild<QAction *>(QStringLiteral("actionCopy"))->trigger();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QStringLiteral("Amount\t4,300억 원")), qPrintable(copied));
        QVERIFY(copied.contains(QStringLiteral("KRW 430 billion")));
    }

    void escapeClearsTheSearch()
    {
        MainWindow window(m_db.database(), *m_settings, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.searchField()->setFocus();
        typeText(window.searchField(), QStringLiteral("대전"));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("searchDock"));
        QTRY_VERIFY(dock->isVisible());
        QTest::keyClick(window.searchField(), Qt::Key_Escape);
        QVERIFY(window.searchField()->text().isEmpty());
        QTRY_VERIFY(!dock->isVisible());
    }

    void switchingTheInterfaceLanguageChangesTheVisibleStrings()
    {
        MainWindow window(m_db.database(), *m_settings, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.navigateTo(QStringLiteral("plan.daejeon-space-2023"));
        const auto english = visibleTexts(window);
        QCOMPARE(window.windowTitle(), QStringLiteral("InnoAtlas — innovation plans of Korean cities"));

        window.findChild<QAction *>(QStringLiteral("actionInterfaceKorean"))->trigger();
        QCOMPARE(Translations::current(), QStringLiteral("ko"));
        QCOMPARE(window.windowTitle(), QStringLiteral("이노아틀라스 — 한국 도시의 혁신 계획"));
        // Content follows the interface language by default.
        QCOMPARE(window.contentLanguage(), ContentLanguage::Korean);
        QCOMPARE(window.overview()->planPage()->findChild<QLabel *>(QStringLiteral("headlineBudgetCardValue"))->text(),
                 QStringLiteral("3,500억 원"));
        const auto korean = visibleTexts(window);
        int changed = 0;
        for (int i = 0; i < qMin(english.size(), korean.size()); ++i)
            changed += english.at(i).second != korean.at(i).second ? 1 : 0;
        QVERIFY(changed > 10);

        window.findChild<QAction *>(QStringLiteral("actionInterfaceEnglish"))->trigger();
        QCOMPARE(Translations::current(), QStringLiteral("en"));
        QCOMPARE(visibleTexts(window), english);
    }

    void noEnglishIsLeftInTheKoreanInterface()
    {
        Translations::install(QStringLiteral("ko"));
        const bool translated =
            QCoreApplication::translate("innoatlas::MainWindow", "Navigator") != QLatin1String("Navigator");
        Translations::install(QStringLiteral("en"));
        if (!translated)
            QSKIP("the Korean translation does not hold the main window's strings yet (translations/*.ts)");

        MainWindow window(m_db.database(), *m_settings, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.navigateTo(QStringLiteral("bl.daejeon-gia.merck"));
        const auto english = visibleTexts(window);
        window.setInterfaceLanguage(QStringLiteral("ko"));
        const auto korean = visibleTexts(window);
        QCOMPARE(korean.size(), english.size());
        // Text that reads the same in both languages: names of files, codes, autonyms, shortcuts.
        static const QRegularExpression neutral(
            QStringLiteral("^([^A-Za-z]*|.*\\.sqlite.*|English|&English|한국어 \\(&K\\)|KR|Qt .*|.*\\(Ctrl\\+.*\\))$"));
        QStringList untranslated;
        for (int i = 0; i < english.size(); ++i) {
            // The detail view shows the entry's English beside its Korean whatever the interface language.
            if (korean.at(i).first == QLatin1String("QLabel:detailHeadingEn"))
                continue;
            const QString &text = korean.at(i).second;
            if (text == english.at(i).second && !neutral.match(text).hasMatch())
                untranslated << korean.at(i).first + QStringLiteral(": ") + text;
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    }

    void settingsSurviveARestart()
    {
        {
            MainWindow window(m_db.database(), *m_settings, QStringLiteral("en"));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1234, 777);
            QVERIFY(window.navigateTo(QStringLiteral("bl.daejeon-gia.merck")));
            window.setInterfaceLanguage(QStringLiteral("ko"));
            window.findChild<QAction *>(QStringLiteral("actionContentBoth"))->trigger();
            window.findChild<QAction *>(QStringLiteral("actionGroupByTheme"))->trigger();
            window.close();
        }
        // A new session: the language is whatever the system says until the window reads its settings.
        Translations::install(QStringLiteral("en"));
        m_settings = std::make_unique<Settings>(m_settingsFile);
        MainWindow window(m_db.database(), *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1234, 777));
        QCOMPARE(window.currentEntity().key, QStringLiteral("bl.daejeon-gia.merck"));
        QCOMPARE(window.navigator()->current().key, QStringLiteral("bl.daejeon-gia.merck"));
        QCOMPARE(Translations::current(), QStringLiteral("ko"));
        QCOMPARE(window.windowTitle(), QStringLiteral("이노아틀라스 — 한국 도시의 혁신 계획"));
        QCOMPARE(window.contentLanguage(), ContentLanguage::Both);
        QCOMPARE(window.navigator()->grouping(), NavigatorModel::Grouping::Theme);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionInterfaceKorean"))->isChecked());
    }

    void theCommandLineLanguageWinsForTheSession()
    {
        m_settings->setValue(Settings::Key::InterfaceLanguage, QStringLiteral("ko"));
        MainWindow window(m_db.database(), *m_settings, QStringLiteral("en"));
        QCOMPARE(Translations::current(), QStringLiteral("en"));
        // ... without changing what is remembered.
        QCOMPARE(m_settings->string(Settings::Key::InterfaceLanguage), QStringLiteral("ko"));
    }

    void backAndForwardRetraceTheSelection()
    {
        MainWindow window(m_db.database(), *m_settings, QStringLiteral("en"));
        window.show();
        QAction *back = window.findChild<QAction *>(QStringLiteral("actionBack"));
        QAction *forward = window.findChild<QAction *>(QStringLiteral("actionForward"));
        window.navigateTo(QStringLiteral("region.busan"));
        window.navigateTo(QStringLiteral("q.daejeon-gia.kt.merck"));
        QCOMPARE(window.detailView()->entityKey(), QStringLiteral("q.daejeon-gia.kt.merck"));
        QVERIFY(back->isEnabled());
        back->trigger();
        QCOMPARE(window.currentEntity().key, QStringLiteral("region.busan"));
        QCOMPARE(window.navigator()->current().key, QStringLiteral("region.busan"));
        QVERIFY(forward->isEnabled());
        forward->trigger();
        QCOMPARE(window.detailView()->entityKey(), QStringLiteral("q.daejeon-gia.kt.merck"));
    }

    void themesRecolourTheWholeApplication()
    {
        MainWindow window(m_db.database(), *m_settings, QStringLiteral("en"));
        const QFont normal = QApplication::font();
        window.findChild<QAction *>(QStringLiteral("actionThemeDark"))->trigger();
        QVERIFY(ColorThemes::isDark(QApplication::palette()));
        QCOMPARE(m_settings->string(Settings::Key::ColorTheme), QStringLiteral("dark"));
        window.findChild<QAction *>(QStringLiteral("actionThemeHighContrast"))->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::white));
        QVERIFY(QApplication::font().pointSizeF() > normal.pointSizeF());
        window.findChild<QAction *>(QStringLiteral("actionThemeLight"))->trigger();
        QVERIFY(!ColorThemes::isDark(QApplication::palette()));
        QCOMPARE(QApplication::font().pointSizeF(), normal.pointSizeF());
        window.findChild<QAction *>(QStringLiteral("actionThemeSystem"))->trigger();
        QCOMPARE(m_settings->string(Settings::Key::ColorTheme), QStringLiteral("system"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionThemeSystem"))->isChecked());
    }

    void contentCanBeShownInBothLanguages()
    {
        MainWindow window(m_db.database(), *m_settings, QStringLiteral("en"));
        window.navigateTo(QStringLiteral("plan.daejeon-space-2023"));
        auto *title = window.overview()->planPage()->findChild<QLabel *>(QStringLiteral("planTitle"));
        QVERIFY(title->text().startsWith(QStringLiteral("Daejeon")));
        window.findChild<QAction *>(QStringLiteral("actionContentBoth"))->trigger();
        QVERIFY(title->text().startsWith(QStringLiteral("대전 우주산업")));
        QVERIFY(title->text().contains(QStringLiteral("\nDaejeon Five-Year")));
        QCOMPARE(window.navigator()->treeView()->currentIndex().data().toString(),
                 QStringLiteral("대전 우주산업 육성 5개년 계획 (우주산업 육성 비전) · Daejeon Five-Year Space Industry "
                                "Development Plan (space-industry vision)"));
        window.findChild<QAction *>(QStringLiteral("actionContentKorean"))->trigger();
        QCOMPARE(title->text(), QStringLiteral("대전 우주산업 육성 5개년 계획 (우주산업 육성 비전)"));
        // The interface stays English: only the content changed language.
        QCOMPARE(Translations::current(), QStringLiteral("en"));
    }

    void everyActionHasAShortcutAndAMenuEntry()
    {
        MainWindow window(m_db.database(), *m_settings, QStringLiteral("en"));
        QSet<QAction *> inMenus;
        std::function<void(QMenu *)> collect = [&](QMenu *menu) {
            for (QAction *action : menu->actions()) {
                inMenus.insert(action);
                if (action->menu())
                    collect(action->menu());
            }
        };
        for (QAction *action : window.menuBar()->actions())
            collect(action->menu());
        int actions = 0;
        for (QAction *action : inMenus) {
            if (action->isSeparator() || action->menu())
                continue;
            ++actions;
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
        }
        QVERIFY(actions >= 20);
        QSet<QKeySequence> shortcuts;
        for (QAction *action : inMenus) {
            for (const QKeySequence &key : action->shortcuts()) {
                QVERIFY2(!shortcuts.contains(key), qPrintable(key.toString()));
                shortcuts.insert(key);
            }
        }
    }

    void controlsHaveAccessibleNames_data()
    {
        QTest::addColumn<QString>("objectName");
        for (const char *name : {"searchField", "navigatorTree", "navigatorFilter", "navigatorGrouping", "detailFields",
                                 "sourcesPanel", "searchResults", "centralTabs"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void controlsHaveAccessibleNames()
    {
        QFETCH(QString, objectName);
        MainWindow window(m_db.database(), *m_settings, QStringLiteral("en"));
        auto *widget = window.findChild<QWidget *>(objectName);
        QVERIFY(widget);
        const QString english = widget->accessibleName();
        QVERIFY(!english.isEmpty());
        window.setInterfaceLanguage(QStringLiteral("ko"));
        QVERIFY(!widget->accessibleName().isEmpty());
    }

    void tabFollowsTheReadingOrder_data()
    {
        // The plan's page is built when a plan is first shown: with the window, or once it is on the screen.
        QTest::addColumn<bool>("remembered");
        QTest::newRow("plan chosen in the window") << false;
        QTest::newRow("plan remembered from the last session") << true;
    }

    void tabFollowsTheReadingOrder()
    {
        QFETCH(bool, remembered);
        if (remembered)
            m_settings->setValue(Settings::Key::LastSelection, QStringLiteral("plan.daejeon-space-2023"));
        MainWindow window(m_db.database(), *m_settings, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        if (!remembered)
            window.navigateTo(QStringLiteral("plan.daejeon-space-2023"));
        QCOMPARE(window.overview()->currentWidget(), window.overview()->planPage());
        window.searchField()->setFocus();
        QStringList order;
        for (int i = 0; i < 40 && QApplication::focusWidget(); ++i) {
            order << QApplication::focusWidget()->objectName();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        const QStringList expected = {QStringLiteral("searchField"),        QStringLiteral("navigatorGrouping"),
                                      QStringLiteral("navigatorFilter"),    QStringLiteral("navigatorTree"),
                                      QStringLiteral("headlineBudgetCard"), QStringLiteral("countSectionTable"),
                                      QStringLiteral("detailFields"),       QStringLiteral("sourcesPanel")};
        int last = -1;
        for (const QString &name : expected) {
            const int at = order.indexOf(name);
            QVERIFY2(at > last, qPrintable(order.join(QLatin1Char(' '))));
            last = at;
        }
    }

    void statusBarShowsTheDatabaseAndTheReviewProgress()
    {
        MainWindow window(m_db.database(), *m_settings, QStringLiteral("en"));
        auto *label = window.findChild<QLabel *>(QStringLiteral("statusDatabase"));
        // Counted on another thread, after the window is up.
        QTest::qWait(50);
        QVERIFY2(label->text().endsWith(QStringLiteral("counting…")), qPrintable(label->text()));
        QVERIFY(window.statusInfo()->isCounting());
        QSignalSpy shown(window.statusInfo(), &StatusInfo::countsShown);
        window.show();
        QVERIFY(shown.wait());
        QVERIFY(!window.statusInfo()->isCounting());
        QTRY_VERIFY2(label->text().startsWith(QStringLiteral("builtin.sqlite · 3 cities · 6 plans · 10 budget lines")),
                     qPrintable(label->text()));
        auto *progress = window.findChild<QLabel *>(QStringLiteral("statusProgress"));
        QTRY_COMPARE(progress->text(), QStringLiteral("Reviewed: Korean 0% · English 0%"));
        // The counts are longer than "counting…": the status bar makes room for them.
        QTRY_VERIFY2(label->width() >= label->sizeHint().width(), qPrintable(QString::number(label->width())));
        QTRY_VERIFY2(progress->width() >= progress->sizeHint().width(), qPrintable(QString::number(progress->width())));
    }

    void theWindowsReadsRunOnThreadsOfTheirOwn()
    {
        // Qt's raster engine paints large areas on the global thread pool and waits for it, so the window's reads
        // after its first paint (the status bar's counts, the timeline read ahead, the integrity check) run on a pool
        // of their own: on Qt's, a paint waited 1.5 s for a national database's counts. Every thread of the window's
        // pool is held here: the counts must wait for one, and come once they are let go.
        MainWindow window(m_db.database(), *m_settings, QStringLiteral("en"));
        QThreadPool *own = BackgroundReads::pool();
        own->waitForDone(); // the first screen, read while the window was made
        // Let go however the test ends: the pool is waited for when the program ends.
        test::HeldPool held(own);
        QSignalSpy shown(window.statusInfo(), &StatusInfo::countsShown);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(300); // the builtin data's counts take a few milliseconds on any other thread
        QCOMPARE(shown.count(), 0);
        held.release();
        QTRY_COMPARE(shown.count(), 1);
        own->waitForDone();
    }

    void statusBarShowsTheCountsWhileTheReviewIsCounted()
    {
        StatusInfo info;
        QSignalSpy shown(&info, &StatusInfo::countsShown);
        const QString path = QStringLiteral("/data/national.sqlite");
        info.setCounting(path);
        QVERIFY(info.isCounting());
        QCOMPARE(info.databaseText(), QStringLiteral("national.sqlite · counting…"));

        DatabaseCounts counts;
        counts.regions = 243;
        counts.plans = 100000;
        counts.budgetLines = 1000000;
        counts.sources = 12;
        info.setDatabase(path, counts);
        const QLocale locale;
        QCOMPARE(info.databaseText(),
                 QStringLiteral("national.sqlite · 243 cities · %1 plans · %2 budget lines · 12 sources")
                     .arg(locale.toString(100000), locale.toString(1000000)));
        QCOMPARE(info.progressText(), QStringLiteral("Reviewed: counting…"));
        QVERIFY(info.isCounting());
        QCOMPARE(shown.count(), 0);

        counts.contentFields = 4;
        counts.reviewedKo = 1;
        counts.reviewedEn = 3;
        counts.reviewCounted = true;
        info.setDatabase(path, counts);
        QCOMPARE(info.progressText(), QStringLiteral("Reviewed: Korean 25% · English 75%"));
        QVERIFY(!info.isCounting());
        QCOMPARE(shown.count(), 1);
    }

    void aboutListsTheDataSources()
    {
        MainWindow window(m_db.database(), *m_settings, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int rows = -1;
        QString title;
        QTimer::singleShot(0, this, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            title = dialog->windowTitle();
            rows = dialog->findChild<QTreeView *>()
                       ? -2
                       : dialog->findChild<QAbstractItemView *>(QStringLiteral("aboutSources"))->model()->rowCount();
            dialog->close();
        });
        window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
        QCOMPARE(title, QStringLiteral("About InnoAtlas"));
        QCOMPARE(rows, 59);
    }

private:
    BuiltinDatabase m_db;
    QTemporaryDir m_settingsDir;
    QString m_settingsFile;
    std::unique_ptr<Settings> m_settings;
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
