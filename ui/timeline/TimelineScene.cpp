#include "timeline/TimelineScene.h"

#include "timeline/TimelineLaneItem.h"
#include "timeline/TimelineMarkItem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneHelpEvent>
#include <QToolTip>

namespace innoatlas {

TimelineScene::TimelineScene(QObject *parent) : QGraphicsScene(parent)
{
    // No BSP index: every relayout moves every mark, which would rebuild it, and for a national
    // timeline (50,000 marks, many of them wide) the tree alone held over 100 MB. The marks are
    // grouped by lane instead (TimelineLaneItem), so painting looks only at the lanes in view.
    setItemIndexMethod(QGraphicsScene::NoIndex);
}

void TimelineScene::letGo()
{
    removeEveryItem();
    m_decor.clear();
    m_marks.clear();
    m_making.reset();
    m_laneItems.clear();
    m_lanes.clear();
    m_data = TimelineData();
}

struct TimelineScene::Making
{
    std::shared_ptr<const TimelineMarkItem::Look> look;
    QHash<QString, int> laneIndex;
    QHash<QStringView, qreal> measured; ///< each word's width, a view into the items' own texts
    int next = 0;
};

void TimelineScene::setData(const TimelineData &data, const Options &options)
{
    beginData(data, options);
    makeMarks(int(m_data.items.size()));
}

void TimelineScene::beginData(const TimelineData &data, const Options &options)
{
    letGo();
    m_data = data;
    m_options = options;
    m_style = styleOf(options);
    setBackgroundBrush(m_style.background);
    m_rowHeight = rowHeightOf(m_style);

    m_making = std::make_unique<Making>();
    for (int i = 0; i < m_data.lanes.size(); ++i) {
        const QString &key = m_data.lanes.at(i).key;
        m_making->laneIndex.insert(key, i);
        auto *lane = new TimelineLaneItem;
        addItem(lane);
        m_laneItems.insert(key, lane);
    }
    auto look = std::make_shared<TimelineMarkItem::Look>();
    look->text = m_style.foreground;
    look->background = m_style.background;
    look->font = m_style.font(m_style.labelPx * 0.8);
    look->metrics = std::make_shared<const QFontMetricsF>(look->font);
    look->rowHeight = m_rowHeight;
    m_making->look = std::move(look);
    m_marks.reserve(m_data.items.size());
}

bool TimelineScene::makeMarks(int count)
{
    if (!m_making)
        return true;
    // The marks refer to the items of m_data, which stays as it is until the next setData().
    const int end = int(std::min<qint64>(m_data.items.size(), qint64(m_making->next) + std::max(count, 0)));
    for (int i = m_making->next; i < end; ++i) {
        const TimelineItem &item = m_data.items.at(i);
        const QColor color = item.kind == TimelineItem::Kind::Target
                                 ? m_style.accent
                                 : m_style.seriesColor(m_making->laneIndex.value(item.laneKey));
        auto *mark = new TimelineMarkItem(item, m_making->look, color, &m_making->measured);
        if (TimelineLaneItem *lane = m_laneItems.value(item.laneKey))
            mark->setParentItem(lane);
        else
            addItem(mark);
        m_marks.append(mark);
    }
    m_making->next = end;
    if (end < m_data.items.size())
        return false;
    m_making.reset();
    return true;
}

TimelineScene::~TimelineScene()
{
    removeEveryItem();
}

void TimelineScene::removeEveryItem()
{
    // The scene polishes the items added to it from the event loop; until then, deleting an item looks for it in the
    // list of the items waiting. A figure drawn with no event loop running (an export, a report) took seconds to let go
    // of a national timeline's 50,000 marks, and did so for each size of type it tried. The polish is done now.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    // Every item of the scene is one of its lanes, marks or decor: they all go at once.
    clear();
}

const TimelineMarkItem *TimelineScene::markAt(const QPointF &position) const
{
    for (QGraphicsItem *item : items(position)) {
        if (auto *mark = dynamic_cast<TimelineMarkItem *>(item))
            return mark;
    }
    return nullptr;
}

QString TimelineScene::keyAt(const QPointF &position) const
{
    const TimelineMarkItem *mark = markAt(position);
    return mark ? mark->item().key : QString();
}

void TimelineScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // The tooltip of the mark under the pointer, written now rather than held by every mark.
    const TimelineMarkItem *mark = markAt(event->scenePos());
    if (!mark) {
        QToolTip::hideText();
        event->setAccepted(false);
        return;
    }
    QToolTip::showText(event->screenPos(), mark->toolTipText(), event->widget());
    event->setAccepted(true);
}

void TimelineScene::setHighlightedKey(const QString &key)
{
    for (TimelineMarkItem *mark : std::as_const(m_marks))
        mark->setHighlighted(!key.isEmpty() && mark->item().key == key);
}

} // namespace innoatlas
