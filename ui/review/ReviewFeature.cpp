#include "review/ReviewFeature.h"

#include "main/MainActions.h"
#include "main/MainWindow.h"
#include "review/TranslationWorkspace.h"
#include "store/Database.h"

#include <QAction>
#include <QEvent>

namespace innoatlas {

ReviewFeature::ReviewFeature(MainWindow &window, Database &database, Settings &settings)
    : QObject(&window), m_window(window), m_database(database), m_settings(settings)
{
    m_action = new QAction(&window);
    m_action->setObjectName(QStringLiteral("actionTranslationWorkspace"));
    // Ctrl+Shift+T groups the navigator by theme; L as in localisation.
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_action->setShortcutContext(Qt::WindowShortcut);
    window.actions()->addViewAction(m_action);
    connect(m_action, &QAction::triggered, this, &ReviewFeature::openWorkspace);
    // An edit in a form, an import or another user's change on a server: the workspace shows it too.
    connect(&window, &MainWindow::dataReloaded, this, [this] {
        if (m_workspace)
            m_workspace->reload();
    });
    window.installEventFilter(this);
    retranslate();
}

TranslationWorkspace *ReviewFeature::openWorkspace()
{
    if (!m_workspace) {
        m_workspace = new TranslationWorkspace(m_database.connection(), m_window.undoStack(), m_settings, &m_window);
        connect(m_workspace, &TranslationWorkspace::entityActivated, this, [this](const QString &key) {
            m_window.navigateTo(key);
            m_window.raise();
            m_window.activateWindow();
        });
        if (m_database.isReadOnly())
            m_workspace->setReadOnly(readOnlyReason());
    }
    m_workspace->show();
    m_workspace->raise();
    m_workspace->activateWindow();
    // Opened from an entry, the workspace starts at that entry's fields (once shown, so that the
    // table can scroll it to the middle).
    if (!m_window.currentEntity().key.isEmpty())
        m_workspace->selectEntity(m_window.currentEntity().key);
    return m_workspace;
}

bool ReviewFeature::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    if (watched == &m_window && event->type() == QEvent::Close && m_workspace)
        m_workspace->close();
    return QObject::eventFilter(watched, event);
}

QString ReviewFeature::readOnlyReason()
{
    return tr("the database was opened read-only");
}

void ReviewFeature::retranslate()
{
    // The workspace shows the reason in the interface language.
    if (m_workspace && m_workspace->isReadOnly())
        m_workspace->setReadOnly(readOnlyReason());
    m_action->setText(tr("&Translation Workspace…"));
    m_action->setStatusTip(tr("Review and edit the Korean and English of every field, with checks and a glossary"));
    const QString key = m_action->shortcut().toString(QKeySequence::NativeText);
    m_action->setToolTip(tr("%1 (%2)").arg(m_action->text().remove(QLatin1Char('&')), key));
}

} // namespace innoatlas
