#pragma once

#include "common/ContentLanguage.h"
#include "common/EntityRef.h"

#include <QSqlDatabase>
#include <QWidget>

#include <memory>

class QLabel;
class QTimer;
class QTreeView;

namespace innoatlas {

class SearchField;
class SearchIndex;
class SearchResultModel;

/**
 * Search as you type: drives the search box (owned by the window's tool bar) and
 * shows the results grouped by kind with the matches marked. Up and Down in the box move
 * through the results, Enter opens the current one (the first by default), Escape clears.
 */
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(SearchField *field, QWidget *parent = nullptr);
    ~SearchPanel() override;

    void setDatabase(const QSqlDatabase &database);
    void setContentLanguage(ContentLanguage language);
    /** Searches @p text now, without waiting for the typing pause. */
    void searchNow(const QString &text);

    SearchResultModel *model() const { return m_model; }
    QTreeView *resultView() const { return m_view; }
    /** How long the last search took, in microseconds. */
    qint64 lastSearchMicroseconds() const { return m_lastMicroseconds; }

signals:
    /** The user opened a result (Enter, click). */
    void entityActivated(const innoatlas::EntityRef &entity);
    /** The box has text (results to show) or was cleared. */
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void search();
    void activate(const QModelIndex &index);
    void moveCurrent(int delta);
    void retranslate();
    void updateStatus();

    SearchField *m_field = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_timer = nullptr;
    SearchResultModel *m_model = nullptr;
    std::unique_ptr<SearchIndex> m_index;
    QString m_query;
    QString m_error;
    bool m_incomplete = false;
    bool m_initials = false;
    bool m_amount = false;
    qint64 m_lastMicroseconds = 0;
    ContentLanguage m_language = ContentLanguage::Korean;
};

} // namespace innoatlas
