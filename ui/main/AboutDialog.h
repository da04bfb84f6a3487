#pragma once

#include "query/SourceCatalogue.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableView;

namespace innoatlas {

class SourceListModel;

/** About InnoAtlas: the version, what the program is, and every source of the open database. */
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const QVector<SourceEntry> &sources, const QString &databasePath, QWidget *parent = nullptr);

    SourceListModel *sourceModel() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_databasePath;
    int m_sourceCount = 0;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_sourcesLabel = nullptr;
    QTableView *m_sources = nullptr;
    SourceListModel *m_model = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace innoatlas
