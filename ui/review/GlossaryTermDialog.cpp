#include "review/GlossaryTermDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace innoatlas {

GlossaryTermDialog::GlossaryTermDialog(const GlossaryTerm &term, QWidget *parent) : QDialog(parent), m_id(term.id)
{
    setObjectName(QStringLiteral("glossaryTermDialog"));
    setWindowTitle(term.id == 0 ? tr("Add Glossary Term") : tr("Edit Glossary Term"));
    const auto line = [this](const char *name, const QString &text) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(QLatin1String(name));
        edit->setMinimumWidth(420);
        return edit;
    };
    const QString separator = QStringLiteral("; ");
    m_ko = line("termKorean", term.ko);
    m_en = line("termEnglish", term.en);
    m_koAccepted = line("termKoreanAccepted", term.koAccepted.join(separator));
    m_enAccepted = line("termEnglishAccepted", term.enAccepted.join(separator));
    m_koForbidden = line("termKoreanForbidden", term.koForbidden.join(separator));
    m_enForbidden = line("termEnglishForbidden", term.enForbidden.join(separator));
    m_note = line("termNote", term.note);
    for (QLineEdit *forms : {m_koAccepted, m_enAccepted, m_koForbidden, m_enForbidden})
        forms->setPlaceholderText(tr("Forms separated by semicolons"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Korean:"), m_ko);
    form->addRow(tr("&English:"), m_en);
    form->addRow(tr("Korean also &accepted:"), m_koAccepted);
    form->addRow(tr("English also a&ccepted:"), m_enAccepted);
    form->addRow(tr("Korean &forbidden:"), m_koForbidden);
    form->addRow(tr("English f&orbidden:"), m_enForbidden);
    form->addRow(tr("&Note:"), m_note);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ko, &QLineEdit::textChanged, this, &GlossaryTermDialog::updateOk);
    connect(m_en, &QLineEdit::textChanged, this, &GlossaryTermDialog::updateOk);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    updateOk();
}

QStringList GlossaryTermDialog::splitForms(const QString &text)
{
    QStringList forms;
    for (const QString &part : text.split(QLatin1Char(';'))) {
        const QString form = part.simplified();
        if (!form.isEmpty())
            forms << form;
    }
    return forms;
}

GlossaryTerm GlossaryTermDialog::term() const
{
    GlossaryTerm term;
    term.id = m_id;
    term.ko = m_ko->text().simplified();
    term.en = m_en->text().simplified();
    term.koAccepted = splitForms(m_koAccepted->text());
    term.enAccepted = splitForms(m_enAccepted->text());
    term.koForbidden = splitForms(m_koForbidden->text());
    term.enForbidden = splitForms(m_enForbidden->text());
    term.note = m_note->text().trimmed();
    return term;
}

void GlossaryTermDialog::updateOk()
{
    // Both forms are required: a term without its counterpart cannot be checked.
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_ko->text().trimmed().isEmpty() && !m_en->text().trimmed().isEmpty());
}

} // namespace innoatlas
