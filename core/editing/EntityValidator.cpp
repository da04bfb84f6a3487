#include "editing/EntityValidator.h"

#include "editing/EntityKinds.h"

#include "model/PartialDate.h"
#include "money/MoneyParser.h"
#include "store/SqlQuery.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace innoatlas {

namespace {
bool isBlank(const QVariant &value)
{
    return value.isNull() || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty());
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

QVariant value(const EntityRecord &record, const char *column)
{
    return record.values.value(QString::fromLatin1(column));
}
} // namespace

QString EntityValidator::checkValue(const ColumnSpec &column, const QVariant &value, QVariant *normalised)
{
    QVariant result = value;
    const auto done = [&](const QString &error) {
        if (normalised)
            *normalised = error.isEmpty() ? result : value;
        return error;
    };
    if (isBlank(value)) {
        result = QVariant();
        return done(column.required ? tr("required") : QString());
    }
    const QString text = value.toString().trimmed();
    switch (column.type) {
    case ColumnType::Text:
        result = text;
        return done({});
    case ColumnType::Choice:
        return done(column.choices.contains(text) ? QString() : tr("not one of the allowed values"));
    case ColumnType::Integer: {
        bool ok = false;
        const qint64 number = isNumber(value) ? value.toLongLong(&ok) : text.toLongLong(&ok);
        if (!ok)
            return done(tr("not a whole number"));
        if (number < 0)
            return done(tr("must not be negative"));
        result = number;
        return done({});
    }
    case ColumnType::Year: {
        bool ok = false;
        const int year = text.toInt(&ok);
        if (!ok || year < 1900 || year > 2200)
            return done(tr("not a year between 1900 and 2200"));
        result = year;
        return done({});
    }
    case ColumnType::Money: {
        if (isNumber(value)) {
            if (value.toLongLong() < 0)
                return done(tr("must not be negative"));
            result = value.toLongLong();
            return done({});
        }
        const MoneyParseResult parsed = MoneyParser::parseWon(text);
        if (!parsed.ok)
            return done(tr("not an amount in won: %1").arg(parsed.error));
        result = qint64(parsed.money.amount);
        return done({});
    }
    case ColumnType::Date: {
        QString error;
        if (!PartialDate::parse(text, DatePrecision::Approximate, &error).isValid())
            return done(tr("not a date (YYYY, YYYY-MM or YYYY-MM-DD)"));
        result = text;
        return done({});
    }
    case ColumnType::Reference: {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return done(tr("not an entry of this database"));
        result = id;
        return done({});
    }
    }
    return done({});
}

QString EntityValidator::checkReference(const ColumnSpec &column, const QVariant &value) const
{
    SqlQuery query(m_database, QStringLiteral("SELECT kind FROM entity WHERE id = ?"));
    query.bind(value).exec();
    if (!query.next())
        return tr("not an entry of this database");
    if (!column.referenceKinds.isEmpty() && !column.referenceKinds.contains(query.value(0).toString()))
        return tr("an entry of the wrong kind");
    return {};
}

