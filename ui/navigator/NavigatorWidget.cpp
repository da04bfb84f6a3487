#include "navigator/NavigatorWidget.h"

#include "common/ItemRoles.h"
#include "navigator/NavigatorLookups.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace innoatlas {

NavigatorWidget::NavigatorWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("navigator"));
    m_model = new NavigatorModel(this);

    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("navigatorGrouping"));
    m_grouping->addItem(QString(), int(NavigatorModel::Grouping::Region));
    m_grouping->addItem(QString(), int(NavigatorModel::Grouping::Theme));

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("navigatorFilter"));
    m_filterEdit->setClearButtonEnabled(true);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("navigatorTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setTabKeyNavigation(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_grouping);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_tree, 1);
    setTabOrder(m_grouping, m_filterEdit);
    setTabOrder(m_filterEdit, m_tree);

    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto grouping = NavigatorModel::Grouping(m_grouping->itemData(index).toInt());
        const QString key = current().key;
        m_model->setGrouping(grouping);
        if (!m_model->filterText().isEmpty())
            expandFound();
        if (!key.isEmpty())
            select(key);
        emit groupingChanged(grouping);
    });
    connect(m_filterEdit, &QLineEdit::textChanged, this, &NavigatorWidget::applyFilter);
    // Regions (or themes) listed as the filtered tree is scrolled stand open like the others.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (parent.isValid())
            return;
        for (int row = first; row <= last; ++row)
            m_tree->expand(m_model->index(row, 0));
    });
    // ... and the further regions as the tree is scrolled to its end, or when it does not fill the view.
    connect(m_tree->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value >= m_tree->verticalScrollBar()->maximum())
            listMoreGroups();
    });
    connect(m_tree->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int maximum) {
        if (maximum == 0 && m_model->hasMoreGroups())
            QMetaObject::invokeMethod(this, &NavigatorWidget::listMoreGroups, Qt::QueuedConnection);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    retranslate();
}

void NavigatorWidget::reload(const QSqlDatabase &database)
{
    const QString key = current().key;
    m_model->reload(database);
    showReloaded(key);
}

void NavigatorWidget::reload(const QSqlDatabase &database, NavigatorData top)
{
    const QString key = current().key;
    m_model->reload(database, std::move(top));
    showReloaded(key);
}

void NavigatorWidget::showReloaded(const QString &key)
{
    expandTopLevel();
    if (!m_filterEdit->text().trimmed().isEmpty())
        applyFilter(m_filterEdit->text());
    if (!key.isEmpty())
        select(key);
}

void NavigatorWidget::setLookupFile(const QString &path)
{
    if (m_lookups && m_lookups->path() == path)
        return;
    delete m_lookups;
    m_lookups = nullptr;
    if (path.isEmpty())
        return;
    m_lookups = new NavigatorLookups(path, m_model->scanThreshold(), this);
    connect(m_lookups, &NavigatorLookups::found, this, [this](NavigatorModel::FilterLookup lookup) {
        showFiltered([&] { m_model->applyLookup(std::move(lookup)); });
    });
    // The file could not be read on another connection: the tree's own connection looks the text up.
    connect(m_lookups, &NavigatorLookups::failed, this, [this](const QString &text, const QString &message) {
        qWarning("Navigator filter, filtered on the tree's connection: %s", qPrintable(message));
        showFiltered([&] { m_model->setFilterText(text); });
    });
}

QString NavigatorWidget::lookupFile() const
{
    return m_lookups ? m_lookups->path() : QString();
}

bool NavigatorWidget::isLookingUp() const
{
    return m_lookups && m_lookups->isBusy();
}

void NavigatorWidget::applyFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_lookups && trimmed != m_model->filterText() && m_model->needsLookup(trimmed)) {
        m_lookups->lookUp(trimmed, m_model->lookAhead(trimmed));
        return;
    }
    // An empty text, one found nowhere, or the one the tree shows: at once, and a text still being looked up is
    // no longer wanted.
    if (m_lookups)
        m_lookups->cancel();
    showFiltered([&] { m_model->setFilterText(trimmed); });
}

