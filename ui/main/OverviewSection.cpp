#include "main/OverviewSection.h"

#include "common/SectionTable.h"
#include "models/RowLimitProxyModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace innoatlas {

OverviewSection::OverviewSection(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    m_title = new QLabel(this);
    m_title->setObjectName(objectName + QStringLiteral("Title"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    m_title->setFont(font);
    m_empty = new QLabel(this);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_rows = new RowLimitProxyModel(PageSize, this);
    m_rows->setSourceModel(model);
    m_table = new SectionTable(this);
    m_table->setObjectName(objectName + QStringLiteral("Table"));
    m_table->setModel(m_rows);
    m_title->setBuddy(m_table);

    m_moreBar = new QWidget(this);
    m_shown = new QLabel(m_moreBar);
    m_shown->setObjectName(objectName + QStringLiteral("Shown"));
    m_shown->setForegroundRole(QPalette::PlaceholderText);
    m_more = new QPushButton(m_moreBar);
    m_more->setObjectName(objectName + QStringLiteral("More"));
    m_all = new QPushButton(m_moreBar);
    m_all->setObjectName(objectName + QStringLiteral("ShowAll"));
    auto *moreLayout = new QHBoxLayout(m_moreBar);
    moreLayout->setContentsMargins(0, 0, 0, 0);
    moreLayout->addWidget(m_shown);
    moreLayout->addStretch(1);
    moreLayout->addWidget(m_more);
    moreLayout->addWidget(m_all);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 4);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_table);
    layout->addWidget(m_moreBar);

    connect(m_table, &SectionTable::entityActivated, this, &OverviewSection::entityActivated);
    connect(m_more, &QPushButton::clicked, m_rows, &RowLimitProxyModel::showMore);
    connect(m_all, &QPushButton::clicked, m_rows, &RowLimitProxyModel::showAll);
    connect(m_rows, &QAbstractItemModel::modelReset, this, &OverviewSection::updateEmpty);
    connect(m_rows, &RowLimitProxyModel::rowsShownChanged, this, &OverviewSection::updateMore);
    connect(m_rows, &RowLimitProxyModel::moreRowsWanted, this, &OverviewSection::moreRowsWanted);
    updateEmpty();
}

void OverviewSection::setTitle(const QString &title)
{
    m_title->setText(title);
    m_table->setAccessibleName(title);
}

void OverviewSection::setTotalRows(int total)
{
    m_rows->setTotalRows(total);
}

void OverviewSection::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void OverviewSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateMore();
    QWidget::changeEvent(event);
}

void OverviewSection::updateEmpty()
{
    const bool empty = m_rows->rowCount() == 0;
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    updateMore();
}

void OverviewSection::updateMore()
{
    const int hidden = m_rows->hiddenRows();
    m_moreBar->setVisible(hidden > 0);
    if (hidden <= 0)
        return;
    const QLocale locale;
    m_shown->setText(tr("The first %1 of %2 rows are shown.")
                         .arg(locale.toString(m_rows->rowCount()), locale.toString(m_rows->totalRows())));
    m_more->setText(tr("Show %Ln more", nullptr, qMin(hidden, m_rows->pageSize())));
    m_all->setText(tr("Show all %Ln rows", nullptr, m_rows->totalRows()));
}

} // namespace innoatlas
