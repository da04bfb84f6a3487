#include "review/ReviewTableModel.h"

#include "common/Badge.h"
#include "common/Terms.h"
#include "review/ContentPairs.h"
#include "review/Glossary.h"
#include "review/ReviewRoles.h"
#include "review/TextHistory.h"

#include <QDateTime>
#include <QSet>

namespace innoatlas {

namespace {
QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line.size() > 160 ? line.left(159) + QChar(0x2026) : line;
}

constexpr qint64 defaultWholeDatabaseLimit = 50000;
qint64 wholeLimit = defaultWholeDatabaseLimit;

/** The findings of @p pair that @p dismissals leave open. */
QVector<Finding> openFindings(const FieldPair &pair, const Checks &checks, const FindingDismissals &dismissals)
{
    return dismissals.open(checks.check(pair));
}

QString localTime(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}
} // namespace

ReviewTableModel::ReviewTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReviewTableModel::loadChecks()
{
    m_checks.emplace(Glossary(m_database).terms());
    m_dismissals.emplace(m_database);
}

qint64 ReviewTableModel::wholeDatabaseLimit()
{
    return wholeLimit;
}

void ReviewTableModel::setWholeDatabaseLimit(qint64 limit)
{
    wholeLimit = limit > 0 ? limit : defaultWholeDatabaseLimit;
}

void ReviewTableModel::reload(const QSqlDatabase &database, const QString &cityKey)
{
    // The rows read before go first: another city's rows, held while this one was read, took the workspace at national
    // scale from 194 MB to 236 MB.
    clear();
    adopt(database, read(database, cityKey));
}

void ReviewTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows = {};
    m_index = {};
    m_latest = {};
    endResetModel();
    emit findingsChanged();
}

ReviewTableContents ReviewTableModel::read(const QSqlDatabase &database, const QString &cityKey,
                                           const std::function<bool()> &cancelled)
{
    struct Cancelled
    {
    };
    ReviewTableContents contents;
    // A national budget's 2.3 million texts took 48.6 s and 2.27 GB to read and check: such a database is read a
    // city at a time.
    if (ContentPairs::countUpTo(database, wholeLimit) > wholeLimit) {
        contents.scopes = ReviewScopes::listed(database);
        const ReviewScopes::Scope *chosen = contents.scopes.find(cityKey);
        if (chosen && chosen->cityKey.isEmpty())
            contents.cityRead = cityKey;
        else if (!contents.scopes.cities().isEmpty())
            contents.cityRead = contents.scopes.cities().first().key;
        if (!contents.cityRead.isEmpty())
            contents.scopes.mapCity(database, contents.cityRead);
    } else {
        contents.scopes = ReviewScopes::load(database);
    }
    contents.latest = TextHistory(database).latestPerField();
    const Checks checks(Glossary(database).terms());
    const FindingDismissals dismissals(database);

    // Each pair becomes its row as it is read, not after all of them were: a city's pairs and its rows held together
    // were 12 MB more at national scale.
    const auto expect = [&contents](qsizetype count) {
        contents.rows.reserve(count);
        contents.index.reserve(count);
    };
    const auto take = [&](FieldPair &&pair) {
        if (cancelled && (contents.rows.size() & 1023) == 0 && cancelled())
            throw Cancelled();
        // A field written in neither language has nothing to translate or review.
        if (pair.text.isEmpty())
            return;
        ReviewRow row;
        row.pair = std::move(pair);
        row.findings = openFindings(row.pair, checks, dismissals);
        contents.index.insert(row.pair.key, int(contents.rows.size()));
        contents.rows << std::move(row);
    };
    try {
        ContentPairs::readEach(database,
                               contents.cityRead.isEmpty() ? std::nullopt : std::optional(contents.scopes.inCities()),
                               expect, take);
    } catch (const Cancelled &) {
        return {};
    }
    return contents;
}

void ReviewTableModel::adopt(const QSqlDatabase &database, ReviewTableContents &&contents)
{
    m_database = database;
    // The checks of later edits and rechecks: the glossary and the dismissals, read again on this connection.
    loadChecks();
    beginResetModel();
    m_cityRead = std::move(contents.cityRead);
    m_scopes = std::move(contents.scopes);
    m_latest = std::move(contents.latest);
    m_rows = std::move(contents.rows);
    m_index = std::move(contents.index);
    endResetModel();
    emit findingsChanged();
}

