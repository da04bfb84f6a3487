// The editing forms: money shown in both languages, dates with their precision, invalid input
// blocking OK with its reason, in English and Korean. With INNOATLAS_SHOTS=DIR the forms are saved
// as PNG files there (to look at them).

#include "EditingTestDatabase.h"
#include "editing/EntityForm.h"
#include "editing/MoneyField.h"
#include "i18n/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace innoatlas;

namespace {
// type() takes ASCII only; Hangul is typed as key events carrying the text.
void type(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 128)
            QTest::keyClick(widget, ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}
} // namespace

class TestEntityForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void moneyFieldShowsBothLanguages_data();
    void moneyFieldShowsBothLanguages();
    void invalidInputBlocksOkWithTheReason();
    void datePrecisionFollowsWhatIsTyped();
    void figureAsksForItsSourceQuote();
    void formRecordsWhatWasTyped();
    void renderForms_data();
    void renderForms();

private:
    void setLanguage(const QString &language);
    QPushButton *okButton(EntityForm &form)
    {
        return form.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    std::unique_ptr<EditingTestDatabase> m_db;
};

void TestEntityForm::initTestCase()
{
    m_db = std::make_unique<EditingTestDatabase>();
}

void TestEntityForm::init()
{
    setLanguage(QStringLiteral("en"));
}

void TestEntityForm::cleanup() {}

void TestEntityForm::setLanguage(const QString &language)
{
    Translations::install(language);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

void TestEntityForm::moneyFieldShowsBothLanguages_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("korean");
    QTest::addColumn<QString>("english");
    QTest::newRow("eok") << "3,500억"
                         << "3,500억 원"
                         << "KRW 350 billion";
    QTest::newRow("jo with decimals") << "1.2조 원"
                                      << "1조 2,000억 원"
                                      << "KRW 1.2 trillion";
    QTest::newRow("english") << "KRW 97.3 billion"
                             << "973억 원"
                             << "KRW 97.3 billion";
    QTest::newRow("spoken") << "약 1억 2천만 원"
                            << "1억 2,000만 원"
                            << "KRW 120 million";
}

void TestEntityForm::moneyFieldShowsBothLanguages()
{
    QFETCH(QString, typed);
    QFETCH(QString, korean);
    QFETCH(QString, english);
    MoneyField field;
    type(field.lineEdit(), typed);
    QVERIFY2(field.preview()->text().contains(korean), qPrintable(field.preview()->text()));
    QVERIFY2(field.preview()->text().contains(english), qPrintable(field.preview()->text()));
    QVERIFY(field.value().typeId() == QMetaType::LongLong);
}

void TestEntityForm::invalidInputBlocksOkWithTheReason()
{
    EntityForm form(m_db->sample(QStringLiteral("budget_line")), m_db->connection());
    QVERIFY(okButton(form)->isEnabled());
    auto *amount = form.findChild<QLineEdit *>(QStringLiteral("amount"));
    QVERIFY(amount);
    amount->clear();
    type(amount, QStringLiteral("3,50억"));
    QVERIFY(!okButton(form)->isEnabled());
    auto *problems = form.findChild<QLabel *>(QStringLiteral("formProblems"));
    QVERIFY(problems->text().contains(QStringLiteral("Amount")));
    QVERIFY2(problems->text().contains(QStringLiteral("not an amount")), qPrintable(problems->text()));
    QVERIFY(!form.findChild<QLabel *>(QStringLiteral("amountError"))->text().isEmpty());
    auto *preview = amount->parentWidget()->findChild<QLabel *>(QStringLiteral("moneyPreview"));
    QVERIFY(preview->isHidden()); // no amount to show; the reason is beside the field

    // Fixing the field enables OK again; emptying a required text blocks it, naming that field.
    amount->clear();
    type(amount, QStringLiteral("350억"));
    QVERIFY(okButton(form)->isEnabled());
    form.findChild<QLineEdit *>(QStringLiteral("label.ko"))->clear();
    form.findChild<QLineEdit *>(QStringLiteral("label.en"))->clear();
    QVERIFY(!okButton(form)->isEnabled());
    QVERIFY(problems->text().contains(QStringLiteral("Label")));

    // After a switch to Korean the form is relabelled (choice names come from the shared Terms) and the
    // problem is still shown.
    auto *funding = form.findChild<QComboBox *>(QStringLiteral("funding"));
    const QString englishFunding = funding->currentText();
    setLanguage(QStringLiteral("ko"));
    QVERIFY(funding->currentText() != englishFunding);
    QVERIFY(!okButton(form)->isEnabled());
    QVERIFY(!problems->text().isEmpty());
    setLanguage(QStringLiteral("en"));
}

