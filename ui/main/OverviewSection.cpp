#include "main/OverviewSection.h"

#include "common/SectionTable.h"

#include <QHeaderView>
#include <QLabel>
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
    m_table = new SectionTable(this);
    m_table->setObjectName(objectName + QStringLiteral("Table"));
    m_table->setModel(model);
    m_title->setBuddy(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 4);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_table);

    connect(m_table, &SectionTable::entityActivated, this, &OverviewSection::entityActivated);
    connect(model, &QAbstractItemModel::modelReset, this, &OverviewSection::updateEmpty);
    updateEmpty();
}

void OverviewSection::setTitle(const QString &title)
{
    m_title->setText(title);
    m_table->setAccessibleName(title);
}

void OverviewSection::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void OverviewSection::updateEmpty()
{
    const bool empty = m_table->model()->rowCount() == 0;
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
}

} // namespace innoatlas
