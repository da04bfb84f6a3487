#pragma once

#include <QHash>
#include <QWizardPage>

#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace innoatlas {

struct ImportMapping; // not included: see ImportJob.h

/**
 * The import wizard's second page: which mapping turns the columns into data. A built-in
 * mapping, one loaded from a mapping file, or the columns chosen here field by field, with the
 * amount unit of a budget table; the result can be saved as a mapping file.
 */
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(QWidget *parent = nullptr);
    ~ImportMappingPage() override;

    /** The columns of the file being imported (the choices of every field). */
    void setColumns(const QStringList &columns);
    /** Selects a built-in mapping by name; false when there is none. */
    bool selectBuiltin(const QString &name);
    /** Uses @p mapping as it is (as loading a file does). */
    void setMapping(const ImportMapping &mapping);
    const ImportMapping &mapping() const;

    /** Reads a mapping file; false with @p error naming the file, path and reason. */
    bool loadMapping(const QString &fileName, QString *error = nullptr);
    /** Writes the mapping atomically; false with @p error naming the file. */
    bool saveMapping(const QString &fileName, QString *error = nullptr) const;

    /** What is missing before the import can run; empty when nothing is. */
    QStringList problems() const;
    bool isComplete() const override;
    void initializePage() override;

    /** Chooses the column for a field ("code", "amount", "hierarchy1" ... "hierarchy4"); empty for none. */
    void setColumn(const QString &field, const QString &column);

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose(int index);
    void rebuildForm();
    void updateFromWidgets();
    void updateStatus();
    void retranslate();
    void loadClicked();
    void saveClicked();
    QString fieldLabel(const QString &field) const;
    QStringList formFields() const;
    QComboBox *columnCombo(const QString &field, const QString &current);

    std::unique_ptr<ImportMapping> m_mapping;
    QStringList m_columns;
    bool m_updating = false;

    QComboBox *m_choice = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_existing = nullptr;
    QLineEdit *m_publisher = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_levels = nullptr;
    QSpinBox *m_year = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, QComboBox *> m_columnCombos;
    QPushButton *m_load = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_choiceLabel = nullptr;
    QLabel *m_targetLabel = nullptr;
    QLabel *m_existingLabel = nullptr;
    QLabel *m_publisherLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_unitLabel = nullptr;
    QLabel *m_levelsLabel = nullptr;
    QLabel *m_yearLabel = nullptr;
};

} // namespace innoatlas
