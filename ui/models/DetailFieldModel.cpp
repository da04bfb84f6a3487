#include "models/DetailFieldModel.h"

#include "common/Badge.h"
#include "common/ContentFormat.h"
#include "common/EvidenceHtml.h"
#include "common/ItemRoles.h"
#include "common/Terms.h"

#include <QCoreApplication>
#include <QFont>

namespace innoatlas {

namespace {
QString yearSuffix(const std::optional<int> &year, Language language)
{
    if (!year)
        return {};
    return QStringLiteral(" (%1)").arg(ContentFormat::year(*year, language));
}
} // namespace

DetailFieldModel::DetailFieldModel(QObject *parent) : QAbstractTableModel(parent) {}

void DetailFieldModel::setDetail(EntityDetail detail)
{
    beginResetModel();
    m_detail = std::move(detail);
    endResetModel();
}

void DetailFieldModel::retranslate()
{
    if (!m_detail.fields.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int DetailFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_detail.fields.size());
}

int DetailFieldModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DetailFieldModel::fieldLabel(const DetailField &field)
{
    const QString &name = field.name;
    if (name == QLatin1String("statedCount"))
        return tr("%1 (stated)").arg(Terms::interfaceName(QStringLiteral("elementKindPlural"), field.qualifier));
    if (name == QLatin1String("population") && field.year)
        return tr("Population %1").arg(*field.year);
    return fieldLabel(name);
}

QString DetailFieldModel::fieldLabel(const QString &name)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("label"), QT_TR_NOOP("Budget line")},
        {QStringLiteral("metric"), QT_TR_NOOP("Indicator")},
        {QStringLiteral("vision"), QT_TR_NOOP("Vision")},
        {QStringLiteral("summary"), QT_TR_NOOP("Summary")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("level"), QT_TR_NOOP("Level")},
        {QStringLiteral("code"), QT_TR_NOOP("Administrative code")},
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("parent"), QT_TR_NOOP("Part of")},
        {QStringLiteral("region"), QT_TR_NOOP("Region")},
        {QStringLiteral("theme"), QT_TR_NOOP("Theme")},
        {QStringLiteral("announced"), QT_TR_NOOP("Announced")},
        {QStringLiteral("period"), QT_TR_NOOP("Period")},
        {QStringLiteral("headlineBudget"), QT_TR_NOOP("Headline budget")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("plan"), QT_TR_NOOP("Plan")},
        {QStringLiteral("amount"), QT_TR_NOOP("Amount")},
        {QStringLiteral("years"), QT_TR_NOOP("Years")},
        {QStringLiteral("funding"), QT_TR_NOOP("Funding source")},
        {QStringLiteral("budgetKind"), QT_TR_NOOP("Status")},
        {QStringLiteral("element"), QT_TR_NOOP("Plan element")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},
        {QStringLiteral("baseline"), QT_TR_NOOP("Baseline")},
        {QStringLiteral("target"), QT_TR_NOOP("Target")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("eventKind"), QT_TR_NOOP("Kind of event")},
        {QStringLiteral("participant"), QT_TR_NOOP("Participant")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("event"), QT_TR_NOOP("Event")},
        {QStringLiteral("organisationKind"), QT_TR_NOOP("Kind of organisation")},
        {QStringLiteral("publisher"), QT_TR_NOOP("Publisher")},
        {QStringLiteral("sourceKind"), QT_TR_NOOP("Kind of source")},
        {QStringLiteral("published"), QT_TR_NOOP("Published")},
        {QStringLiteral("language"), QT_TR_NOOP("Language")},
        {QStringLiteral("seedFile"), QT_TR_NOOP("Seed file")},
        {QStringLiteral("url"), QT_TR_NOOP("Address")},
        {QStringLiteral("quoteCount"), QT_TR_NOOP("Quotes")},
        {QStringLiteral("quote"), QT_TR_NOOP("Verbatim quote")},
        {QStringLiteral("translation"), QT_TR_NOOP("Translation")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("text"), QT_TR_NOOP("Verbatim quote")},
        {QStringLiteral("note"), QT_TR_NOOP("Curator's note")},
    };
    const auto it = labels.constFind(name);
    return it == labels.constEnd() ? name : tr(*it);
}

