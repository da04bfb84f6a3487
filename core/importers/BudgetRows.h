#pragma once

#include "importers/RowConverter.h"

namespace innoatlas {

/**
 * Budget lines of a table shaped like the national open fiscal data (열린재정): each row names
 * its place in a hierarchy (ministry → programme → unit business → detail business) and an
 * amount in the mapping's unit. The hierarchy becomes the elements of one plan, each row a
 * budget line of its deepest element, quoting the row; amounts are exact to the won.
 *
 * The plan is the mapping's (or one made for the file); re-importing it replaces it whole when
 * the mapping updates existing data, and changes nothing when it skips.
 */
class BudgetRows : public RowConverter
{
public:
    explicit BudgetRows(const ImportContext &context);

    ImportBatch finish() override;

protected:
    void convertRow(const CsvRecord &record) override;

private:
    struct Node
    {
        Element element;
        QVector<int> children;
    };

    /** The index of the element named @p name under @p parent (-1 for the top), made when new. */
    int element(int parent, int level, const QString &name);
    QVector<Element> assemble(const QVector<int> &nodes) const;

    QString m_planKey;
    QVector<Node> m_nodes;
    QVector<int> m_roots;
    QHash<QPair<int, QString>, int> m_nodeIndex; ///< (parent, name) → node
    QVector<BudgetLine> m_lines;
    int m_firstYear = 0;
    int m_lastYear = 0;
};

} // namespace innoatlas
