#include "review/ProgressModel.h"

#include "common/ItemRoles.h"

#include <QFont>

namespace innoatlas {

namespace {
void add(ProgressModel::Counts &counts, const FieldPair &pair)
{
    ++counts.fields;
    for (Language language : {Language::Korean, Language::English}) {
        const int i = int(language);
        const ReviewStatus status = pair.text.status(language);
        if (pair.text.text(language).isEmpty())
            continue;
        ++counts.written[i];
        if (status == ReviewStatus::Reviewed || status == ReviewStatus::Approved)
            ++counts.reviewed[i];
        if (status == ReviewStatus::Approved)
            ++counts.approved[i];
    }
}

QString share(int part, int whole)
{
    if (whole == 0)
        return QStringLiteral("–");
    return ProgressModel::tr("%1 / %2 (%3%)").arg(part).arg(whole).arg(part * 100 / whole);
}
} // namespace

ProgressModel::ProgressModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProgressModel::setRows(const QVector<ReviewRow> &rows, const ReviewScopes &scopes, Language nameLanguage,
                            const QString &onlyCity)
{
    beginResetModel();
    m_lines.clear();
    Line all{QString(), tr("All fields"), false, {}};
    QHash<QString, Counts> byKey;
    for (const ReviewRow &row : rows) {
        add(all.counts, row.pair);
        const QString city = scopes.cityOf(row.pair.entityId);
        if (!city.isEmpty())
            add(byKey[city], row.pair);
        const QString plan = scopes.planOf(row.pair.entityId);
        if (!plan.isEmpty())
            add(byKey[plan], row.pair);
    }
    // The rows of one city count that city alone: no line claims the whole database's or another city's progress.
    if (onlyCity.isEmpty())
        m_lines << all;
    for (const ReviewScopes::Scope &city : scopes.cities()) {
        if (!onlyCity.isEmpty() && city.key != onlyCity)
            continue;
        m_lines << Line{city.key, city.name.preferred(nameLanguage), false, byKey.value(city.key)};
        for (const ReviewScopes::Scope &plan : scopes.plans()) {
            if (plan.cityKey == city.key || !onlyCity.isEmpty())
                m_lines << Line{plan.key, plan.name.preferred(nameLanguage), true, byKey.value(plan.key)};
        }
    }
    endResetModel();
}

void ProgressModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

ProgressModel::Counts ProgressModel::counts(const QString &key) const
{
    for (const Line &line : m_lines) {
        if (line.key == key)
            return line.counts;
    }
    return {};
}

int ProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &line = m_lines.at(index.row());
    const Counts &c = line.counts;
    if (role == KeyRole)
        return line.key;
    if (role == Qt::FontRole && !line.isPlan) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() != ScopeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const int ko = int(Language::Korean);
    const int en = int(Language::English);
    switch (index.column()) {
    case ScopeColumn:
        return line.isPlan ? QStringLiteral("    ") + line.name : line.name;
    case FieldsColumn:
        return c.fields;
    case KoreanReviewedColumn:
        return share(c.reviewed[ko], c.written[ko]);
    case KoreanApprovedColumn:
        return share(c.approved[ko], c.written[ko]);
    case EnglishReviewedColumn:
        return share(c.reviewed[en], c.written[en]);
    case EnglishApprovedColumn:
        return share(c.approved[en], c.written[en]);
    }
    return {};
}

QVariant ProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section != ScopeColumn && section != FieldsColumn)
        return tr("Out of the fields written in that language; reviewed includes approved");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ScopeColumn:
        return tr("City or plan");
    case FieldsColumn:
        return tr("Fields");
    case KoreanReviewedColumn:
        return tr("Korean reviewed");
    case KoreanApprovedColumn:
        return tr("Korean approved");
    case EnglishReviewedColumn:
        return tr("English reviewed");
    case EnglishApprovedColumn:
        return tr("English approved");
    }
    return {};
}

} // namespace innoatlas
