#pragma once

#include "importers/ImportReport.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace innoatlas {

class ImportJob;
class RejectedRowModel;

/**
 * The import wizard's last page: runs the import with a progress bar and Cancel, then shows
 * what it did and every rejected row, which can be saved as a CSV file.
 */
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const;
    void cancel();
    ImportJob *job() const { return m_job; }
    const ImportReport &report() const { return m_report; }
    RejectedRowModel *rejectedModel() const { return m_rejected; }
    /** The summary shown above the rejected rows. */
    QString summary() const;

    /** Writes the rejected rows (line, column, field, reason) as UTF-8 CSV; false with @p error. */
    bool saveReport(const QString &fileName, QString *error = nullptr) const;

signals:
    /** The import was written to the database. */
    void imported();

protected:
    void changeEvent(QEvent *event) override;

private:
    void start();
    void finish();
    void saveClicked();
    void retranslate();

    ImportJob *m_job = nullptr;
    ImportReport m_report;
    bool m_done = false;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_save = nullptr;
    QTableView *m_table = nullptr;
    RejectedRowModel *m_rejected = nullptr;
};

} // namespace innoatlas
