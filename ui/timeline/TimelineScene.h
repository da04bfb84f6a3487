#pragma once

#include "charts/FigureStyle.h"
#include "charts/TimelineData.h"

#include <QCoreApplication>
#include <QDate>
#include <QGraphicsScene>

#include <functional>
#include <memory>

namespace innoatlas {

class TimelineLaneItem;
class TimelineMarkItem;

/**
 * A timeline in a QGraphicsScene: the axis with years (and breaks where the scale is shortened),
 * one band per lane with its items packed into rows so labels never overlap, the today line,
 * and optionally the frame of a figure (title, legend, notes, source line) and the lane labels.
 *
 * Items are made once per setData(); zooming only moves them (layoutAt()), so a timeline of
 * thousands of items zooms and pans smoothly. The scene makes every item in it: setData() clears
 * the whole scene, so nothing else may add items to it.
 */
class TimelineScene : public QGraphicsScene
{
    Q_OBJECT

public:
    struct Options
    {
        FigureLook look = FigureLook::Standard;
        bool frame = false;              ///< title, legend, notes and source line inside the scene
        bool laneLabels = true;          ///< lane labels as scene items (else the view draws them)
        QDate today;                     ///< the today line; none when invalid
        QSizeF referenceSize{1300, 760}; ///< the size the type is chosen for (FigureStyle)
        qreal textScale = 1.0;           ///< smaller type for dense timelines in a fixed height
    };

    struct LaneGeometry
    {
        QString key;
        QString label;
        qreal top = 0;
        qreal height = 0;
    };

    explicit TimelineScene(QObject *parent = nullptr);
    ~TimelineScene() override;

    void setData(const TimelineData &data, const Options &options);
    /**
     * setData() in parts, for a window that keeps answering while a national timeline's 50,000 marks are made: the
     * lanes now, the marks by makeMarks(). Nothing is measured or laid out until every mark is made.
     */
    void beginData(const TimelineData &data, const Options &options);
    /** Makes up to @p count more marks of the data begun; true once every mark is made. */
    bool makeMarks(int count);
    /** Lets go of the data and its items (before other data is made, so that two are never held at once). */
    void letGo();
    const TimelineData &data() const { return m_data; }
    const FigureStyle &style() const { return m_style; }

    /**
     * Lays everything out at @p pixelsPerDay for a view @p width wide; with a frame, the notes and
     * source line go to the bottom of @p minimumHeight at least.
     */
    void layoutAt(qreal pixelsPerDay, qreal width, qreal minimumHeight = 0);
    /**
     * The size layoutAt() would give the scene, with nothing moved: a figure fitted to its output tries widths with it
     * and lays out once (a layout of a national timeline moves 50,000 marks).
     */
    QSizeF sizeAt(qreal pixelsPerDay, qreal width, qreal minimumHeight = 0) const;
    /**
     * A height no layout of @p data with @p options is lower than (its lanes at one row each), known without making its
     * marks: a figure rules out sizes of type with it.
     */
    static qreal leastHeight(const TimelineData &data, const Options &options);
    /** The zoom at which the whole time scale fits @p width. */
    qreal fitPixelsPerDay(qreal width) const;
    qreal pixelsPerDay() const { return m_pixelsPerDay; }
    /** Scene x of a date. */
    qreal xOf(const QDate &date) const;
    /** The left edge of the time area (right of the lane labels). */
    qreal timeLeft() const { return m_timeLeft; }
    qreal headerWidth() const { return m_headerWidth; }
    const QVector<LaneGeometry> &lanes() const { return m_lanes; }
    int markCount() const { return int(m_marks.size()); }

    /** The entity key of the item at a scene position, or empty. */
    QString keyAt(const QPointF &position) const;
    /** The topmost mark at a scene position, or nullptr. */
    const TimelineMarkItem *markAt(const QPointF &position) const;
    /** Draws a frame around the items of an entity (empty for none). */
    void setHighlightedKey(const QString &key);

protected:
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    /** Where a figure's frame puts its legend below the title, and where the frame's top ends. */
    struct FrameTop
    {
        qreal legendTop = 0;
        qreal bottom = 0;
    };
    /** Where a figure's notes and source line go below the lanes, and the scene's bottom. */
    struct FrameBottom
    {
        qreal notesTop = 0;
        qreal sourceTop = 0;
        qreal bottom = 0;
    };
    /** Where a layout puts the axis and the lanes, and how large it makes the scene. */
    struct Plan
    {
        qreal pixelsPerDay = 1;
        qreal headerWidth = 0;
        qreal timeLeft = 0;
        qreal contentRight = 0; ///< the end of the time scale
        qreal todayStrip = 0;   ///< above the axis, for the today label
        qreal axisTop = 0;
        qreal axisHeight = 0;
        qreal lanesBottom = 0;
        FrameBottom frameBottom; ///< with a frame
        QSizeF size;
        QVector<LaneGeometry> lanes;
    };
    /** What making the marks of the data begun needs until the last is made. */
    struct Making;
    /** Told where a mark goes: its span, the side and room of its label, and the top of its row. */
    using PlaceMark = std::function<void(TimelineMarkItem *mark, qreal left, qreal right, bool labelLeft,
                                         qreal labelRoom, qreal top)>;

    /** Packs each lane's marks into rows at @p pixelsPerDay; @p place, when given, is told where each mark goes. */
    Plan plan(qreal pixelsPerDay, qreal width, qreal minimumHeight, const PlaceMark &place) const;
    static FigureStyle styleOf(const Options &options);
    static qreal rowHeightOf(const FigureStyle &style);
    /** Deletes every item of the scene, at once. */
    void removeEveryItem();
    void clearDecor();
    void addDecor(QGraphicsItem *item);
    /** The margin around the timeline: a figure's, or half a label's in a view. */
    qreal margin() const;
    /** The width of the lane labels' column in a scene @p width wide. */
    static qreal headerWidthAt(qreal width);
    FrameTop frameTopAt(qreal width) const;
    /** Below lanes ending at @p top, the notes and source line reaching down to @p minimumHeight at least. */
    FrameBottom frameBottomAt(qreal top, qreal width, qreal minimumHeight) const;
    void addFrameTop(qreal width);
    void addAxis(qreal top, qreal height, qreal bottom);
    void addFrameBottom(const FrameBottom &frame, qreal width);
    QString notesText() const;

    TimelineData m_data;
    Options m_options;
    FigureStyle m_style;
    QVector<TimelineMarkItem *> m_marks;
    std::unique_ptr<Making> m_making;               ///< while marks are left to make
    QHash<QString, TimelineLaneItem *> m_laneItems; ///< lane key → the item holding its marks
    QList<QGraphicsItem *> m_decor;
    QVector<LaneGeometry> m_lanes;
    qreal m_pixelsPerDay = 1;
    qreal m_timeLeft = 0;
    qreal m_headerWidth = 0;
    qreal m_rowHeight = 30;
};

} // namespace innoatlas
