#include "review/FindingModel.h"

#include "common/ItemRoles.h"
#include "review/ReviewTableModel.h"
#include "review/ReviewText.h"

#include <QApplication>
#include <QStyle>

namespace innoatlas {

FindingModel::FindingModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingModel::setRows(const ReviewTableModel *model, const QVector<int> &sourceRows)
{
    beginResetModel();
    if (m_model != model) {
        if (m_model)
            disconnect(m_model, nullptr, this, nullptr);
        m_model = model;
        // Rows read again hold other findings, or none: the places go before the rows do.
        if (m_model) {
            connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &FindingModel::clear);
            connect(m_model, &QObject::destroyed, this, [this] {
                clear();
                m_model = nullptr;
            });
        }
    }
    m_places.clear();
    if (m_model) {
        qsizetype count = 0;
        for (int row : sourceRows)
            count += m_model->row(row).findings.size();
        m_places.reserve(count);
        for (int row : sourceRows) {
            for (int index = 0; index < m_model->row(row).findings.size(); ++index)
                m_places.append({row, index});
        }
    }
    endResetModel();
}

void FindingModel::clear()
{
    if (m_places.isEmpty())
        return;
    beginResetModel();
    m_places = {};
    endResetModel();
}

const Finding &FindingModel::finding(int row) const
{
    static const Finding none;
    if (row < 0 || row >= m_places.size() || !m_model)
        return none;
    const Place place = m_places.at(row);
    // An edit replaces its row's findings before setRows() lists them again.
    if (place.row >= m_model->rowCount())
        return none;
    const QVector<Finding> &findings = m_model->row(place.row).findings;
    return place.index < findings.size() ? findings.at(place.index) : none;
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
    return parent.isValid() ? 0 : int(m_places.size());
}

int FindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_places.size())
        return {};
    const Finding &finding = this->finding(index.row());
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
