#pragma once

#include "charts/Figure.h"
#include "charts/PresenterDeck.h"
#include "charts/SlideData.h"
#include "model/Dataset.h"

#include <QDate>
#include <QPixmap>
#include <QWidget>

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
    /** The figure of the current slide as it is shown. */
    Figure *currentFigure() const { return m_figure.get(); }
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
    void makeFigure();

    SlideData m_data;
    PresenterDeck m_deck;
    std::unique_ptr<Figure> m_figure;
    int m_index = 0;
    Language m_language;
    QString m_languageOnEntry;
    QDate m_today;
    QPixmap m_drawn; ///< the figure as last drawn, at the window's size in device pixels; null until then
};

} // namespace innoatlas
