#pragma once

#include "review/HistoryEntry.h"

#include <QAbstractTableModel>

namespace innoatlas {

/** The history of one field, newest first: when, who, language, what kind of change, old and new text and state. */
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        LanguageColumn,
        ChangeColumn,
        OldTextColumn,
        NewTextColumn,
        ColumnCount
    };

    explicit HistoryModel(QObject *parent = nullptr);

    void setEntries(const QVector<HistoryEntry> &entries);
    const QVector<HistoryEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<HistoryEntry> m_entries;
};

} // namespace innoatlas
