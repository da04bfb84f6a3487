#pragma once

#include "importing/ImportPreview.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace innoatlas {

class PreviewTableModel;

/** The import wizard's first page: the file, how it is read, and a preview of its first rows. */
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(QWidget *parent = nullptr);

    void setFileName(const QString &fileName);
    QString fileName() const;
    CsvOptions options() const;
    const ImportPreview &preview() const { return m_preview; }
    PreviewTableModel *previewModel() const { return m_model; }

    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void refresh();
    void retranslate();

    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QSpinBox *m_skipLines = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QLabel *m_delimiterLabel = nullptr;
    QLabel *m_skipLabel = nullptr;
    QLabel *m_detected = nullptr;
    QTableView *m_table = nullptr;
    PreviewTableModel *m_model = nullptr;
    ImportPreview m_preview;
};

} // namespace innoatlas
