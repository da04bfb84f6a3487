#include "main/AboutDialog.h"

#include "common/ContentLanguage.h"
#include "common/ItemRoles.h"
#include "models/SourceListModel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace innoatlas {

AboutDialog::AboutDialog(const QVector<SourceEntry> &sources, const QString &databasePath, QWidget *parent)
    : QDialog(parent), m_databasePath(databasePath), m_sourceCount(int(sources.size()))
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_title->setFont(font);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_sourcesLabel = new QLabel(this);

    m_model = new SourceListModel(this);
    m_model->setSources(sources);
    m_model->setContentLanguage(interfaceLanguage() == Language::Korean ? ContentLanguage::Korean
                                                                        : ContentLanguage::English);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(SortRole);
    m_sources = new QTableView(this);
    m_sources->setObjectName(QStringLiteral("aboutSources"));
    m_sources->setModel(proxy);
    m_sources->setSortingEnabled(true);
    m_sources->sortByColumn(-1, Qt::AscendingOrder);
    m_sources->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sources->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sources->setAlternatingRowColors(true);
    m_sources->setWordWrap(false);
    m_sources->verticalHeader()->hide();
    m_sources->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sources->horizontalHeader()->setSectionResizeMode(SourceListModel::TitleColumn, QHeaderView::Stretch);
    m_sourcesLabel->setBuddy(m_sources);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(8);
    layout->addWidget(m_sourcesLabel);
    layout->addWidget(m_sources, 1);
    layout->addWidget(m_buttons);
    resize(900, 560);
    retranslate();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About InnoAtlas"));
    m_title->setText(tr("InnoAtlas %1").arg(QStringLiteral(INNOATLAS_VERSION)));
    m_text->setText(tr("<p>InnoAtlas shows the innovation plans of Korean cities in Korean and English: what each "
                       "city plans, when, with how much money from whom, towards which targets, and what the "
                       "source documents actually said. Every figure carries the verbatim quote it comes "
                       "from; a figure a source prints wrongly is corrected with a curator's note.</p>"
                       "<p>Built with Qt %1. Database: %2</p>")
                        .arg(QString::fromLatin1(qVersion()), m_databasePath.toHtmlEscaped()));
    m_sourcesLabel->setText(tr("&Data sources (%n):", nullptr, m_sourceCount));
    m_sources->setAccessibleName(tr("Data sources"));
    m_model->setContentLanguage(interfaceLanguage() == Language::Korean ? ContentLanguage::Korean
                                                                        : ContentLanguage::English);
    m_model->retranslate();
}

} // namespace innoatlas
