#include "search/SearchField.h"

#include <QInputMethodEvent>

namespace innoatlas {

SearchField::SearchField(QWidget *parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("searchField"));
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textChanged, this, [this] { emit visibleTextChanged(visibleText()); });
}

QString SearchField::visibleText() const
{
    if (m_preedit.isEmpty())
        return text();
    QString shown = text();
    shown.insert(cursorPosition(), m_preedit);
    return shown;
}

void SearchField::inputMethodEvent(QInputMethodEvent *event)
{
    const QString before = visibleText();
    m_preedit = event->preeditString();
    QLineEdit::inputMethodEvent(event);
    // A commit changes text() and is reported by textChanged; a new composing syllable only here.
    if (visibleText() != before && event->commitString().isEmpty())
        emit visibleTextChanged(visibleText());
}

} // namespace innoatlas