QString DetailFieldModel::valueText(const DetailField &field, Language language)
{
    switch (field.type) {
    case DetailValueType::Text:
    case DetailValueType::Reference:
        return field.text.text(language);
    case DetailValueType::Verbatim:
        return field.language == languageCode(language) ? field.value : QString();
    case DetailValueType::Money: {
        QString text = ContentFormat::money(field.won, language);
        if (field.original)
            text += QStringLiteral(" (%1)").arg(ContentFormat::original(*field.original, language));
        return text;
    }
    case DetailValueType::Number: {
        bool ok = false;
        const qint64 value = field.value.toLongLong(&ok);
        return (ok ? ContentFormat::number(value, language) : field.value) + yearSuffix(field.year, language);
    }
    case DetailValueType::Decimal:
        return ContentFormat::kpi(field.value, field.qualifier, language) + yearSuffix(field.year, language);
    case DetailValueType::Year:
        return ContentFormat::year(field.from, language);
    case DetailValueType::Date:
        return ContentFormat::date(field.date, language);
    case DetailValueType::Period:
        return ContentFormat::period(field.from, field.to, language);
    case DetailValueType::Term:
        return Terms::name(field.termList, field.value, language);
    case DetailValueType::Code:
        return field.value;
    }
    return {};
}

QVariant DetailFieldModel::badge(const DetailField &field, Language language) const
{
    if (field.type == DetailValueType::Text)
        return int(Badges::fromStatus(field.text.status(language)));
    if (field.evidence)
        return int(field.evidence->corrected ? Badge::Corrected : Badge::Sourced);
    return {};
}

QString DetailFieldModel::toolTip(const DetailField &field, Language language) const
{
    QString exact;
    if (field.type == DetailValueType::Money)
        exact = ContentFormat::moneyExact(field.won, language);
    if (field.evidence)
        return EvidenceHtml::toolTip(exact, *field.evidence);
    if (!exact.isEmpty())
        return exact;
    if (field.type == DetailValueType::Reference && !field.referenceKey.isEmpty())
        return tr("Double-click to open");
    return {};
}

QVariant DetailFieldModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_detail.fields.size())
        return {};
    const DetailField &field = m_detail.fields.at(index.row());
    const int column = index.column();
    const Language language =
        column == KoreanColumn || column == KoreanBadgeColumn ? Language::Korean : Language::English;
    const bool badgeColumn = column == KoreanBadgeColumn || column == EnglishBadgeColumn;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column == FieldColumn)
            return fieldLabel(field);
        if (badgeColumn) {
            const QVariant b = badge(field, language);
            return b.isValid() ? Badges::text(Badge(b.toInt())) : QString();
        }
        return valueText(field, language);
    case Qt::ToolTipRole:
        if (column == FieldColumn || badgeColumn)
            return field.evidence ? toolTip(field, language) : QVariant();
        return toolTip(field, language);
    case BadgeRole:
        return badgeColumn ? badge(field, language) : QVariant();
    case FieldRole:
        return field.name;
    case KeyRole:
        return field.referenceKey;
    case KindRole:
        return field.referenceKind;
    case Qt::FontRole:
        if (column == FieldColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    }
    return {};
}

QVariant DetailFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const bool badgeColumn = section == KoreanBadgeColumn || section == EnglishBadgeColumn;
    // The badges explain themselves; a header word would only widen their narrow columns.
    if (badgeColumn && (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole))
        return tr("Review status, or where the figure stands with its sources");
    if (role != Qt::DisplayRole || badgeColumn)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case KoreanColumn:
        return tr("Korean");
    case EnglishColumn:
        return tr("English");
    }
    return {};
}

} // namespace innoatlas
