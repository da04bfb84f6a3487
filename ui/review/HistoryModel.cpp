#include "review/HistoryModel.h"

#include "review/ReviewText.h"

#include <QDateTime>

namespace innoatlas {

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void HistoryModel::setEntries(const QVector<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    const FieldEdit &edit = entry.edit;
    if (role == Qt::ToolTipRole) {
        if (index.column() == OldTextColumn)
            return edit.oldText;
        if (index.column() == NewTextColumn)
            return edit.newText;
        if (index.column() == ChangeColumn && !entry.origin.isEmpty())
            return entry.origin;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn: {
        const QDateTime time = QDateTime::fromString(entry.changedAt, Qt::ISODate);
        return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : entry.changedAt;
    }
    case WhoColumn:
        return entry.userName;
    case LanguageColumn:
        return ReviewText::languageName(edit.language);
    case ChangeColumn: {
        const QString states =
            edit.oldStatus == edit.newStatus
                ? ReviewText::statusName(edit.newStatus)
                : tr("%1 → %2").arg(ReviewText::statusName(edit.oldStatus), ReviewText::statusName(edit.newStatus));
        switch (edit.reason) {
        case EditReason::Edit:
            return tr("Text edited (%1)").arg(states);
        case EditReason::Status:
            return tr("State changed (%1)").arg(states);
        case EditReason::CounterpartChanged:
            return tr("Other language changed (%1)").arg(states);
        }
        return states;
    }
    case OldTextColumn:
        return edit.textChanged() ? edit.oldText : QString();
    case NewTextColumn:
        return edit.textChanged() ? edit.newText : QString();
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case LanguageColumn:
        return tr("Language");
    case ChangeColumn:
        return tr("Change");
    case OldTextColumn:
        return tr("Old text");
    case NewTextColumn:
        return tr("New text");
    }
    return {};
}

} // namespace innoatlas
