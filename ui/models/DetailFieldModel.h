#pragma once

#include "query/EntityDetail.h"

#include <QAbstractTableModel>

namespace innoatlas {

/**
 * The fields of one entity with Korean and English side by side, each with its badge: the
 * review status of a text, or "sourced"/"corrected" for a figure. Money is written in 억/조 in
 * the Korean column and in "KRW … billion" in the English one; the exact amount and the
 * quotes are in the tooltip. Field names follow the interface language.
 */
class DetailFieldModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FieldColumn,
        KoreanColumn,
        KoreanBadgeColumn,
        EnglishColumn,
        EnglishBadgeColumn,
        ColumnCount
    };

    explicit DetailFieldModel(QObject *parent = nullptr);

    void setDetail(EntityDetail detail);
    const EntityDetail &detail() const { return m_detail; }
    /** Field names are in the interface language: call after it changed. */
    void retranslate();

    /** The name of a field in the interface language ("Title", "Amount", "Strategies (stated)"). */
    static QString fieldLabel(const DetailField &field);
    /** The name of the field @p name ("title", "amount", "note" ...) in the interface language. */
    static QString fieldLabel(const QString &name);
    /** The value of a field written for @p language. */
    static QString valueText(const DetailField &field, Language language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant badge(const DetailField &field, Language language) const;
    QString toolTip(const DetailField &field, Language language) const;

    EntityDetail m_detail;
};

} // namespace innoatlas
