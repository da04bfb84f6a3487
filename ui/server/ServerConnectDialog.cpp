#include "server/ServerConnectDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace innoatlas {

namespace {
QLineEdit *lineEdit(const char *objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    return edit;
}
} // namespace

ServerConnectDialog::ServerConnectDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("serverConnectDialog"));
    m_host = lineEdit("serverHost", this);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(ServerAddress::defaultPort);
    m_database = lineEdit("serverDatabase", this);
    m_user = lineEdit("serverUser", this);
    m_password = lineEdit("serverPassword", this);
    m_password->setEchoMode(QLineEdit::Password);
    m_hostLabel = new QLabel(this);
    m_portLabel = new QLabel(this);
    m_databaseLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    const std::pair<QLabel *, QWidget *> rows[] = {{m_hostLabel, m_host},
                                                   {m_portLabel, m_port},
                                                   {m_databaseLabel, m_database},
                                                   {m_userLabel, m_user},
                                                   {m_passwordLabel, m_password}};
    auto *form = new QFormLayout;
    for (const auto &[label, field] : rows) {
        label->setBuddy(field);
        form->addRow(label, field);
    }
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("serverError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database})
        connect(edit, &QLineEdit::textChanged, this, &ServerConnectDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    retranslate();
    updateButtons();
}

void ServerConnectDialog::setAddress(const ServerAddress &address)
{
    m_host->setText(address.host());
    m_port->setValue(address.port());
    m_database->setText(address.database());
    m_user->setText(address.user());
    m_password->setFocus();
}

ServerAddress ServerConnectDialog::address() const
{
    return ServerAddress(m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(),
                         m_user->text().trimmed());
}

QString ServerConnectDialog::password() const
{
    return m_password->text();
}

void ServerConnectDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_password->clear();
}

void ServerConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ServerConnectDialog::retranslate()
{
    setWindowTitle(tr("Connect to Server"));
    m_hostLabel->setText(tr("&Host:"));
    m_portLabel->setText(tr("&Port:"));
    m_databaseLabel->setText(tr("&Database:"));
    m_userLabel->setText(tr("&User:"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_host->setPlaceholderText(tr("db.example.org"));
    m_password->setPlaceholderText(tr("from ~/.pgpass when empty"));
    m_note->setText(tr("The team's shared database on a PostgreSQL server. The password is used for this "
                       "connection only and is never saved."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_host->setAccessibleName(tr("Host"));
    m_port->setAccessibleName(tr("Port"));
    m_database->setAccessibleName(tr("Database"));
    m_user->setAccessibleName(tr("User"));
    m_password->setAccessibleName(tr("Password"));
}

void ServerConnectDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty());
}

} // namespace innoatlas
