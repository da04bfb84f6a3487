#include "main/PreferencesDialog.h"

#include "common/Settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace innoatlas {

PreferencesDialog::PreferencesDialog(Settings &settings, QWidget *parent) : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_userName = new QLineEdit(settings.string(Settings::Key::UserName), this);
    m_userName->setObjectName(QStringLiteral("userNameField"));
    m_userName->setMinimumWidth(320);
    // Empty means the login name, which is what the history records then.
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString login = qEnvironmentVariable(variable).trimmed();
        if (!login.isEmpty()) {
            m_userName->setPlaceholderText(login);
            break;
        }
    }

    auto *hint = new QLabel(tr("Recorded with every change you make to the content. Leave it empty to use your "
                               "login name."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_userName);
    form->addRow(QString(), hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    const QString name = m_userName->text().trimmed();
    if (name.isEmpty())
        m_settings.reset(Settings::Key::UserName);
    else
        m_settings.setValue(Settings::Key::UserName, name);
    m_settings.sync();
    QDialog::accept();
}

} // namespace innoatlas
