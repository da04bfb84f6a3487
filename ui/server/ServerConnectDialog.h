#pragma once

#include "store/ServerAddress.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace innoatlas {

/**
 * File > Connect to Server…: where the team's database is (host, port, database, user) and the
 * password, which is used for this connection only and never stored. An empty password lets
 * libpq take it from ~/.pgpass (or the file PGPASSFILE names).
 */
class ServerConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerConnectDialog(QWidget *parent = nullptr);

    void setAddress(const ServerAddress &address);
    ServerAddress address() const;
    QString password() const;
    /** Shows why the last attempt failed, under the fields. */
    void setError(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    QLabel *m_hostLabel = nullptr;
    QLabel *m_portLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_error = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace innoatlas
