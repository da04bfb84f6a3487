#include "main/MainWindow.h"

#include "models/PlanSummaryModel.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>

namespace innoatlas {

MainWindow::MainWindow(Database &database, QWidget *parent) : QMainWindow(parent), m_database(database)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_summaryModel = new PlanSummaryModel(this);
    m_summaryView = new QTableView(this);
    m_summaryView->setObjectName(QStringLiteral("planSummaryView"));
    m_summaryView->setModel(m_summaryModel);
    m_summaryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summaryView->setAlternatingRowColors(true);
    m_summaryView->verticalHeader()->hide();
    m_summaryView->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(m_summaryView);

    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel);

    reload();
    retranslate();
    resize(960, 600);
}

void MainWindow::reload()
{
    try {
        m_summaryModel->setRows(PlanSummary::query(m_database.connection()));
    } catch (const StoreError &e) {
        statusBar()->showMessage(e.message());
    }
    m_summaryView->resizeColumnsToContents();
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("InnoAtlas — innovation plans of Korean cities"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_statusLabel->setText(
        tr("%1 — %n plan(s)", nullptr, m_summaryModel->rowCount()).arg(QFileInfo(m_database.path()).fileName()));
    m_summaryView->setAccessibleName(tr("Plans"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace innoatlas
