#include "presenter/PresenterWindow.h"

#include "charts/DeckStore.h"
#include "charts/FigureStyle.h"
#include "charts/InterfaceLanguage.h"
#include "common/HeapMemory.h"
#include "i18n/Translations.h"
#include "presenter/SlideFigures.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace innoatlas {

namespace {
constexpr int drawAheadAfterMs = 100;
} // namespace

PresenterWindow::PresenterWindow(SlideData data, PresenterDeck deck, QWidget *parent)
    : QWidget(parent, Qt::Window), m_data(std::move(data)), m_deck(std::move(deck)),
      m_language(InterfaceLanguage::current()), m_languageOnEntry(Translations::current()),
      m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("presenterWindow"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::BlankCursor);
    setWindowTitle(tr("InnoAtlas — presenter"));
    setAccessibleName(tr("Presenter"));
    m_drawingParts.setInterval(0);
    connect(&m_drawingParts, &QTimer::timeout, this, &PresenterWindow::drawAPartAhead);
    makeFigure();
}

PresenterWindow::~PresenterWindow()
{
    // The interface speaks the language it spoke before presenting.
    if (Translations::current() != m_languageOnEntry)
        Translations::install(m_languageOnEntry);
}

QAction *PresenterWindow::createStartAction(std::function<SlideData()> data, Database &database, QWidget *parent)
{
    auto *action = new QAction(tr("&Present"), parent);
    action->setObjectName(QStringLiteral("presentAction"));
    action->setShortcut(QKeySequence(Qt::Key_F5));
    action->setStatusTip(tr("Show the presenter deck full screen (Esc leaves)"));
    connect(action, &QAction::triggered, parent,
            [data = std::move(data), &database, parent] { present(data(), database, parent); });
    return action;
}

