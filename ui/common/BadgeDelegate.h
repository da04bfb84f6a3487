#pragma once

#include <QStyledItemDelegate>

namespace innoatlas {

/** Draws the Badge of a cell's BadgeRole as a coloured pill; other cells are drawn as usual. */
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace innoatlas
