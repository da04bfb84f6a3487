#pragma once

#include <QLineEdit>

namespace innoatlas {

/**
 * The search box. A Korean input method composes a syllable before it commits it (ㅁ → 머 → 멐 → 머크);
 * the box searches what the reader sees, the composing syllable included, so results follow every
 * keystroke rather than every committed syllable.
 */
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(QWidget *parent = nullptr);

    /** The text as shown: the committed text with the syllable being composed at the cursor. */
    QString visibleText() const;

signals:
    /** The visible text changed: typed, committed, composed or cleared. */
    void visibleTextChanged(const QString &text);

protected:
    void inputMethodEvent(QInputMethodEvent *event) override;

private:
    QString m_preedit;
};

} // namespace innoatlas
