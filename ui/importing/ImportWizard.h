#pragma once

#include "importing/ImportPreview.h"

#include <QWizard>

namespace innoatlas {

struct ImportMapping; // not included: see ImportJob.h
class ImportFilePage;
class ImportMappingPage;
class ImportRunPage;

/**
 * File > Import…: a CSV table from a government portal into the open database, in three steps.
 *
 * 1. the file, with the encoding, delimiter and header line found (each can be overridden) and a
 *    preview of the first rows as they will be read;
 * 2. the mapping: a built-in one, one loaded from a file, or columns chosen by hand, with the
 *    amount unit; it can be saved as a mapping file (docs/IMPORT.md) and loaded again;
 * 3. the import on a worker thread with a progress bar and Cancel, then the report with every
 *    rejected row (line, column, field, reason), which can be saved.
 *
 * The import is all or nothing; imported() is emitted after a successful one so that views reload.
 */
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        MappingPage,
        RunPage
    };

    ImportWizard(const QString &databasePath, QWidget *parent = nullptr);

    QString databasePath() const { return m_databasePath; }
    /** Chooses the file to import (as the Browse… button does). */
    void setFileName(const QString &fileName);
    QString fileName() const;
    /** The CSV options chosen on the first page (Auto where left to detection). */
    CsvOptions csvOptions() const;
    const ImportPreview &preview() const;
    /** The mapping as chosen on the second page, with the first page's CSV options. */
    ImportMapping mapping() const;

    ImportFilePage *filePage() const { return m_filePage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportRunPage *runPage() const { return m_runPage; }

signals:
    /** An import was written to the database. */
    void imported();

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslate();

    QString m_databasePath;
    ImportFilePage *m_filePage = nullptr;
    ImportMappingPage *m_mappingPage = nullptr;
    ImportRunPage *m_runPage = nullptr;
    bool m_closing = false;
};

} // namespace innoatlas
