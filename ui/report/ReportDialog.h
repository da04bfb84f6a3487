#pragma once

#include "model/Dataset.h"
#include "report/ReportSubject.h"
#include "report/ReportWriter.h"

#include <QDialog>
#include <QFuture>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace innoatlas {

class Database;

/**
 * File > Report…: the PDF report of the selected city, or of the selected plan, in Korean,
 * English or both. Accepting asks where to save (unless a file was preset) and writes it.
 *
 * The city's data is read on a thread of its own (a second at national scale) while the dialog is already shown; its
 * choices are offered once it has come. Asking the dialog for its subject, or writing, waits for it.
 */
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(Database &database, const QString &selectedKey, QWidget *parent = nullptr);

    /** False when nothing selected leads to a city (the dialog then says so). */
    bool hasSubject();
    ReportSubject subject();
    ReportWriter::Languages languages() const;
    void setLanguages(ReportWriter::Languages languages);
    void setWholeCity(bool wholeCity);
    /** Writes there instead of asking (for tests and scripts). */
    void setFileName(const QString &fileName) { m_fileName = fileName; }
    /** Writes the report; false with @p error naming the file. */
    bool writeTo(const QString &fileName, QString *error = nullptr);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    /** Waits for the city's data, if it has not come yet, and takes it. */
    const Dataset &dataset();
    void retranslate();

    Database &m_database;
    QFuture<std::shared_ptr<const Dataset>> m_read; ///< the city's data, until it is taken
    std::shared_ptr<const Dataset> m_dataset;
    ReportSubject m_subject;
    QString m_selectedKey;
    QString m_fileName;
    QLabel *m_intro = nullptr;
    QRadioButton *m_city = nullptr;
    QRadioButton *m_plan = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace innoatlas
