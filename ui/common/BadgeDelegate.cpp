#include "common/BadgeDelegate.h"

#include "common/Badge.h"
#include "common/ItemRoles.h"

#include <QApplication>
#include <QPainter>

namespace innoatlas {

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant badge = index.data(BadgeRole);
    if (!badge.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    painter->save();
    painter->setFont(opt.font);
    Badges::paint(painter, option.rect.adjusted(4, 2, -4, -2), Badge(badge.toInt()), option.palette);
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant badge = index.data(BadgeRole);
    if (!badge.isValid())
        return QStyledItemDelegate::sizeHint(option, index);
    const QSize size = Badges::sizeHint(Badge(badge.toInt()), option.fontMetrics);
    return {size.width() + 8, size.height() + 6};
}

} // namespace innoatlas
