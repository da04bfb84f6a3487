#include "report/ReportDialog.h"

#include "charts/InterfaceLanguage.h"
#include "common/BackgroundReads.h"
#include "query/EntityDetailQuery.h"
#include "store/Database.h"
#include "store/DatasetStore.h"
#include "store/ReadOnlyConnection.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

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
std::shared_ptr<const Dataset> cityOf(const QSqlDatabase &connection, const QString &key)
{
    try {
        const EntityDetail detail = EntityDetailQuery(connection).query(key);
        const QString region = detail.kind == QLatin1String("region") ? detail.key : detail.regionKey;
        return std::make_shared<const Dataset>(DatasetStore(connection).loadRegion(region));
    } catch (const StoreError &) {
        return std::make_shared<const Dataset>(); // nothing to report: the dialog says so
    }
}
} // namespace

ReportDialog::ReportDialog(Database &database, const QString &selectedKey, QWidget *parent)
    : QDialog(parent), m_database(database), m_selectedKey(selectedKey)
{
    setObjectName(QStringLiteral("reportDialog"));
    if (database.isServer()) {
        m_read = QtFuture::makeReadyFuture(cityOf(database.connection(), selectedKey));
    } else {
        // A file: read on a read-only connection of the thread's own.
        m_read = QtConcurrent::run(BackgroundReads::pool(), [path = database.path(), selectedKey] {
            const ReadOnlyConnection reader(path);
            return reader.isOpen() ? cityOf(reader.connection(), selectedKey) : std::make_shared<const Dataset>();
        });
        auto *watcher = new QFutureWatcher<std::shared_ptr<const Dataset>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this] {
            dataset();
            retranslate();
            adjustSize(); // the names and the intro take more room than the waiting texts
        });
        watcher->setFuture(m_read);
    }

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_city = new QRadioButton(this);
    m_city->setObjectName(QStringLiteral("reportWholeCity"));
    m_plan = new QRadioButton(this);
    m_plan->setObjectName(QStringLiteral("reportPlanOnly"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguageCombo"));
    m_language->addItem(QString(), int(ReportWriter::Languages::Korean));
    m_language->addItem(QString(), int(ReportWriter::Languages::English));
    m_language->addItem(QString(), int(ReportWriter::Languages::Both));
    m_language->setCurrentIndex(2);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

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
    if (m_read.isFinished())
        dataset();
    retranslate();
}

const Dataset &ReportDialog::dataset()
{
    if (!m_dataset) {
        m_dataset = m_read.result();
        m_read = {};
        ReportSubject::fromEntityKey(*m_dataset, m_selectedKey, &m_subject);
        // Chosen once, when the subject is known: a plan's report when a plan's part was selected.
        (m_subject.planKey.isEmpty() ? m_city : m_plan)->setChecked(true);
    }
    return *m_dataset;
}

bool ReportDialog::hasSubject()
{
    dataset();
    return !m_subject.regionKey.isEmpty();
}

ReportSubject ReportDialog::subject()
{
    dataset();
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
    dataset();
    (wholeCity || m_subject.planKey.isEmpty() ? m_city : m_plan)->setChecked(true);
}

bool ReportDialog::writeTo(const QString &fileName, QString *error)
{
    ReportHtml::Info info;
    info.date = QDate::currentDate();
    info.datasetVersion = tr("InnoAtlas %1, schema %2, %3")
                              .arg(QStringLiteral(INNOATLAS_VERSION))
                              .arg(m_database.schemaVersion())
                              .arg(QFileInfo(m_database.path()).fileName());
    ReportWriter writer(dataset(), subject(), info);
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
            nameOf(dataset(), subject().planKey.isEmpty() ? subject().regionKey : subject().planKey,
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
    // Until the city's data has come, the choices wait for it.
    const bool read = m_dataset != nullptr;
    const bool subject = read && !m_subject.regionKey.isEmpty();
    m_intro->setText(!read     ? tr("Reading the selected city…")
                     : subject ? tr("A PDF report with the plans, their structure, budget tables, targets, timeline, "
                                    "charts and the sources with their quotes.")
                               : tr("Select a city or a plan in the navigator first."));
    m_city->setEnabled(subject);
    m_plan->setEnabled(subject && !m_subject.planKey.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(subject);
    m_city->setText(subject ? tr("The whole city: %1").arg(nameOf(*m_dataset, m_subject.regionKey, language))
                            : tr("The whole city"));
    m_plan->setText(!subject || m_subject.planKey.isEmpty()
                        ? tr("Only the selected plan")
                        : tr("Only the plan: %1").arg(nameOf(*m_dataset, m_subject.planKey, language)));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("Korean"));
    m_language->setItemText(1, tr("English"));
    m_language->setItemText(2, tr("Korean, then English"));
}

} // namespace innoatlas
