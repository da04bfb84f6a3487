#pragma once

#include "review/ReviewRow.h"
#include "review/ReviewScopes.h"

#include <QAbstractTableModel>

namespace innoatlas {

/**
 * Review progress of every city and each of its plans, and of everything: per language, how
 * many fields are reviewed (or approved) and how many approved, out of the fields written in
 * that language. Verbatim quotes count as approved in their own language.
 */
class ProgressModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ScopeColumn,
        FieldsColumn,
        KoreanReviewedColumn,
        KoreanApprovedColumn,
        EnglishReviewedColumn,
        EnglishApprovedColumn,
        ColumnCount
    };
    struct Counts
    {
        int fields = 0;
        int written[2] = {0, 0};
        int reviewed[2] = {0, 0};
        int approved[2] = {0, 0};
    };

    explicit ProgressModel(QObject *parent = nullptr);

    /**
     * Counts @p rows by city and plan: a line for all of them, then each city with its plans; with @p onlyCity (rows
     * of one city, whose scopes list that city's plans alone) that city and those plans.
     */
    void setRows(const QVector<ReviewRow> &rows, const ReviewScopes &scopes, Language nameLanguage,
                 const QString &onlyCity = QString());
    /** Lists nothing (while rows are read). */
    void clear();
    /** The counts of the scope with @p key ("" for everything). */
    Counts counts(const QString &key) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        QString key;
        QString name;
        bool isPlan = false;
        Counts counts;
    };
    QVector<Line> m_lines;
};

} // namespace innoatlas