void TestEntityForm::datePrecisionFollowsWhatIsTyped()
{
    EntityRecord record = m_db->sample(QStringLiteral("plan"));
    record.values.insert(QStringLiteral("announced"), QVariant());
    EntityForm form(record, m_db->connection());
    auto *date = form.findChild<QLineEdit *>(QStringLiteral("announced"));
    auto *precision = form.findChild<QComboBox *>(QStringLiteral("announced_precision"));
    type(date, QStringLiteral("2024-05"));
    QCOMPARE(precision->currentData().toString(), QStringLiteral("month"));
    type(date, QStringLiteral("-03"));
    QCOMPARE(precision->currentData().toString(), QStringLiteral("day"));
    QVERIFY(okButton(form)->isEnabled());
    // A day given with "year" precision does not match it.
    precision->setCurrentIndex(precision->findData(QStringLiteral("year")));
    QVERIFY(!okButton(form)->isEnabled());
    QCOMPARE(form.record().values.value(QStringLiteral("announced_precision")).toString(), QStringLiteral("year"));
}

void TestEntityForm::figureAsksForItsSourceQuote()
{
    EntityRecord record = m_db->sample(QStringLiteral("figure"));
    record.links[LinkKind::FigureQuotes].clear();
    EntityForm form(record, m_db->connection());
    QVERIFY(!okButton(form)->isEnabled());
    QVERIFY(form.findChild<QLabel *>(QStringLiteral("formProblems"))->text().contains(QStringLiteral("quote")));
    auto *quote = form.findChild<QComboBox *>(QStringLiteral("quote"));
    QVERIFY(quote->count() > 1); // the quotes of the first source
    quote->setCurrentIndex(1);
    QVERIFY(okButton(form)->isEnabled());
    QCOMPARE(form.record().links.value(LinkKind::FigureQuotes).size(), 1);

    // "Add quote…" asks for a new quote of the chosen source and selects it.
    form.setQuoteAdder([&](qint64 sourceId) {
        EntityRecord q = EntityEditor::blank(QStringLiteral("quote"));
        q.values.insert(QStringLiteral("source_id"), sourceId);
        q.values.insert(QStringLiteral("text"), QStringLiteral("새 인용문"));
        EntityEditor editor(m_db->connection());
        const EditOutcome created = editor.create(q);
        return created.ok() ? editor.load(created.key)->id : 0;
    });
    QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("addQuote")), Qt::LeftButton);
    QVERIFY(quote->currentText().contains(QStringLiteral("새 인용문")));
}

void TestEntityForm::formRecordsWhatWasTyped()
{
    EntityForm form(m_db->sample(QStringLiteral("budget_line")), m_db->connection());
    auto *amount = form.findChild<QLineEdit *>(QStringLiteral("amount"));
    amount->clear();
    type(amount, QStringLiteral("1조 5억"));
    type(form.findChild<QLineEdit *>(QStringLiteral("label.en")), QStringLiteral(" (revised)"));
    const EntityRecord record = form.record();
    QCOMPARE(record.values.value(QStringLiteral("amount")).toLongLong(), 1'000'500'000'000LL);
    QCOMPARE(record.texts.value(QStringLiteral("label")).en, QStringLiteral("Test budget (revised)"));
    QCOMPARE(record.texts.value(QStringLiteral("label")).ko, QStringLiteral("시험 사업비"));
}

void TestEntityForm::renderForms_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("language");
    for (const char *kind : {"budget_line", "plan", "figure", "event", "participation"}) {
        for (const char *language : {"ko", "en"})
            QTest::addRow("%s-%s", kind, language) << QString::fromLatin1(kind) << QString::fromLatin1(language);
    }
}

void TestEntityForm::renderForms()
{
    QFETCH(QString, kind);
    QFETCH(QString, language);
    setLanguage(language);
    EntityRecord record = m_db->sample(kind);
    if (kind == QLatin1String("budget_line"))
        record.values.insert(QStringLiteral("amount"), QStringLiteral("3,50억")); // shows an error
    EntityForm form(record, m_db->connection());
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    const QImage image = form.grab().toImage();
    QVERIFY(!image.isNull());
    const QString folder = qEnvironmentVariable("INNOATLAS_SHOTS");
    if (!folder.isEmpty())
        QVERIFY(image.save(QStringLiteral("%1/form-%2-%3.png").arg(folder, kind, language)));
    setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestEntityForm)
#include "TestEntityForm.moc"
