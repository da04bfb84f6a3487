#pragma once

#include <QMainWindow>

class QTableView;
class QLabel;

namespace innoatlas {

class Database;
class PlanSummaryModel;

/** The main window: creates the actions and hosts the views of the open database. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();

    Database &m_database;
    PlanSummaryModel *m_summaryModel = nullptr;
    QTableView *m_summaryView = nullptr;
    QLabel *m_statusLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_quitAction = nullptr;
};

} // namespace innoatlas
