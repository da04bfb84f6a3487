#include "charts/SourceIndex.h"

#include <algorithm>

namespace innoatlas {

SourceIndex::SourceIndex(const Dataset &dataset)
{
    for (const Source &source : dataset.sources) {
        m_sources.insert(source.key, &source);
        for (const Quote &quote : source.quotes)
            m_quoteSources.insert(quote.key, &source);
    }
}

const Source *SourceIndex::sourceOfQuote(const QString &quoteKey) const
{
    return m_quoteSources.value(quoteKey);
}

const Source *SourceIndex::source(const QString &sourceKey) const
{
    return m_sources.value(sourceKey);
}

QStringList SourceIndex::sourceKeys(const QStringList &quoteKeys) const
{
    QStringList keys;
    for (const QString &quoteKey : quoteKeys) {
        if (const Source *source = sourceOfQuote(quoteKey); source && !keys.contains(source->key))
            keys << source->key;
    }
    return keys;
}

QString SourceIndex::dateText(const PartialDate &date)
{
    if (!date.isValid())
        return QString();
    if (date.precision() == DatePrecision::Approximate)
        return tr("c. %1").arg(date.toIsoString());
    return date.toIsoString();
}

QString SourceIndex::describe(const QString &sourceKey, Language language) const
{
    const Source *s = source(sourceKey);
    if (!s)
        return sourceKey;
    const QString date = dateText(s->published);
    const QString publisher = s->publisher.preferred(language);
    return date.isEmpty() ? publisher : tr("%1, %2", "publisher, date").arg(publisher, date);
}

QString SourceIndex::sourceLine(const QStringList &sourceKeys, Language language) const
{
    // Several articles of one publisher are named once, with all their dates.
    QStringList publishers;
    QHash<QString, QStringList> dates;
    for (const QString &key : sourceKeys) {
        const Source *s = source(key);
        if (!s)
            continue;
        const QString publisher = s->publisher.preferred(language);
        if (!publishers.contains(publisher))
            publishers << publisher;
        const QString date = dateText(s->published);
        if (!date.isEmpty() && !dates[publisher].contains(date))
            dates[publisher] << date;
    }
    if (publishers.isEmpty())
        return QString();
    QStringList parts;
    for (const QString &publisher : publishers) {
        QStringList list = dates.value(publisher);
        // ISO dates sort as text; "c. 2022-01" sorts by its date.
        std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
            return a.section(QLatin1Char(' '), -1) < b.section(QLatin1Char(' '), -1);
        });
        parts << (list.isEmpty() ? publisher : tr("%1 (%2)", "publisher (dates)").arg(publisher, list.join(u", ")));
    }
    return tr("Sources: %1").arg(parts.join(u"; "));
}

} // namespace innoatlas