void ReviewTableModel::refresh(const QVector<FieldKey> &keys)
{
    if (!m_checks)
        return;
    m_latest = TextHistory(m_database).latestPerField();
    // An edit raises its entity's row version: every field of the entity is read again, or the
    // next edit of a sibling field would be refused as a conflict.
    QSet<QString> entities;
    for (const FieldKey &key : keys)
        entities.insert(key.entityKey);
    for (int index = 0; index < m_rows.size(); ++index) {
        ReviewRow &row = m_rows[index];
        if (!entities.contains(row.pair.key.entityKey))
            continue;
        const FieldKey key = row.pair.key;
        const FieldPair pair = ContentPairs::loadOne(m_database, key);
        if (pair.entityId == 0)
            continue;
        row.pair = pair;
        row.findings = openFindings(row.pair, *m_checks, *m_dismissals);
        emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
    }
    emit findingsChanged();
}

void ReviewTableModel::recheck()
{
    if (!m_checks)
        return;
    loadChecks();
    for (ReviewRow &row : m_rows)
        row.findings = openFindings(row.pair, *m_checks, *m_dismissals);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, FindingsColumn), index(int(m_rows.size()) - 1, FindingsColumn));
    emit findingsChanged();
}

const HistoryEntry *ReviewTableModel::lastEdit(const ReviewRow &row) const
{
    const auto last = m_latest.constFind(row.pair.key);
    return last != m_latest.constEnd() ? &*last : nullptr;
}

QVector<Finding> ReviewTableModel::findings() const
{
    QVector<Finding> all;
    for (const ReviewRow &row : m_rows)
        all += row.findings;
    return all;
}

int ReviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReviewRow &row = m_rows.at(index.row());
    const FieldPair &pair = row.pair;
    switch (role) {
    case KeyRole:
        return pair.key.entityKey;
    case KindRole:
        return pair.entityKind;
    case PlanKeyRole:
        return planOf(row);
    case RegionKeyRole:
        return cityOf(row);
    case FieldRole:
        return pair.key.field;
    case KoStatusRole:
        return int(pair.text.koStatus);
    case EnStatusRole:
        return int(pair.text.enStatus);
    case FlaggedRole:
        return pair.koFlag || pair.enFlag;
    case CheckIdsRole: {
        QStringList ids;
        for (const Finding &finding : row.findings)
            ids << finding.checkId;
        return ids;
    }
    case SearchTextRole:
        return pair.key.toString() + QLatin1Char('\n') + pair.text.ko + QLatin1Char('\n') + pair.text.en;
    case BadgeRole:
        if (index.column() == KoreanStatusColumn)
            return int(Badges::fromStatus(pair.text.koStatus));
        if (index.column() == EnglishStatusColumn)
            return int(Badges::fromStatus(pair.text.enStatus));
        return {};
    case SortRole:
        if (index.column() == KoreanStatusColumn)
            return int(pair.text.koStatus);
        if (index.column() == EnglishStatusColumn)
            return int(pair.text.enStatus);
        if (index.column() == FindingsColumn)
            return int(row.findings.size());
        if (index.column() == LastEditedColumn) {
            const HistoryEntry *last = lastEdit(row);
            return last ? last->changedAt : QString();
        }
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == KoreanColumn)
            return pair.text.ko;
        if (index.column() == EnglishColumn)
            return pair.text.en;
        if (index.column() == EntityColumn)
            return Terms::interfaceName(QStringLiteral("entityKind"), pair.entityKind);
        if (index.column() == FindingsColumn) {
            QStringList messages;
            for (const Finding &finding : row.findings)
                messages << finding.message();
            return messages.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case EntityColumn:
            return pair.key.entityKey;
        case FieldColumn:
            return pair.key.field;
        case KoreanColumn:
            return oneLine(pair.text.ko);
        case KoreanStatusColumn:
            return Badges::text(Badges::fromStatus(pair.text.koStatus));
        case EnglishColumn:
            return oneLine(pair.text.en);
        case EnglishStatusColumn:
            return Badges::text(Badges::fromStatus(pair.text.enStatus));
        case LastEditedColumn: {
            const HistoryEntry *last = lastEdit(row);
            return last ? tr("%1, %2").arg(last->userName, localTime(last->changedAt)) : QString();
        }
        case FindingsColumn:
            return row.findings.isEmpty() ? QString() : QString::number(row.findings.size());
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == FindingsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant ReviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EntityColumn:
        return tr("Entry");
    case FieldColumn:
        return tr("Field");
    case KoreanColumn:
        return tr("Korean");
    case KoreanStatusColumn:
        return tr("Korean status");
    case EnglishColumn:
        return tr("English");
    case EnglishStatusColumn:
        return tr("English status");
    case LastEditedColumn:
        return tr("Last edited");
    case FindingsColumn:
        return tr("Findings");
    }
    return {};
}

} // namespace innoatlas
