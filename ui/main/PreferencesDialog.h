#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace innoatlas {

class Settings;

/** Edit > Preferences: the user's name, recorded with every change to the content. */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Settings &settings, QWidget *parent = nullptr);

    QLineEdit *userNameField() const { return m_userName; }

    void accept() override;

private:
    Settings &m_settings;
    QLineEdit *m_userName = nullptr;
};

} // namespace innoatlas