PresenterWindow *PresenterWindow::present(SlideData data, Database &database, QWidget *parent)
{
    PresenterDeck deck;
    try {
        deck = DeckStore(database.connection()).loadFirstOrStandard();
    } catch (const StoreError &) {
        deck = PresenterDeck::standard(); // a deck that cannot be read must not keep the presenter from starting
    }
    auto *window = new PresenterWindow(std::move(data), deck, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    // The deck's figures of a national database are some 70 MB: once the window and they are deleted, the memory goes
    // back to the system (33 to 57 ms) rather than staying with the process for the views opened after it.
    connect(window, &QObject::destroyed, QCoreApplication::instance(), &HeapMemory::releaseFreed);
    window->showFullScreen();
    window->activateWindow();
    window->setFocus();
    return window;
}

void PresenterWindow::setToday(const QDate &date)
{
    m_today = date;
    makeFigure();
}

Figure *PresenterWindow::currentFigure()
{
    if (!m_figure && !m_deck.slides.isEmpty())
        m_figure = figureOf(m_index);
    return m_figure.get();
}

bool PresenterWindow::isNextSlideReady() const
{
    return m_index + 1 >= count() || shows(m_ahead, m_index + 1);
}

SlideFigures::Options PresenterWindow::figureOptions() const
{
    SlideFigures::Options options;
    options.look = FigureLook::Presenter;
    options.today = m_today;
    options.sameLayoutInBothLanguages = true;
    return options;
}

std::unique_ptr<Figure> PresenterWindow::figureOf(int index)
{
    return SlideFigures::create(m_deck.slides.at(index), m_data, m_language, figureOptions());
}

QSize PresenterWindow::pixelSize() const
{
    return (QSizeF(size()) * devicePixelRatioF()).toSize();
}

QPixmap PresenterWindow::blank() const
{
    QPixmap pixmap(pixelSize());
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    pixmap.fill(FigureStyle::presenter(size()).background);
    return pixmap;
}

QPixmap PresenterWindow::draw(Figure &figure) const
{
    QPixmap pixmap = blank();
    QPainter painter(&pixmap);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    figure.render(&painter, QRectF(rect()));
    return pixmap;
}

bool PresenterWindow::shows(const Picture &picture, int index) const
{
    return picture.index == index && picture.language == m_language && picture.today == m_today &&
           !picture.pixmap.isNull() && picture.pixmap.size() == pixelSize();
}

void PresenterWindow::makeFigure()
{
    m_drawn = QPixmap();
    // The figure shown goes first: at national scale it holds as much as the next one.
    m_figure.reset();
    m_figure = m_deck.slides.isEmpty() ? nullptr : figureOf(m_index);
    m_title = m_figure ? m_figure->title() : QString();
    setAccessibleDescription(m_title);
    update();
}

bool PresenterWindow::showFrom(Picture &picture)
{
    if (!shows(picture, m_index))
        return false;
    const Picture shown = std::exchange(picture, Picture());
    m_figure.reset();
    m_drawn = shown.pixmap;
    m_title = shown.title;
    setAccessibleDescription(m_title);
    update();
    return true;
}

bool PresenterWindow::drawsNext(const Drawing &drawing) const
{
    const Picture &picture = drawing.picture;
    return picture.index == m_index + 1 && picture.language == m_language && picture.today == m_today &&
           picture.pixmap.size() == pixelSize();
}

void PresenterWindow::drawAheadSoon()
{
    if (m_drawing && !drawsNext(*m_drawing))
        stopDrawingAhead();
    if (m_drawAheadPending || m_drawing || isNextSlideReady())
        return;
    m_drawAheadPending = true;
    // Once the slide shown has stayed a moment: paging on at once, one does not wait for the slides passed.
    QTimer::singleShot(drawAheadAfterMs, this, [this] {
        m_drawAheadPending = false;
        drawAhead();
    });
}

void PresenterWindow::drawAhead()
{
    if (!isVisible() || m_drawing || isNextSlideReady())
        return;
    // The figure of a drawing let go is still being made on another thread: two are never made at once.
    if (m_abandoned.isRunning()) {
        drawAheadSoon();
        return;
    }
    // A national timeline takes half a second to draw: a part at each turn of the event loop, so that a key pressed
    // meanwhile is answered at once.
    m_drawing = std::make_unique<Drawing>();
    m_drawing->picture = {m_index + 1, m_language, m_today, QString(), blank()};
    m_drawingParts.start();
}

void PresenterWindow::drawAPartAhead()
{
    // Drawn for a slide, a language, a day or a size the window no longer shows next, it is of no use.
    if (!m_drawing || !isVisible() || !drawsNext(*m_drawing)) {
        stopDrawingAhead();
        drawAheadSoon();
        return;
    }
    Drawing &drawing = *m_drawing;
    Picture &picture = drawing.picture;
    if (!drawing.figure) {
        if (!drawing.making) {
            // Two slides' figures of a national database are never held at once: the slide shown is kept as drawn
            // (its figure is made again when asked for), and of the next only its picture is kept.
            if (m_drawn.size() == pixelSize())
                m_figure.reset();
            const PresenterSlide &slide = m_deck.slides.at(picture.index);
            if (SlideFigures::Maker make = SlideFigures::maker(slide, m_data, m_language, figureOptions())) {
                // A national timeline's data takes 0.1 s to make: on another thread, the parts waiting meanwhile.
                m_drawingParts.stop();
                drawing.making = std::make_unique<QFutureWatcher<std::shared_ptr<Figure>>>();
                connect(drawing.making.get(), &QFutureWatcherBase::finished, &m_drawingParts,
                        qOverload<>(&QTimer::start));
                // A figure made for a drawing let go meanwhile is let go there too, not kept by its future.
                drawing.making->setFuture(QtConcurrent::run([make = std::move(make), letGo = drawing.letGo] {
                    std::shared_ptr<Figure> figure = make();
                    return *letGo ? nullptr : figure;
                }));
                return;
            }
            drawing.figure = figureOf(picture.index);
        } else {
            if (!drawing.making->isFinished())
                return;
            drawing.figure = drawing.making->result();
            drawing.making.reset();
        }
        if (!drawing.figure) {
            stopDrawingAhead();
            return;
        }
        picture.title = drawing.figure->title();
        return;
    }
    QPainter painter(&picture.pixmap);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    if (!drawing.figure->renderInParts(&painter, QRectF(rect())))
        return;
    painter.end();
    m_ahead = std::move(picture);
    stopDrawingAhead();
}

void PresenterWindow::finishDrawingAhead(int index)
{
    while (m_drawing && m_drawing->picture.index == index && drawsNext(*m_drawing)) {
        if (m_drawing->making)
            m_drawing->making->waitForFinished();
        drawAPartAhead();
    }
}

void PresenterWindow::stopDrawingAhead()
{
    m_drawingParts.stop();
    if (m_drawing && m_drawing->making && m_drawing->making->isRunning()) {
        *m_drawing->letGo = true;
        m_abandoned = m_drawing->making->future();
    }
    m_drawing.reset();
}

void PresenterWindow::setCurrentIndex(int index)
{
    if (m_deck.slides.isEmpty())
        return;
    index = std::clamp(index, 0, count() - 1);
    if (index == m_index && (m_figure || !m_drawn.isNull()))
        return;
    // The slide being drawn ahead is asked for: what is left of it is drawn now. Any other is let go.
    finishDrawingAhead(index);
    stopDrawingAhead();
    Picture left{m_index, m_language, m_today, m_title, m_drawn};
    m_index = index;
    if (!showFrom(m_ahead))
        makeFigure();
    // Back one slide, the slide left is the next one, drawn.
    if (left.index == index + 1)
        m_ahead = std::move(left);
    else if (m_ahead.index != index + 1)
        m_ahead = Picture();
    emit currentIndexChanged(m_index);
}

void PresenterWindow::next()
{
    setCurrentIndex(m_index + 1);
}

void PresenterWindow::previous()
{
    setCurrentIndex(m_index - 1);
}

void PresenterWindow::toggleLanguage()
{
    m_language = InterfaceLanguage::other(m_language);
    // Titles and notes are interface text: the interface switches with the slide.
    Translations::install(languageCode(m_language));
    makeFigure();
    emit languageChanged(m_language);
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        break;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
        setCurrentIndex(0);
        break;
    case Qt::Key_End:
        setCurrentIndex(count() - 1);
        break;
    case Qt::Key_L:
        toggleLanguage();
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresenterWindow::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        next();
    else if (event->button() == Qt::RightButton)
        previous();
}

void PresenterWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const FigureStyle style = FigureStyle::presenter(size());
    // The slide is drawn once for the window's size and kept: a national timeline takes half a second to lay out, and
    // the window is painted again whenever it is uncovered.
    if (m_drawn.size() != pixelSize()) {
        Figure *figure = currentFigure();
        m_drawn = figure ? draw(*figure) : QPixmap();
    }
    if (m_drawn.isNull()) {
        painter.fillRect(rect(), style.background);
        painter.setPen(style.foreground);
        painter.setFont(style.font(style.labelPx));
        painter.drawText(rect(), Qt::AlignCenter, tr("The deck has no slides."));
        return;
    }
    painter.drawPixmap(0, 0, m_drawn);
    // Where we are, discreetly, in the bottom right corner.
    painter.setFont(style.font(style.smallPx * 0.9));
    painter.setPen(style.muted);
    painter.drawText(rect().adjusted(0, 0, -int(style.margin * 0.4), -int(style.margin * 0.2)),
                     Qt::AlignRight | Qt::AlignBottom, QStringLiteral("%1 / %2").arg(m_index + 1).arg(count()));
    drawAheadSoon();
}

void PresenterWindow::closeEvent(QCloseEvent *event)
{
    stopDrawingAhead();
    if (Translations::current() != m_languageOnEntry)
        Translations::install(m_languageOnEntry);
    QWidget::closeEvent(event);
}

} // namespace innoatlas
