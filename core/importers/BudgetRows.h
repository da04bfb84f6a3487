#pragma once

#include "importers/BudgetStream.h"
#include "importers/RowConverter.h"

#include <memory>

namespace innoatlas {

/**
 * Budget lines of a table shaped like the national open fiscal data (열린재정): each row names
 * its place in a hierarchy (ministry → programme → unit business → detail business) and an
 * amount in the mapping's unit. The hierarchy becomes the elements of one plan, each row a
 * budget line of its deepest element, quoting the row; amounts are exact to the won.
 *
 * The plan is the mapping's (or one made for the file); re-importing it replaces it whole when
 * the mapping updates existing data, and changes nothing when it skips.
 *
 * Written by CsvImporter::run(), the rows stream into the database as they are read (BudgetStream)
 * and the batch of finish() keeps the plan's elements and the first previewRows lines as a preview.
 */
class BudgetRows : public RowConverter
{
public:
    explicit BudgetRows(const ImportContext &context);

    ImportBatch finish() override;
    bool startWriting(QSqlDatabase database, Transaction &transaction) override;
    void finishWriting() override;

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
    /** The plan's region; empty when the mapping names none and the database has no country. */
    QString regionKey() const;
    LocalizedText planTitle() const;
    /** Streaming and no row refused so far. */
    bool writing() const { return m_stream && m_report.rejectedCount == 0; }

    QString m_planKey;
    QVector<Node> m_nodes;
    QVector<int> m_roots;
    QHash<QPair<int, QString>, int> m_nodeIndex; ///< (parent, name) → node
    QVector<BudgetLine> m_lines;
    int m_firstYear = 0;
    int m_lastYear = 0;
    std::unique_ptr<BudgetStream> m_stream;
    QVector<qint64> m_nodeIds; ///< streaming: the database id of each node
    qint64 m_lineCount = 0;
    bool m_planExisted = false; ///< streaming: the plan was in the database before the import
};

} // namespace innoatlas
