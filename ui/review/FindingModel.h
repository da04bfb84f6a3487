#pragma once

#include "review/Finding.h"

#include <QAbstractTableModel>

namespace innoatlas {

/**
 * A list of findings: severity, field, language and the message in the interface language
 * (made when shown, so the list follows a language switch). KeyRole and FieldRole name the
 * field each finding is about.
 */
class FindingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        FieldColumn,
        LanguageColumn,
        MessageColumn,
        ColumnCount
    };

    explicit FindingModel(QObject *parent = nullptr);

    void setFindings(const QVector<Finding> &findings);
    const QVector<Finding> &findings() const { return m_findings; }
    const Finding &finding(int row) const { return m_findings.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "Error", "Warning", "Note" in the interface language. */
    static QString severityText(Severity severity);

private:
    QVector<Finding> m_findings;
};

} // namespace innoatlas
