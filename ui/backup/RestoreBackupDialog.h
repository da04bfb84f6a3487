#pragma once

#include "backup/BackupInfo.h"

#include <QDialog>
#include <QVector>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace innoatlas {

class Database;

/**
 * File > Restore from Backup…: the backups of the open database, newest first, with their date,
 * size and why they were made. Restoring closes the database, replaces it with the chosen backup
 * (Backups::restore, which keeps the current file as one more backup) and starts the program
 * again on the restored file.
 */
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString &databasePath, QWidget *parent = nullptr);

    /** The chosen backup's path; empty when none is selected. */
    QString selectedBackup() const;
    int backupCount() const { return int(m_backups.size()); }

    /** Shows the dialog for @p database and restores the chosen backup; true when the program should restart. */
    static bool run(Database &database, QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslate();
    QString reasonText(const QString &reason) const;

    QString m_databasePath;
    QVector<BackupInfo> m_backups;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace innoatlas
