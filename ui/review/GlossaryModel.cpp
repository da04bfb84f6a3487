#include "review/GlossaryModel.h"

#include "common/ItemRoles.h"

namespace innoatlas {

namespace {
QString forms(const QStringList &ko, const QStringList &en)
{
    QStringList parts;
    if (!ko.isEmpty())
        parts << ko.join(QStringLiteral("; "));
    if (!en.isEmpty())
        parts << en.join(QStringLiteral("; "));
    return parts.join(QStringLiteral(" | "));
}
} // namespace

GlossaryModel::GlossaryModel(QObject *parent) : QAbstractTableModel(parent) {}

void GlossaryModel::setTerms(const QVector<GlossaryTerm> &terms)
{
    beginResetModel();
    m_terms = terms;
    endResetModel();
}

int GlossaryModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_terms.size(); ++row) {
        if (m_terms.at(row).id == id)
            return row;
    }
    return -1;
}

int GlossaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_terms.size());
}

int GlossaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GlossaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_terms.size())
        return {};
    const GlossaryTerm &term = m_terms.at(index.row());
    if (role == KeyRole)
        return term.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case KoreanColumn:
        return term.ko;
    case EnglishColumn:
        return term.en;
    case AcceptedColumn:
        return forms(term.koAccepted, term.enAccepted);
    case ForbiddenColumn:
        return forms(term.koForbidden, term.enForbidden);
    case NoteColumn:
        return term.note;
    }
    return {};
}

QVariant GlossaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KoreanColumn:
        return tr("Korean");
    case EnglishColumn:
        return tr("English");
    case AcceptedColumn:
        return tr("Also accepted");
    case ForbiddenColumn:
        return tr("Forbidden");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace innoatlas
