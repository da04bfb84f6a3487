#pragma once

#include "common/EntityRef.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QPushButton;

namespace innoatlas {

class RowLimitProxyModel;
class SectionTable;

/**
 * A titled table of the overview page that says so when it has no rows. A long table shows its
 * first page of rows, with buttons that show the next page or every row: a table lays out each row
 * it holds (wrapped text), which over thousands of budget lines would hold up the window.
 */
class OverviewSection : public QWidget
{
    Q_OBJECT

public:
    /**
     * Rows shown at first, and added by each "Show more": a screen or two of each section, so that
     * the next section is in reach and the page is laid out for what can be read.
     */
    static constexpr int PageSize = 25;

    OverviewSection(const QString &objectName, QAbstractItemModel *model, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setEmptyText(const QString &text);
    SectionTable *table() const { return m_table; }
    /** The rows the table shows (a page of the model's rows). */
    RowLimitProxyModel *shownRows() const { return m_rows; }

    /** How many rows the model stands for when it holds only the first of them (after each reset). */
    void setTotalRows(int total);

signals:
    void entityActivated(const innoatlas::EntityRef &entity);
    /** The reader asked to see the first @p rows rows (-1: all), more than the model holds. */
    void moreRowsWanted(int rows);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEmpty();
    void updateMore();

    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    SectionTable *m_table = nullptr;
    RowLimitProxyModel *m_rows = nullptr;
    QWidget *m_moreBar = nullptr;
    QLabel *m_shown = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_all = nullptr;
};

} // namespace innoatlas
