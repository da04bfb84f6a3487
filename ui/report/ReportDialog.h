#pragma once

#include "model/Dataset.h"
#include "report/ReportSubject.h"
#include "report/ReportWriter.h"

#include <QDialog>

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
 */
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(Database &database, const QString &selectedKey, QWidget *parent = nullptr);

    /** False when nothing selected leads to a city (the dialog then says so). */
    bool hasSubject() const { return !m_subject.regionKey.isEmpty(); }
    ReportSubject subject() const;
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
    void retranslate();

    Database &m_database;
    std::shared_ptr<const Dataset> m_dataset;
    ReportSubject m_subject;
    QString m_fileName;
    QLabel *m_intro = nullptr;
    QRadioButton *m_city = nullptr;
    QRadioButton *m_plan = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace innoatlas
