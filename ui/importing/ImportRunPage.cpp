#include "importing/ImportRunPage.h"

#include "exporters/CsvWriter.h"
#include "importers/ImportMapping.h"
#include "importing/ImportJob.h"
#include "importing/ImportPreview.h"
#include "importing/ImportWizard.h"
#include "importing/RejectedRowModel.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace innoatlas {

ImportRunPage::ImportRunPage(QWidget *parent) : QWizardPage(parent)
{
    m_job = new ImportJob(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgressBar"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("importSaveReportButton"));
    m_rejected = new RejectedRowModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("importRejectedTable"));
    m_table->setModel(m_rejected);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addStretch(0);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    layout->addLayout(saveRow);

    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
    connect(m_save, &QPushButton::clicked, this, &ImportRunPage::saveClicked);
    connect(m_job, &ImportJob::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0 && done >= total) {
            // Every row is read and checked. What is left (the last rows written, the texts indexed for
            // search, the commit) takes seconds in a large file, cannot be cancelled and has no count.
            m_progress->setRange(0, 0);
            m_cancel->setEnabled(false);
            m_status->setText(tr("Writing the rows and indexing them for search…"));
            return;
        }
        // Lines can pass int's range in a large file: the bar counts per mille.
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_job, &ImportJob::finished, this, &ImportRunPage::finish);
    retranslate();
}

void ImportRunPage::initializePage()
{
    start();
}

void ImportRunPage::cleanupPage()
{
    cancel();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

bool ImportRunPage::isRunning() const
{
    return m_job->isRunning();
}

void ImportRunPage::cancel()
{
    if (!m_job->isRunning())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void ImportRunPage::start()
{
    auto *wizard = qobject_cast<ImportWizard *>(this->wizard());
    if (!wizard || m_job->isRunning())
        return;
    m_done = false;
    m_report = ImportReport();
    m_rejected->setRows({});
    m_table->hide();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_save->setEnabled(false);
    m_status->setText(tr("Reading and checking %1…").arg(QFileInfo(wizard->fileName()).fileName()));
    m_job->start(wizard->databasePath(), wizard->mapping(), wizard->fileName());
    emit completeChanged();
}

void ImportRunPage::finish()
{
    m_report = m_job->report();
    m_done = true;
    m_cancel->setEnabled(false);
    const int reached = m_progress->maximum() == 0 ? 1000 : m_progress->value();
    m_progress->setRange(0, 1000);
    m_progress->setValue(m_report.written ? 1000 : reached);
    m_rejected->setRows(m_report.rejected);
    m_table->setVisible(m_rejected->rowCount() > 0);
    m_table->resizeColumnsToContents();
    m_save->setEnabled(m_report.rejectedCount > 0 || !m_report.fatalError.isEmpty());
    m_status->setText(summary());
    emit completeChanged();
    if (m_report.written)
        emit imported();
}

QString ImportRunPage::summary() const
{
    if (!m_done)
        return QString();
    const QLocale locale;
    if (m_report.cancelled)
        return tr("Cancelled: nothing was imported.");
    if (!m_report.fatalError.isEmpty())
        return tr("Nothing was imported: %1").arg(m_report.fatalError);
    QStringList lines;
    if (m_report.rejectedCount > 0)
        lines << tr("%n row(s) rejected: nothing was imported. Correct the file or the mapping and import again.",
                    nullptr, int(m_report.rejectedCount));
    else
        lines << tr("Imported.");
    // A refused import wrote nothing: its counts say what it would have done.
    lines << (m_report.written ? tr("Rows read: %1; new: %2; updated: %3; unchanged: %4; skipped: %5.")
                               : tr("Rows read: %1; would be new: %2; would be updated: %3; unchanged: %4; "
                                    "skipped: %5."))
                 .arg(locale.toString(m_report.rowsRead), locale.toString(m_report.imported),
                      locale.toString(m_report.updated), locale.toString(m_report.unchanged),
                      locale.toString(m_report.skipped));
    for (auto it = m_report.skipReasons.cbegin(); it != m_report.skipReasons.cend(); ++it)
        lines << QStringLiteral("  %1 × %2").arg(locale.toString(it.value()), it.key());
    if (m_report.totalWon > 0 && m_report.written)
        lines << tr("Total amount: %1 won").arg(locale.toString(m_report.totalWon));
    lines << m_report.notes;
    if (m_report.rejected.size() < m_report.rejectedCount)
        lines << tr("The first %1 rejected rows are listed.").arg(locale.toString(m_report.rejected.size()));
    return lines.join(u'\n');
}

bool ImportRunPage::saveReport(const QString &fileName, QString *error) const
{
    CsvTable table;
    table.columns = {{QStringLiteral("file")},
                     {QStringLiteral("line"), true},
                     {QStringLiteral("column"), true},
                     {QStringLiteral("field")},
                     {QStringLiteral("reason")}};
    if (!m_report.fatalError.isEmpty())
        table.rows.append({m_report.file, QString(), QString(), QString(), m_report.fatalError});
    for (const RejectedRow &row : m_report.rejected)
        table.rows.append({m_report.file, QString::number(row.line),
                           row.column > 0 ? QString::number(row.column) : QString(), row.field, row.reason});
    CsvWriter writer(CsvEncoding::Utf8Bom);
    if (!writer.writeFile(table, fileName)) {
        if (error)
            *error = writer.error().message;
        return false;
    }
    return true;
}

void ImportRunPage::saveClicked()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Save the report"), QStringLiteral("rejected.csv"),
                                                          tr("CSV files (*.csv);;All files (*)"));
    QString error;
    if (!fileName.isEmpty() && !saveReport(fileName, &error))
        QMessageBox::warning(this, tr("Save the report"), error);
}

void ImportRunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportRunPage::retranslate()
{
    setTitle(tr("Import"));
    setSubTitle(tr("All or nothing: a single rejected row, an error or Cancel leaves the database unchanged."));
    m_cancel->setText(tr("&Cancel import"));
    m_save->setText(tr("&Save report…"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_table->setAccessibleName(tr("Rejected rows"));
    if (m_done)
        m_status->setText(summary());
}

} // namespace innoatlas
