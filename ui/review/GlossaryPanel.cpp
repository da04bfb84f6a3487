#include "review/GlossaryPanel.h"

#include "review/Glossary.h"
#include "review/GlossaryCommand.h"
#include "review/GlossaryModel.h"
#include "review/GlossaryTermDialog.h"
#include "store/StoreError.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace innoatlas {

GlossaryPanel::GlossaryPanel(QUndoStack *undoStack, QWidget *parent) : QWidget(parent), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("glossaryPanel"));
    m_model = new GlossaryModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("glossaryView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add = toolBar->addAction(QString(), this, &GlossaryPanel::addTerm);
    m_add->setObjectName(QStringLiteral("actionAddTerm"));
    m_edit = toolBar->addAction(QString(), this, &GlossaryPanel::editTerm);
    m_edit->setObjectName(QStringLiteral("actionEditTerm"));
    m_delete = toolBar->addAction(QString(), this, &GlossaryPanel::deleteTerm);
    m_delete->setObjectName(QStringLiteral("actionDeleteTerm"));
    connect(m_view, &QAbstractItemView::doubleClicked, this, &GlossaryPanel::editTerm);

    m_prompt = [](QWidget *parent, GlossaryTerm *term) {
        GlossaryTermDialog dialog(*term, parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        *term = dialog.term();
        return true;
    };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolBar);
    layout->addWidget(m_view);
    retranslate();
}

void GlossaryPanel::setDatabase(const QSqlDatabase &database)
{
    m_database = database;
    reload();
}

void GlossaryPanel::reload()
{
    try {
        m_model->setTerms(Glossary(m_database).terms());
    } catch (const StoreError &e) {
        emit failed(e.message());
    }
    m_view->resizeColumnsToContents();
}

const GlossaryTerm *GlossaryPanel::currentTerm() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? &m_model->term(index.row()) : nullptr;
}

void GlossaryPanel::apply(const std::optional<GlossaryTerm> &before, const std::optional<GlossaryTerm> &after)
{
    const QString error = GlossaryCommand::push(m_undoStack, m_database, before, after, [this](const QString &e) {
        if (!e.isEmpty()) {
            emit failed(e);
            return;
        }
        reload();
        emit glossaryChanged();
    });
    Q_UNUSED(error)
}

void GlossaryPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QAction *action : {m_add, m_edit, m_delete})
        action->setEnabled(!readOnly);
}

void GlossaryPanel::addTerm()
{
    if (m_readOnly)
        return;
    GlossaryTerm term;
    if (m_prompt(this, &term))
        apply(std::nullopt, term);
}

void GlossaryPanel::editTerm()
{
    if (m_readOnly)
        return;
    const GlossaryTerm *current = currentTerm();
    if (!current)
        return;
    const GlossaryTerm before = *current;
    GlossaryTerm term = before;
    if (m_prompt(this, &term) && !(term == before))
        apply(before, term);
}

void GlossaryPanel::deleteTerm()
{
    if (m_readOnly)
        return;
    const GlossaryTerm *current = currentTerm();
    if (current)
        apply(*current, std::nullopt);
}

void GlossaryPanel::retranslate()
{
    m_add->setText(tr("&Add Term…"));
    m_edit->setText(tr("&Edit Term…"));
    m_delete->setText(tr("&Delete Term"));
    m_view->setAccessibleName(tr("Glossary"));
}

void GlossaryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace innoatlas
