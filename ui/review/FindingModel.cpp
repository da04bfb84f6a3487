#include "review/FindingModel.h"

#include "common/ItemRoles.h"
#include "review/ReviewText.h"

#include <QApplication>
#include <QStyle>

namespace innoatlas {

FindingModel::FindingModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingModel::setFindings(const QVector<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

QString FindingModel::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        return tr("Note");
    }
    return {};
}

int FindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const Finding &finding = m_findings.at(index.row());
    switch (role) {
    case KeyRole:
        return finding.key.entityKey;
    case FieldRole:
        return finding.key.field;
    case KindRole:
        return finding.entityKind;
    case SortRole:
        return index.column() == SeverityColumn ? QVariant(-int(finding.severity)) : data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return {};
        return QApplication::style()->standardIcon(finding.severity == Severity::Error ? QStyle::SP_MessageBoxCritical
                                                   : finding.severity == Severity::Warning
                                                       ? QStyle::SP_MessageBoxWarning
                                                       : QStyle::SP_MessageBoxInformation);
    case Qt::ToolTipRole:
        return finding.checkId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(finding.severity);
        case FieldColumn:
            return finding.key.toString();
        case LanguageColumn:
            return ReviewText::languageName(finding.language);
        case MessageColumn:
            return finding.message();
        }
        return {};
    }
    return {};
}

QVariant FindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case FieldColumn:
        return tr("Field");
    case LanguageColumn:
        return tr("Language");
    case MessageColumn:
        return tr("Finding");
    }
    return {};
}

} // namespace innoatlas