QVector<FieldError> EntityValidator::validate(EntityRecord &record) const
{
    QVector<FieldError> errors;
    const KindSpec *spec = EntityKinds::find(record.kind);
    if (!spec)
        return {{QStringLiteral("kind"), tr("this kind of entry cannot be edited")}};
    const auto fail = [&](const QString &field, const QString &reason) { errors.append({field, reason}); };

    for (const ColumnSpec &column : spec->columns) {
        QVariant normalised;
        const QString error = checkValue(column, record.values.value(column.name), &normalised);
        if (!error.isEmpty()) {
            fail(column.name, error);
            continue;
        }
        record.values.insert(column.name, normalised);
        if (column.type == ColumnType::Reference && !normalised.isNull()) {
            const QString refError = checkReference(column, normalised);
            if (!refError.isEmpty())
                fail(column.name, refError);
            else if (normalised.toLongLong() == record.id)
                fail(column.name, tr("an entry cannot refer to itself"));
        }
        if (column.type == ColumnType::Date) {
            DatePrecision precision = DatePrecision::Day;
            const QVariant precisionValue = record.values.value(column.precisionColumn);
            if (normalised.isNull()) {
                record.values.insert(column.precisionColumn, QVariant());
            } else if (!parseDatePrecision(precisionValue.toString(), &precision)) {
                fail(column.precisionColumn, tr("choose the precision: day, month, year or approximate"));
            } else {
                QString dateError;
                const PartialDate date = PartialDate::parse(normalised.toString(), precision, &dateError);
                if (!date.isValid())
                    fail(column.name, tr("the date does not match its precision (%1)").arg(dateError));
                else
                    record.values.insert(column.name, date.toIsoString());
            }
        }
    }

    for (const QString &field : spec->requiredTexts) {
        const LocalizedText text = record.texts.value(field);
        if (text.ko.trimmed().isEmpty() && text.en.trimmed().isEmpty())
            fail(field + QStringLiteral(".ko"), tr("needs a text in Korean or English"));
    }

    static const QRegularExpression tenDigits(QStringLiteral("^[0-9]{10}$"));
    if (record.kind == QLatin1String("region") && !value(record, "code").isNull() &&
        !tenDigits.match(value(record, "code").toString()).hasMatch())
        fail(QStringLiteral("code"), tr("an administrative code has exactly 10 digits"));

    const auto yearsInOrder = [&](const char *from, const char *to, bool together) {
        const QVariant a = value(record, from);
        const QVariant b = value(record, to);
        if (together && a.isNull() != b.isNull())
            fail(QString::fromLatin1(a.isNull() ? from : to), tr("give both years or neither"));
        else if (!a.isNull() && !b.isNull() && a.toInt() > b.toInt())
            fail(QString::fromLatin1(to), tr("ends before it starts"));
    };
    if (record.kind == QLatin1String("plan"))
        yearsInOrder("period_from", "period_to", false);
    if (record.kind == QLatin1String("budget_line"))
        yearsInOrder("from_year", "to_year", true);

    if (record.kind == QLatin1String("target") || record.kind == QLatin1String("indicator")) {
        // Values in won are stored as whole won so that amount searches find them.
        const bool won = value(record, "unit").toString() == QLatin1String("won");
        for (const char *name : {"baseline_value", "target_value", "value"}) {
            const QString column = QString::fromLatin1(name);
            if (!spec->column(column) || record.values.value(column).isNull() || !won)
                continue;
            const MoneyParseResult parsed = MoneyParser::parseWon(record.values.value(column).toString());
            if (!parsed.ok)
                fail(column, tr("not an amount in won: %1").arg(parsed.error));
            else
                record.values.insert(column, QString::number(parsed.money.amount));
        }
    }

    if (record.kind == QLatin1String("participation")) {
        if (value(record, "organisation_id").isNull() == value(record, "region_id").isNull())
            fail(QStringLiteral("organisation_id"), tr("choose either an organisation or a region"));
        if (value(record, "plan_id").isNull() && value(record, "event_id").isNull())
            fail(QStringLiteral("plan_id"), tr("choose a plan or an event"));
    }

    if (record.kind == QLatin1String("figure") && record.links.value(LinkKind::FigureQuotes).isEmpty())
        fail(QStringLiteral("quotes"), tr("a figure needs the quote of its source"));

    for (auto it = record.links.cbegin(); it != record.links.cend(); ++it) {
        const QString expected = it.key() == LinkKind::PlanThemes ? QStringLiteral("theme") : QStringLiteral("quote");
        const ColumnSpec linked{QString(), ColumnType::Reference, true, {}, {expected}, {}};
        for (qint64 id : it.value()) {
            if (!checkReference(linked, id).isEmpty()) {
                fail(it.key() == LinkKind::PlanThemes ? QStringLiteral("themes") : QStringLiteral("quotes"),
                     tr("links an entry that does not exist"));
                break;
            }
        }
    }
    return errors;
}

} // namespace innoatlas
