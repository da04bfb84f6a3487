#pragma once

#include "charts/Figure.h"
#include "charts/PresenterDeck.h"
#include "charts/SlideData.h"
#include "model/Dataset.h"
#include "presenter/SlideFigures.h"

#include <QDate>
#include <QFutureWatcher>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QAction;

namespace innoatlas {

class Database;

/**
 * Presenter mode: the slides of a deck full screen, large type, high contrast.
 *
 * Keys (and clickers, which send them): Page Down, Right, Down, Space or Enter for the next
 * slide; Page Up, Left, Up or Backspace for the previous; Home and End; L switches between
 * Korean and English on the same slide (the layout is made for both, so nothing moves but the
 * words); Esc leaves. The interface language is switched with the slides and restored on leaving.
 */
class PresenterWindow : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(int slideCount READ count CONSTANT)
    Q_PROPERTY(bool nextSlideReady READ isNextSlideReady)
    Q_PROPERTY(bool drawingAhead READ isDrawingAhead)

public:
    PresenterWindow(SlideData data, PresenterDeck deck, QWidget *parent = nullptr);
    ~PresenterWindow() override;

    /**
     * The action that starts presenter mode on @p database's first deck (or the standard deck): F5. Its figures are
     * made from what @p data gives when the action is triggered.
     */
    static QAction *createStartAction(std::function<SlideData()> data, Database &database, QWidget *parent);
    /** Opens a presenter window full screen on @p database's first deck; it deletes itself when left. */
    static PresenterWindow *present(SlideData data, Database &database, QWidget *parent = nullptr);

    int count() const { return int(m_deck.slides.size()); }
    int currentIndex() const { return m_index; }
    Language language() const { return m_language; }
    const PresenterDeck &deck() const { return m_deck; }
    /** The figure of the current slide as it is shown (made when asked for, for a slide drawn ahead). */
    Figure *currentFigure();
    /**
     * Whether the next slide is drawn and waits to be shown. While a slide is shown and nothing else is asked for, the
     * window draws the next one: at national scale a timeline slide takes half a second to draw, a presenter's pause.
     */
    bool isNextSlideReady() const;
    /**
     * Whether the next slide is being drawn: a part at each turn of the event loop (Figure::renderInParts()), so that
     * a key is answered at once. The key for that slide has the rest drawn, then shows it.
     */
    bool isDrawingAhead() const { return bool(m_drawing); }
    /** The date of the today line on timelines (a replaceable clock for tests). */
    void setToday(const QDate &date);

public slots:
    void setCurrentIndex(int index);
    void next();
    void previous();
    void toggleLanguage();

signals:
    void currentIndexChanged(int index);
    void languageChanged(innoatlas::Language language);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    /** A slide drawn, kept to be shown again or first. */
    struct Picture
    {
        int index = -1;
        Language language = Language::Korean;
        QDate today;
        QString title;
        QPixmap pixmap; ///< at the window's size in device pixels
    };

    SlideFigures::Options figureOptions() const;
    std::unique_ptr<Figure> figureOf(int index);
    /** The window's size in device pixels: the size a slide is drawn at. */
    QSize pixelSize() const;
    /** A picture of the window's size, its background only. */
    QPixmap blank() const;
    /** @p figure drawn at the window's size. */
    QPixmap draw(Figure &figure) const;
    /** Whether @p picture shows slide @p index as the window would draw it now. */
    bool shows(const Picture &picture, int index) const;
    void makeFigure();
    /** Shows slide m_index from @p picture when it shows it; false when it does not. */
    bool showFrom(Picture &picture);
    /** A slide being drawn, a part at a time, while the one before is shown. */
    struct Drawing
    {
        Picture picture;                ///< what it is for, and what has been drawn so far
        std::shared_ptr<Figure> figure; ///< null until made
        /** A timeline's or the targets' figure while it is made on another thread. */
        std::unique_ptr<QFutureWatcher<std::shared_ptr<Figure>>> making;
        /** Set when the drawing is let go: the figure made meanwhile goes on that thread. */
        std::shared_ptr<std::atomic_bool> letGo = std::make_shared<std::atomic_bool>(false);
    };

    /** Whether @p drawing is of the next slide as the window would draw it now. */
    bool drawsNext(const Drawing &drawing) const;
    /** Draws the next slide, once the window has nothing else to do. */
    void drawAheadSoon();
    void drawAhead();
    /** Draws a part of the next slide; its picture goes to m_ahead once whole. */
    void drawAPartAhead();
    /** Draws what is left of the next slide when it is slide @p index and still drawn as the window draws now. */
    void finishDrawingAhead(int index);
    void stopDrawingAhead();

    SlideData m_data;
    PresenterDeck m_deck;
    std::unique_ptr<Figure> m_figure; ///< null for a slide shown from a picture, until asked for
    int m_index = 0;
    Language m_language;
    QString m_languageOnEntry;
    QDate m_today;
    QString m_title;
    QPixmap m_drawn; ///< the current slide as last drawn, at the window's size in device pixels; null until then
    Picture m_ahead; ///< the next slide, drawn while the window waited
    bool m_drawAheadPending = false;
    std::unique_ptr<Drawing> m_drawing;           ///< the next slide while it is drawn
    QFuture<std::shared_ptr<Figure>> m_abandoned; ///< a figure of a drawing let go, still being made
    QTimer m_drawingParts;                        ///< a part at each turn of the event loop
};

} // namespace innoatlas
