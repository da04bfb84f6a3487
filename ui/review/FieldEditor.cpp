#include "review/FieldEditor.h"

#include "common/Badge.h"
#include "common/Terms.h"
#include "review/DiffHtml.h"
#include "review/ReviewText.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace innoatlas {

namespace {
int side(Language language)
{
    return language == Language::Korean ? 0 : 1;
}

const Language kLanguages[] = {Language::Korean, Language::English};
} // namespace

FieldEditor::FieldEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("fieldEditor"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("fieldTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto make = [this](const char *name, const QList<QKeySequence> &keys) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        m_toolBar->addAction(action);
        return action;
    };
    m_save = make("actionSaveNext", {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_markReviewed = make("actionMarkReviewed", {QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_markApproved = make("actionMarkApproved", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)});
    m_revert = make("actionRevertField", {});
    connect(m_save, &QAction::triggered, this, [this] { emit changesRequested(changes(), true); });
    connect(m_markReviewed, &QAction::triggered, this, [this] { mark(ReviewStatus::Reviewed); });
    connect(m_markApproved, &QAction::triggered, this, [this] { mark(ReviewStatus::Approved); });
    connect(m_revert, &QAction::triggered, this, [this] {
        if (m_row)
            setRow(&*m_row);
    });

    auto *grid = new QGridLayout;
    for (Language language : kLanguages) {
        const int i = side(language);
        m_languageLabel[i] = new QLabel(this);
        m_status[i] = new QLabel(this);
        m_status[i]->setObjectName(i == 0 ? QStringLiteral("koreanStatus") : QStringLiteral("englishStatus"));
        m_edit[i] = new QPlainTextEdit(this);
        m_edit[i]->setObjectName(i == 0 ? QStringLiteral("koreanEditor") : QStringLiteral("englishEditor"));
        m_edit[i]->setTabChangesFocus(true);
        m_languageLabel[i]->setBuddy(m_edit[i]);
        auto *header = new QHBoxLayout;
        header->addWidget(m_languageLabel[i]);
        header->addWidget(m_status[i]);
        header->addStretch();
        grid->addLayout(header, 0, i);
        grid->addWidget(m_edit[i], 1, i);
        connect(m_edit[i], &QPlainTextEdit::textChanged, this, &FieldEditor::updateState);
    }

    m_diffLabel = new QLabel(this);
    m_diffLabel->setObjectName(QStringLiteral("diffLabel"));
    m_diffLabel->setWordWrap(true);
    m_diff = new QTextBrowser(this);
    m_diff->setObjectName(QStringLiteral("diffView"));
    m_diff->setMaximumHeight(110);
    m_findings = new QLabel(this);
    m_findings->setObjectName(QStringLiteral("fieldFindings"));
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::PlainText);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_toolBar);
    layout->addLayout(grid, 1);
    layout->addWidget(m_diffLabel);
    layout->addWidget(m_diff);
    layout->addWidget(m_findings);
    retranslate();
    setRow(nullptr);
}

QPlainTextEdit *FieldEditor::editor(Language language) const
{
    return m_edit[side(language)];
}

void FieldEditor::setRow(const ReviewRow *row)
{
    if (row)
        m_row = *row;
    else
        m_row.reset();
    for (Language language : kLanguages) {
        QPlainTextEdit *edit = m_edit[side(language)];
        const QSignalBlocker blocker(edit);
        edit->setPlainText(m_row ? m_row->pair.text.text(language) : QString());
        // A verbatim quote is the source's own words: it is shown, never edited.
        edit->setReadOnly(m_readOnly || !m_row || m_row->pair.isVerbatim(language));
    }
    updateState();
}

void FieldEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (Language language : kLanguages)
        m_edit[side(language)]->setReadOnly(m_readOnly || !m_row || m_row->pair.isVerbatim(language));
    updateState();
}

bool FieldEditor::isModified() const
{
    if (!m_row)
        return false;
    for (Language language : kLanguages) {
        if (!m_row->pair.isVerbatim(language) &&
            m_edit[side(language)]->toPlainText() != m_row->pair.text.text(language))
            return true;
    }
    return false;
}

QVector<FieldChange> FieldEditor::changes(std::optional<ReviewStatus> status, const QVector<Language> &languages) const
{
    QVector<FieldChange> result;
    if (!m_row)
        return result;
    const FieldPair &pair = m_row->pair;
    for (Language language : kLanguages) {
        if (pair.isVerbatim(language))
            continue;
        FieldChange change{pair.key, language, std::nullopt, std::nullopt, pair.rowVersion};
        const QString text = m_edit[side(language)]->toPlainText();
        if (text != pair.text.text(language))
            change.text = text;
        if (status && (languages.isEmpty() || languages.contains(language)) && !text.isEmpty())
            change.status = *status;
        if (change.text || change.status)
            result << change;
    }
    return result;
}

