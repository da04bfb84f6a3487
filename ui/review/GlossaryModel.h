#pragma once

#include "review/GlossaryTerm.h"

#include <QAbstractTableModel>

namespace innoatlas {

/** The glossary's term pairs: Korean, English, accepted and forbidden forms, note. */
class GlossaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KoreanColumn,
        EnglishColumn,
        AcceptedColumn,
        ForbiddenColumn,
        NoteColumn,
        ColumnCount
    };

    explicit GlossaryModel(QObject *parent = nullptr);

    void setTerms(const QVector<GlossaryTerm> &terms);
    const GlossaryTerm &term(int row) const { return m_terms.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<GlossaryTerm> m_terms;
};

} // namespace innoatlas
