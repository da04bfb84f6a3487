#include "backup/RestoreBackupDialog.h"

#include "backup/Backups.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace innoatlas {

RestoreBackupDialog::RestoreBackupDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent), m_databasePath(databasePath), m_backups(Backups::list(databasePath))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(3);
    m_list->header()->setStretchLastSection(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedBackup().isEmpty()); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    retranslate();
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedBackup().isEmpty());
    resize(640, 380);
}

QString RestoreBackupDialog::selectedBackup() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(0, Qt::UserRole).toString() : QString();
}

QString RestoreBackupDialog::reasonText(const QString &reason) const
{
    if (reason == QLatin1String("before-migration"))
        return tr("Before an upgrade of the file");
    if (reason == QLatin1String("before-import"))
        return tr("Before an import");
    if (reason == QLatin1String("before-restore"))
        return tr("Before a restore");
    return tr("Made by hand");
}

void RestoreBackupDialog::fill()
{
    const QString selected = selectedBackup();
    m_list->clear();
    const QLocale locale;
    for (const BackupInfo &info : std::as_const(m_backups)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, info.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        item->setText(1, locale.formattedDataSize(info.size));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, reasonText(info.reason));
        item->setData(0, Qt::UserRole, info.path);
        item->setToolTip(0, QFileInfo(info.path).fileName());
        if (info.path == selected)
            m_list->setCurrentItem(item);
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
}

void RestoreBackupDialog::retranslate()
{
    setWindowTitle(tr("Restore from Backup"));
    m_intro->setText(m_backups.isEmpty()
                         ? tr("There are no backups of %1 yet. InnoAtlas makes one before every import and every "
                              "upgrade of the file.")
                               .arg(QFileInfo(m_databasePath).fileName())
                         : tr("Choose the state to go back to. The database as it is now is kept as one more "
                              "backup, and InnoAtlas starts again on the restored file."));
    m_list->setHeaderLabels({tr("Made"), tr("Size"), tr("Why")});
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Restore"));
    fill();
}

void RestoreBackupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool RestoreBackupDialog::run(Database &database, QWidget *parent)
{
    const QString path = database.path();
    RestoreBackupDialog dialog(path, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedBackup().isEmpty())
        return false;
    // The program's own connection must go first: Backups::restore refuses while the file is open.
    database.close();
    BackupInfo safety;
    QString error;
    if (!Backups::restore(dialog.selectedBackup(), path, &safety, &error))
        QMessageBox::warning(parent, tr("Restore from Backup"), tr("Nothing was restored.\n%1").arg(error));
    // Either way the windows hold a closed connection: start again on the file as it now is.
    QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    QCoreApplication::quit();
    return true;
}

} // namespace innoatlas