void NavigatorWidget::showFiltered(const std::function<void()> &filter)
{
    const QString key = current().key;
    try {
        filter();
    } catch (const StoreError &error) {
        // The tree stays as it was; the filter box says why it does not filter.
        m_filterEdit->setToolTip(tr("The filter could not be applied: %1").arg(error.message()));
        emit filterShown();
        return;
    }
    m_filterEdit->setToolTip(QString());
    if (m_model->filterText().isEmpty())
        expandTopLevel();
    else
        expandFound();
    // The row the user stood on stays current when it is still listed (and is revealed again
    // when the filter is cleared); it is the same entity, so it is not reported again.
    const QModelIndex index = key.isEmpty() ? QModelIndex() : m_model->indexOfKey(key);
    if (index.isValid()) {
        m_quiet = true;
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
        m_quiet = false;
    }
    emit filterShown();
}

void NavigatorWidget::expandFound()
{
    // What was found is opened as far as the view can show, in the order expandAll() would show it;
    // further plans stay closed and are read when opened, so that a filter finding most of a large
    // database costs what one screen of rows costs.
    const int wanted = rowsShown();
    int rows = 0;
    std::function<void(const QModelIndex &)> open = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent) && rows < wanted; ++row) {
            ++rows;
            const QModelIndex index = m_model->index(row, 0, parent);
            if (!m_model->hasChildren(index))
                continue;
            if (m_model->canFetchMore(index))
                m_model->fetchMore(index);
            m_tree->expand(index);
            open(index);
        }
    };
    expandTopLevel();
    for (int row = 0; rows < wanted; ++row) {
        // A text found in much of the database lists its regions as they are needed.
        if (row >= m_model->rowCount())
            m_model->fetchMoreGroups();
        if (row >= m_model->rowCount())
            break;
        ++rows;
        open(m_model->index(row, 0));
    }
}

int NavigatorWidget::rowsShown() const
{
    // The rows are as tall as the delegate makes them (taller than a line of text): opening more than the view
    // shows would read plans no one sees.
    int rowHeight = m_model->rowCount() > 0 ? m_tree->sizeHintForRow(0) : 0;
    if (rowHeight <= 0)
        rowHeight = m_tree->fontMetrics().height();
    return m_tree->viewport()->height() / qMax(1, rowHeight) + 1;
}

void NavigatorWidget::listMoreGroups()
{
    // A screen's worth of rows at a time (the regions that follow stand open, see rowsInserted above).
    const int wanted = rowsShown();
    int rows = 0;
    while (rows < wanted && m_model->hasMoreGroups()) {
        const int first = m_model->rowCount();
        m_model->fetchMoreGroups();
        for (int row = first; row < m_model->rowCount(); ++row)
            rows += 1 + m_model->rowCount(m_model->index(row, 0));
    }
}

void NavigatorWidget::expandTopLevel()
{
    // Regions stand open: their plans are what people come for.
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_tree->expand(m_model->index(row, 0));
}

void NavigatorWidget::setContentLanguage(ContentLanguage language)
{
    m_model->setContentLanguage(language);
}

void NavigatorWidget::setGrouping(NavigatorModel::Grouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
    if (m_model->filterText().isEmpty())
        expandTopLevel();
}

NavigatorModel::Grouping NavigatorWidget::grouping() const
{
    return m_model->grouping();
}

bool NavigatorWidget::select(const QString &key)
{
    // The entity's plan is read first if it was not opened yet (NavigatorModel::indexOfKey()).
    QModelIndex index = m_model->indexOfKey(key);
    if (!index.isValid() && !m_model->filterText().isEmpty()) {
        m_filterEdit->clear();
        index = m_model->indexOfKey(key);
    }
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

EntityRef NavigatorWidget::current() const
{
    const QModelIndex index = m_tree->currentIndex();
    EntityRef entity;
    if (!index.isValid())
        return entity;
    entity.key = index.data(KeyRole).toString();
    entity.kind = index.data(KindRole).toString();
    entity.planKey = index.data(PlanKeyRole).toString();
    entity.regionKey = index.data(RegionKeyRole).toString();
    return entity;
}

void NavigatorWidget::onCurrentChanged(const QModelIndex &index)
{
    if (m_quiet || !index.isValid() || index.data(KeyRole).toString().isEmpty())
        return;
    emit currentEntityChanged(current());
}

void NavigatorWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NavigatorWidget::retranslate()
{
    m_grouping->setItemText(0, tr("By region"));
    m_grouping->setItemText(1, tr("By theme"));
    m_grouping->setToolTip(tr("Group the plans by region or by theme"));
    m_grouping->setAccessibleName(tr("Grouping"));
    m_filterEdit->setPlaceholderText(tr("Filter the tree"));
    m_filterEdit->setAccessibleName(tr("Navigator filter"));
    m_tree->setAccessibleName(tr("Navigator"));
    m_model->retranslate();
}

} // namespace innoatlas
