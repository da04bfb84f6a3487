#include "search/SearchPanel.h"

#include "models/SearchResultModel.h"
#include "search/HighlightDelegate.h"
#include "search/SearchField.h"
#include "search/SearchIndex.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace innoatlas {

namespace {
// Short enough to feel immediate, long enough that fast typing searches once per pause.
constexpr int typingPauseMs = 60;
} // namespace

SearchPanel::SearchPanel(SearchField *field, QWidget *parent) : QWidget(parent), m_field(field)
{
    setObjectName(QStringLiteral("searchPanel"));
    m_model = new SearchResultModel(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegate(new HighlightDelegate(m_view));
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setTabKeyNavigation(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(typingPauseMs);
    connect(m_timer, &QTimer::timeout, this, &SearchPanel::search);
    connect(m_field, &SearchField::visibleTextChanged, this, [this] { m_timer->start(); });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        // Enter right after typing must not act on the results of the previous text.
        if (m_timer->isActive()) {
            m_timer->stop();
            search();
        }
        const QModelIndex current = m_view->currentIndex();
        activate(current.isValid() && current.parent().isValid() ? current : m_model->firstHit());
    });
    connect(m_view, &QAbstractItemView::clicked, this, &SearchPanel::activate);
    connect(m_view, &QAbstractItemView::activated, this, &SearchPanel::activate);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    m_field->installEventFilter(this);
    retranslate();
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::setDatabase(const QSqlDatabase &database)
{
    m_index = std::make_unique<SearchIndex>(database);
    m_index->setDisplayLanguage(languageCode(primaryLanguage(m_language)));
    m_query.clear();
    m_model->clear();
    if (!m_field->visibleText().trimmed().isEmpty())
        search();
}

void SearchPanel::setContentLanguage(ContentLanguage language)
{
    m_language = language;
    if (m_index)
        m_index->setDisplayLanguage(languageCode(primaryLanguage(language)));
}

void SearchPanel::searchNow(const QString &text)
{
    m_field->setText(text);
    m_timer->stop();
    search();
}

void SearchPanel::search()
{
    const QString text = m_field->visibleText().trimmed();
    if (text == m_query)
        return;
    const bool wasActive = !m_query.isEmpty();
    m_query = text;
    if (text.isEmpty() || !m_index) {
        m_model->clear();
        m_error.clear();
        updateStatus();
        if (wasActive)
            emit activeChanged(false);
        return;
    }
    QElapsedTimer clock;
    clock.start();
    const SearchResult result = m_index->find(text);
    m_lastMicroseconds = clock.nsecsElapsed() / 1000;
    m_error = result.error;
    m_incomplete = result.incomplete;
    m_initials = result.initialConsonants;
    m_amount = result.amount;
    m_model->setResult(result);
    m_view->setCurrentIndex(m_model->firstHit());
    updateStatus();
    if (!wasActive)
        emit activeChanged(true);
}

void SearchPanel::activate(const QModelIndex &index)
{
    const EntityRef entity = m_model->entityAt(index);
    if (entity.isValid())
        emit entityActivated(entity);
}

void SearchPanel::moveCurrent(int delta)
{
    // Walk the hits only, stepping over the group rows.
    QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        m_view->setCurrentIndex(m_model->firstHit());
        return;
    }
    QModelIndex next = index;
    do {
        next = delta > 0 ? m_view->indexBelow(next) : m_view->indexAbove(next);
    } while (next.isValid() && !next.parent().isValid());
    if (next.isValid())
        m_view->setCurrentIndex(next);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_Escape:
            if (!m_field->text().isEmpty()) {
                m_field->clear();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SearchPanel::retranslate()
{
    m_view->setAccessibleName(tr("Search results"));
    m_status->setAccessibleName(tr("Search status"));
    m_model->retranslate();
    updateStatus();
}

void SearchPanel::updateStatus()
{
    if (!m_error.isEmpty()) {
        m_status->setText(tr("The search could not read the database: %1").arg(m_error));
        return;
    }
    if (m_query.isEmpty()) {
        m_status->setText(tr("Type in the search box: Korean or English words, initial consonants such as ㄷㅈ, "
                             "or an amount such as 3500억."));
        return;
    }
    const int hits = m_model->hitCount();
    QString text = hits == 0 ? tr("Nothing found for “%1”.").arg(m_query)
                             : tr("%n result(s) for “%1”", nullptr, hits).arg(m_query);
    if (m_initials)
        text += QLatin1Char(' ') + tr("(read as initial consonants)");
    if (m_amount)
        text += QLatin1Char(' ') + tr("(also read as an amount)");
    if (m_incomplete)
        text += QLatin1Char(' ') + tr("Only the best matches are shown.");
    if (hits > 0)
        text += QLatin1Char(' ') + tr("Enter opens the highlighted result.");
    m_status->setText(text);
}

} // namespace innoatlas
