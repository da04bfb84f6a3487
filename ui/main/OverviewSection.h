#pragma once

#include "common/EntityRef.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;

namespace innoatlas {

class SectionTable;

/** A titled table of the overview page that says so when it has no rows. */
class OverviewSection : public QWidget
{
    Q_OBJECT

public:
    OverviewSection(const QString &objectName, QAbstractItemModel *model, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setEmptyText(const QString &text);
    SectionTable *table() const { return m_table; }

signals:
    void entityActivated(const innoatlas::EntityRef &entity);

private:
    void updateEmpty();

    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    SectionTable *m_table = nullptr;
};

} // namespace innoatlas
