#pragma once

#include "review/Finding.h"

#include <QAbstractTableModel>
#include <QVector>

namespace innoatlas {

class ReviewTableModel;

/**
 * The open findings of some rows of a ReviewTableModel: severity, field, language and the
 * message in the interface language (made when shown, so the list follows a language switch).
 * KeyRole and FieldRole name the field each finding is about.
 *
 * The findings are read from the rows when shown, not copied: a city of a national database
 * has 65,000 findings, and their copies took 42 MB beside the rows. The list empties when the
 * rows are read again; after an edit or a recheck, setRows() lists them again.
 */
class FindingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        FieldColumn,
        LanguageColumn,
        MessageColumn,
        ColumnCount
    };

    explicit FindingModel(QObject *parent = nullptr);

    /** Lists the findings of @p model's rows @p sourceRows, in that order. */
    void setRows(const ReviewTableModel *model, const QVector<int> &sourceRows);
    /** The finding shown in @p row; an empty finding when @p row is out of range. */
    const Finding &finding(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "Error", "Warning", "Note" in the interface language. */
    static QString severityText(Severity severity);

private:
    /** Where a finding is: its row of the model and its place in that row's findings. */
    struct Place
    {
        int row = 0;
        int index = 0;
    };
    void clear();

    const ReviewTableModel *m_model = nullptr;
    QVector<Place> m_places;
};

} // namespace innoatlas
