#include "report/ReportDialog.h"

#include "charts/InterfaceLanguage.h"
#include "query/EntityDetailQuery.h"
#include "store/Database.h"
#include "store/DatasetStore.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace innoatlas {

namespace {
QString nameOf(const Dataset &dataset, const QString &key, Language language)
{
    for (const Region &region : dataset.regions) {
        if (region.key == key)
            return region.name.preferred(language);
    }
    for (const Plan &plan : dataset.plans) {
        if (plan.key == key)
            return plan.title.preferred(language);
    }
    return key;
}

/**
 * What a report of the city of the entity @p key shows (the city itself, a plan or anything of a plan or of the city):
 * that city's own data and the others' names, not a national dataset read whole.
 */
std::shared_ptr<const Dataset> cityOf(Database &database, const QString &key)
{
    try {
        const EntityDetail detail = EntityDetailQuery(database.connection()).query(key);
        const QString region = detail.kind == QLatin1String("region") ? detail.key : detail.regionKey;
        return std::make_shared<const Dataset>(DatasetStore(database.connection()).loadRegion(region));
    } catch (const StoreError &) {
        return std::make_shared<const Dataset>(); // nothing to report: the dialog says so
    }
}
} // namespace

ReportDialog::ReportDialog(Database &database, const QString &selectedKey, QWidget *parent)
    : QDialog(parent), m_database(database)
{
    setObjectName(QStringLiteral("reportDialog"));
    m_dataset = cityOf(database, selectedKey);
    ReportSubject::fromEntityKey(*m_dataset, selectedKey, &m_subject);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_city = new QRadioButton(this);
    m_city->setObjectName(QStringLiteral("reportWholeCity"));
    m_plan = new QRadioButton(this);
    m_plan->setObjectName(QStringLiteral("reportPlanOnly"));
    m_plan->setEnabled(!m_subject.planKey.isEmpty());
    (m_subject.planKey.isEmpty() ? m_city : m_plan)->setChecked(true);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguageCombo"));
    m_language->addItem(QString(), int(ReportWriter::Languages::Korean));
    m_language->addItem(QString(), int(ReportWriter::Languages::English));
    m_language->addItem(QString(), int(ReportWriter::Languages::Both));
    m_language->setCurrentIndex(2);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(hasSubject());

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_city);
    layout->addWidget(m_plan);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    retranslate();
}

ReportSubject ReportDialog::subject() const
{
    ReportSubject subject = m_subject;
    if (m_city->isChecked())
        subject.planKey.clear();
    return subject;
}

ReportWriter::Languages ReportDialog::languages() const
{
    return ReportWriter::Languages(m_language->currentData().toInt());
}

void ReportDialog::setLanguages(ReportWriter::Languages languages)
{
    m_language->setCurrentIndex(m_language->findData(int(languages)));
}

void ReportDialog::setWholeCity(bool wholeCity)
{
    (wholeCity || !m_plan->isEnabled() ? m_city : m_plan)->setChecked(true);
}

bool ReportDialog::writeTo(const QString &fileName, QString *error)
{
    ReportHtml::Info info;
    info.date = QDate::currentDate();
    info.datasetVersion = tr("InnoAtlas %1, schema %2, %3")
                              .arg(QStringLiteral(INNOATLAS_VERSION))
                              .arg(m_database.schemaVersion())
                              .arg(QFileInfo(m_database.path()).fileName());
    ReportWriter writer(*m_dataset, subject(), info);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = writer.write(fileName, languages(), error);
    QGuiApplication::restoreOverrideCursor();
    return ok;
}

void ReportDialog::accept()
{
    QString fileName = m_fileName;
    if (fileName.isEmpty()) {
        const QString suggested =
            nameOf(*m_dataset, subject().planKey.isEmpty() ? subject().regionKey : subject().planKey,
                   InterfaceLanguage::current()) +
            QStringLiteral(".pdf");
        fileName = QFileDialog::getSaveFileName(this, tr("Save the report"), suggested, tr("PDF files (*.pdf)"));
        if (fileName.isEmpty())
            return;
    }
    QString error;
    if (!writeTo(fileName, &error)) {
        QMessageBox::warning(this, tr("Report"), error);
        return;
    }
    QDialog::accept();
}

void ReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReportDialog::retranslate()
{
    setWindowTitle(tr("Report"));
    const Language language = InterfaceLanguage::current();
    m_intro->setText(hasSubject()
                         ? tr("A PDF report with the plans, their structure, budget tables, targets, timeline, charts "
                              "and the sources with their quotes.")
                         : tr("Select a city or a plan in the navigator first."));
    m_city->setText(tr("The whole city: %1").arg(nameOf(*m_dataset, m_subject.regionKey, language)));
    m_plan->setText(m_subject.planKey.isEmpty()
                        ? tr("Only the selected plan")
                        : tr("Only the plan: %1").arg(nameOf(*m_dataset, m_subject.planKey, language)));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("Korean"));
    m_language->setItemText(1, tr("English"));
    m_language->setItemText(2, tr("Korean, then English"));
}

} // namespace innoatlas
