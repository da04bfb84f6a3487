#pragma once

#include <QStyledItemDelegate>

namespace innoatlas {

/** Draws a cell's text with the ranges of its MatchesRole marked, as search results show what matched. */
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace innoatlas
