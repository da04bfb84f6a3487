#include "editing/DialogPrompts.h"

#include "editing/EditingTerms.h"
#include "editing/EntityForm.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace innoatlas {

namespace {
QString itemLine(const ImpactItem &item)
{
    const bool korean = Translations::current() == QLatin1String("ko");
    QString name = korean ? item.nameKo : item.nameEn;
    if (name.isEmpty())
        name = korean ? item.nameEn : item.nameKo;
    if (name.size() > 80)
        name = name.left(78) + QStringLiteral("…");
    return QStringLiteral("• %1: %2 (%3)").arg(EditingTerms::kindName(item.kind), name, item.key);
}
} // namespace

bool DialogPrompts::runForm(EntityForm &form)
{
    return form.exec() == QDialog::Accepted;
}

QString DialogPrompts::chooseKind(QWidget *parent, const QStringList &kinds, const QString &suggested)
{
    QStringList names;
    for (const QString &kind : kinds)
        names << EditingTerms::kindName(kind);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, tr("New Entry"), tr("What do you want to add?"), names,
                                                 std::max(0, int(kinds.indexOf(suggested))), false, &ok);
    return ok ? kinds.value(names.indexOf(chosen)) : QString();
}

EditingPrompts::ConflictChoice DialogPrompts::askConflict(QWidget *parent, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Changed by Someone Else"), message, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("conflictDialog"));
    box.setInformativeText(tr("Reload shows their version and discards your change. Overwrite saves your "
                              "version on top of theirs; it can be undone like any change."));
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(reload);
    box.exec();
    if (box.clickedButton() == reload)
        return ConflictChoice::Reload;
    if (box.clickedButton() == overwrite)
        return ConflictChoice::Overwrite;
    return ConflictChoice::Cancel;
}

QString DialogPrompts::impactText(const DeleteImpact &impact)
{
    QStringList lines;
    const QVector<ImpactItem> deleted = impact.deleted();
    if (deleted.size() > 1) {
        lines << tr("Deleted with it:");
        for (int i = 1; i < deleted.size(); ++i)
            lines << itemLine(deleted.at(i));
    }
    const QVector<ImpactItem> unlinked = impact.unlinked();
    if (!unlinked.isEmpty()) {
        lines << tr("Kept, but no longer linked to it:");
        for (const ImpactItem &item : unlinked)
            lines << itemLine(item);
    }
    const QVector<ImpactItem> blocking = impact.blocking();
    if (!blocking.isEmpty()) {
        lines << tr("Still refer to it (move or delete them first):");
        for (const ImpactItem &item : blocking)
            lines << itemLine(item);
    }
    return lines.join(QLatin1Char('\n'));
}

bool DialogPrompts::confirmDelete(QWidget *parent, const EditOutcome &outcome)
{
    const QVector<ImpactItem> deleted = outcome.impact.deleted();
    const QString what = deleted.isEmpty() ? outcome.key : itemLine(deleted.first()).mid(2);
    QMessageBox box(QMessageBox::Warning, tr("Delete"), tr("Delete %1?").arg(what), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("deleteDialog"));
    const int others = int(outcome.impact.items().size()) - 1;
    box.setInformativeText(QCoreApplication::translate(
        "DialogPrompts", "This affects %n other entries; you can undo it with Ctrl+Z.", nullptr, others));
    const QString list = impactText(outcome.impact);
    // A short list is shown at once; a long one (a plan with all its parts) is one click away.
    if (list.count(QLatin1Char('\n')) < 15)
        box.setInformativeText(box.informativeText() + QStringLiteral("\n\n") + list);
    else
        box.setDetailedText(list);
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

void DialogPrompts::showError(QWidget *parent, const QString &message)
{
    QMessageBox::warning(parent, tr("InnoAtlas"), message);
}

} // namespace innoatlas
