#include "detail/DetailView.h"

#include "common/BadgeDelegate.h"
#include "common/ItemRoles.h"
#include "common/Terms.h"
#include "detail/SourcesPanel.h"
#include "models/DetailFieldModel.h"
#include "query/EntityDetailQuery.h"
#include "store/StoreError.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace innoatlas {

DetailView::DetailView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("detailView"));
    m_model = new DetailFieldModel(this);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("detailHint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setMargin(24);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *page = new QWidget(this);
    m_kind = new QLabel(page);
    m_kind->setObjectName(QStringLiteral("detailKind"));
    m_kind->setForegroundRole(QPalette::Link);
    m_headingKo = new QLabel(page);
    m_headingKo->setObjectName(QStringLiteral("detailHeadingKo"));
    m_headingEn = new QLabel(page);
    m_headingEn->setObjectName(QStringLiteral("detailHeadingEn"));
    for (QLabel *label : {m_headingKo, m_headingEn}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont headingFont = m_headingKo->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_headingKo->setFont(headingFont);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("detailFields"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new BadgeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(DetailFieldModel::FieldColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DetailFieldModel::KoreanColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DetailFieldModel::EnglishColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DetailFieldModel::KoreanBadgeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DetailFieldModel::EnglishBadgeColumn, QHeaderView::ResizeToContents);

    m_sourcesTitle = new QLabel(page);
    m_sourcesTitle->setObjectName(QStringLiteral("sourcesTitle"));
    QFont titleFont = m_sourcesTitle->font();
    titleFont.setBold(true);
    m_sourcesTitle->setFont(titleFont);
    m_sources = new SourcesPanel(page);

    auto *sourcesBox = new QWidget(page);
    auto *sourcesLayout = new QVBoxLayout(sourcesBox);
    sourcesLayout->setContentsMargins(0, 4, 0, 0);
    sourcesLayout->addWidget(m_sourcesTitle);
    sourcesLayout->addWidget(m_sources, 1);
    m_sourcesTitle->setBuddy(m_sources);

    m_splitter = new QSplitter(Qt::Vertical, page);
    m_splitter->setObjectName(QStringLiteral("detailSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(sourcesBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(6, 6, 6, 6);
    pageLayout->setSpacing(2);
    pageLayout->addWidget(m_kind);
    pageLayout->addWidget(m_headingKo);
    pageLayout->addWidget(m_headingEn);
    pageLayout->addSpacing(4);
    pageLayout->addWidget(m_splitter, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_hint);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_sources->highlightField(current.isValid() ? current.row() : -1); });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        EntityRef entity;
        entity.key = index.data(KeyRole).toString();
        entity.kind = index.data(KindRole).toString();
        if (entity.isValid())
            emit referenceActivated(entity);
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        EntityRef entity;
        entity.key = index.data(KeyRole).toString();
        entity.kind = index.data(KindRole).toString();
        if (entity.isValid())
            emit referenceActivated(entity);
    });
    retranslate();
}

void DetailView::setDatabase(const QSqlDatabase &database)
{
    m_database = database;
}

bool DetailView::showEntity(const QString &key)
{
    EntityDetail detail;
    if (!key.isEmpty() && m_database.isOpen()) {
        try {
            detail = EntityDetailQuery(m_database).query(key);
        } catch (const StoreError &e) {
            qWarning("%s", e.what());
        }
    }
    m_model->setDetail(detail);
    m_sources->setDetail(detail);
    m_stack->setCurrentIndex(detail.isValid() ? 1 : 0);
    updateHeading();
    return detail.isValid();
}

QString DetailView::entityKey() const
{
    return m_model->detail().key;
}

void DetailView::updateHeading()
{
    const EntityDetail &detail = m_model->detail();
    m_kind->setText(Terms::interfaceName(QStringLiteral("entityKind"), detail.kind).toUpper());
    m_headingKo->setText(detail.heading.ko);
    m_headingEn->setText(detail.heading.en);
    m_headingKo->setVisible(!detail.heading.ko.isEmpty());
    m_headingEn->setVisible(!detail.heading.en.isEmpty() && detail.heading.en != detail.heading.ko);
    m_kind->setToolTip(detail.key);
}

void DetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DetailView::retranslate()
{
    m_hint->setText(tr("Select a city, a plan or any entry in the navigator to read it here in Korean and "
                       "English, with the source of every figure."));
    m_sourcesTitle->setText(tr("Sources"));
    m_table->setAccessibleName(tr("Fields in Korean and English"));
    m_sources->setAccessibleName(tr("Sources of the figures"));
    m_model->retranslate();
    updateHeading();
}

} // namespace innoatlas
