#pragma once

#include "common/EntityRef.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace innoatlas {

class DetailFieldModel;
class SourcesPanel;

/**
 * The bilingual detail view: every field of the selected entity in Korean and English side by
 * side with its review-status badge, and below, the sources of every figure.
 */
class DetailView : public QWidget
{
    Q_OBJECT

public:
    explicit DetailView(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &database);
    /** Shows the entity @p key; an empty key shows the hint. Returns false when there is no such entity. */
    bool showEntity(const QString &key);
    QString entityKey() const;

    DetailFieldModel *model() const { return m_model; }
    QSplitter *splitter() const { return m_splitter; }

signals:
    /** The user opened an entity a field refers to (double click or Enter on a reference). */
    void referenceActivated(const innoatlas::EntityRef &entity);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateHeading();

    QSqlDatabase m_database;
    DetailFieldModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_headingKo = nullptr;
    QLabel *m_headingEn = nullptr;
    QTableView *m_table = nullptr;
    SourcesPanel *m_sources = nullptr;
    QLabel *m_sourcesTitle = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace innoatlas
