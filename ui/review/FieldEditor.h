#pragma once

#include "review/FieldChange.h"
#include "review/ReviewRow.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPlainTextEdit;
class QTextBrowser;
class QToolBar;

namespace innoatlas {

/**
 * The side-by-side editor of one bilingual field: Korean | English, each with its review
 * state; what changed in the other language when one waits for review again (a diff of the
 * text it was reviewed against and the text now); the field's open findings.
 *
 * It edits nothing itself: Save, Mark Reviewed and Mark Approved ask for changes with
 * changesRequested(), which the workspace applies through the undo stack. Ctrl+Enter saves
 * and moves on; the marks apply to the language being edited, or to both when neither is.
 */
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FieldEditor(QWidget *parent = nullptr);

    /** Shows @p row; nullptr shows nothing (no field selected). */
    void setRow(const ReviewRow *row);
    const std::optional<ReviewRow> &row() const { return m_row; }
    /** True when a text was changed and not saved yet. */
    bool isModified() const;
    /**
     * The changes that save the texts as they are in the editors and, when @p status is set, put
     * @p languages (both when empty) in that state.
     */
    QVector<FieldChange> changes(std::optional<ReviewStatus> status = std::nullopt,
                                 const QVector<Language> &languages = {}) const;

    QPlainTextEdit *editor(Language language) const;
    /** On a read-only database the texts are shown but cannot be edited, saved or marked. */
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    QAction *saveAction() const { return m_save; }
    QAction *markReviewedAction() const { return m_markReviewed; }
    QAction *markApprovedAction() const { return m_markApproved; }
    QAction *revertAction() const { return m_revert; }

signals:
    /** Apply @p changes; then select the next row when @p moveNext. */
    void changesRequested(const QVector<innoatlas::FieldChange> &changes, bool moveNext);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void mark(ReviewStatus status);
    /** The language whose editor has the focus, if any. */
    std::optional<Language> focusedLanguage() const;
    QString diffText() const;

    std::optional<ReviewRow> m_row;
    bool m_readOnly = false;
    QLabel *m_title = nullptr;
    QLabel *m_languageLabel[2] = {nullptr, nullptr};
    QLabel *m_status[2] = {nullptr, nullptr};
    QPlainTextEdit *m_edit[2] = {nullptr, nullptr};
    QLabel *m_diffLabel = nullptr;
    QTextBrowser *m_diff = nullptr;
    QLabel *m_findings = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_save = nullptr;
    QAction *m_markReviewed = nullptr;
    QAction *m_markApproved = nullptr;
    QAction *m_revert = nullptr;
};

} // namespace innoatlas
