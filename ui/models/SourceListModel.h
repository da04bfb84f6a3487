#pragma once

#include "models/ContentTableModel.h"
#include "query/SourceCatalogue.h"

namespace innoatlas {

/** The sources of the database: publisher, title, date, seed file, number of quotes. */
class SourceListModel : public ContentTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PublisherColumn,
        TitleColumn,
        PublishedColumn,
        SeedFileColumn,
        QuotesColumn,
        ColumnCount
    };

    explicit SourceListModel(QObject *parent = nullptr);

    void setSources(QVector<SourceEntry> sources);

protected:
    int rows() const override { return int(m_sources.size()); }
    int columns() const override { return ColumnCount; }
    QVariant cell(int row, int column, int role) const override;
    QString header(int column) const override;

private:
    QVector<SourceEntry> m_sources;
};

} // namespace innoatlas
