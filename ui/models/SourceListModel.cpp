#include "models/SourceListModel.h"

#include "common/ContentFormat.h"
#include "common/ItemRoles.h"
#include "common/Terms.h"

namespace innoatlas {

SourceListModel::SourceListModel(QObject *parent) : ContentTableModel(parent) {}

void SourceListModel::setSources(QVector<SourceEntry> sources)
{
    beginResetModel();
    m_sources = std::move(sources);
    endResetModel();
}

QVariant SourceListModel::cell(int row, int column, int role) const
{
    const SourceEntry &source = m_sources.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case PublisherColumn:
            return ContentFormat::line(source.publisher, m_language);
        case TitleColumn:
            return ContentFormat::line(source.title, m_language);
        case PublishedColumn:
            return ContentFormat::date(source.published, primaryLanguage(m_language));
        case SeedFileColumn:
            return source.seedFile;
        case QuotesColumn:
            return source.quotes;
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines{Terms::interfaceName(QStringLiteral("sourceKind"), source.kind),
                          ContentFormat::text(source.title, ContentLanguage::Both)};
        if (!source.url.isEmpty())
            lines << source.url;
        return lines.join(QLatin1Char('\n'));
    }
    case KeyRole:
        return source.key;
    case KindRole:
        return QStringLiteral("source");
    case SortRole:
        return column == PublishedColumn ? QVariant(source.published.toIsoString())
                                         : cell(row, column, Qt::DisplayRole);
    }
    return {};
}

QString SourceListModel::header(int column) const
{
    switch (column) {
    case PublisherColumn:
        return tr("Publisher");
    case TitleColumn:
        return tr("Title");
    case PublishedColumn:
        return tr("Published");
    case SeedFileColumn:
        return tr("Seed file");
    case QuotesColumn:
        return tr("Quotes");
    }
    return {};
}

} // namespace innoatlas
