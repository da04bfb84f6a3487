#pragma once

#include "review/GlossaryTerm.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace innoatlas {

/** Edits one glossary term pair: Korean, English, accepted and forbidden forms ("; " between forms), note. */
class GlossaryTermDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GlossaryTermDialog(const GlossaryTerm &term, QWidget *parent = nullptr);

    /** The term as edited (its id is the one given). */
    GlossaryTerm term() const;

    /** "a; b;c" → {"a", "b", "c"}, empty parts dropped. */
    static QStringList splitForms(const QString &text);

private:
    void updateOk();

    qint64 m_id = 0;
    QLineEdit *m_ko = nullptr;
    QLineEdit *m_en = nullptr;
    QLineEdit *m_koAccepted = nullptr;
    QLineEdit *m_enAccepted = nullptr;
    QLineEdit *m_koForbidden = nullptr;
    QLineEdit *m_enForbidden = nullptr;
    QLineEdit *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace innoatlas