std::optional<Language> FieldEditor::focusedLanguage() const
{
    for (Language language : kLanguages) {
        if (m_edit[side(language)]->hasFocus())
            return language;
    }
    return std::nullopt;
}

void FieldEditor::mark(ReviewStatus status)
{
    const std::optional<Language> language = focusedLanguage();
    const QVector<FieldChange> list = changes(status, language ? QVector<Language>{*language} : QVector<Language>{});
    if (!list.isEmpty())
        emit changesRequested(list, false);
}

QString FieldEditor::diffText() const
{
    if (!m_row)
        return {};
    for (Language language : kLanguages) {
        const std::shared_ptr<const ReviewFlag> &flag = m_row->pair.flag(language);
        if (!flag)
            continue;
        const Language other = otherLanguage(language);
        return DiffHtml::render(flag->counterpartText, m_row->pair.text.text(other), palette());
    }
    return {};
}

void FieldEditor::updateState()
{
    const bool has = m_row.has_value();
    for (Language language : kLanguages) {
        const int i = side(language);
        if (!has) {
            m_status[i]->clear();
            continue;
        }
        const ReviewStatus status = m_row->pair.text.status(language);
        const bool changed = m_edit[i]->toPlainText() != m_row->pair.text.text(language);
        QString text = Badges::text(Badges::fromStatus(status));
        if (m_row->pair.isVerbatim(language))
            text = tr("verbatim source text");
        else if (m_row->pair.flag(language))
            text = tr("%1 — needs review: the %2 changed").arg(text, ReviewText::languageName(otherLanguage(language)));
        if (changed)
            text = tr("%1 (edited, not saved)").arg(text);
        m_status[i]->setText(text);
    }
    if (has) {
        const FieldPair &pair = m_row->pair;
        m_title->setText(tr("%1 — %2 · %3")
                             .arg(Terms::interfaceName(QStringLiteral("entityKind"), pair.entityKind),
                                  pair.key.entityKey, pair.key.field));
    } else {
        m_title->setText(tr("Select a field in the table to edit it."));
    }

    const QString diff = diffText();
    m_diff->setVisible(!diff.isEmpty());
    m_diffLabel->setVisible(!diff.isEmpty());
    if (!diff.isEmpty()) {
        const Language flagged = m_row->pair.koFlag ? Language::Korean : Language::English;
        m_diffLabel->setText(
            tr("The %1 changed after the %2 was reviewed. What changed in the %1:")
                .arg(ReviewText::languageName(otherLanguage(flagged)), ReviewText::languageName(flagged)));
        m_diff->setHtml(diff);
    }

    QStringList messages;
    if (has) {
        for (const Finding &finding : m_row->findings)
            messages << QStringLiteral("• ") + finding.message();
    }
    m_findings->setVisible(!messages.isEmpty());
    m_findings->setText(messages.join(QLatin1Char('\n')));

    m_save->setEnabled(has && !m_readOnly);
    m_markReviewed->setEnabled(has && !m_readOnly);
    m_markApproved->setEnabled(has && !m_readOnly);
    m_revert->setEnabled(isModified());
}

void FieldEditor::retranslate()
{
    m_languageLabel[0]->setText(tr("&Korean"));
    m_languageLabel[1]->setText(tr("&English"));
    m_edit[0]->setAccessibleName(tr("Korean text"));
    m_edit[1]->setAccessibleName(tr("English text"));
    m_diff->setAccessibleName(tr("Changes in the other language"));
    m_save->setText(tr("&Save and Next"));
    m_save->setStatusTip(tr("Save both texts and go to the next field"));
    m_markReviewed->setText(tr("Mark &Reviewed"));
    m_markReviewed->setStatusTip(
        tr("Save and mark the language being edited as reviewed (both languages when neither is being edited)"));
    m_markApproved->setText(tr("Mark &Approved"));
    m_markApproved->setStatusTip(
        tr("Save and mark the language being edited as approved (both languages when neither is being edited)"));
    m_revert->setText(tr("Re&vert"));
    m_revert->setStatusTip(tr("Put back the saved texts of this field"));
    for (QAction *action : actions()) {
        const QString text = action->text().remove(QLatin1Char('&'));
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        action->setToolTip(key.isEmpty() ? text : tr("%1 (%2)").arg(text, key));
    }
    updateState();
}

void FieldEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace innoatlas
