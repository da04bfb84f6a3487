#include "query/QueryText.h"

#include "store/BulkStatement.h"
#include "store/SqlQuery.h"

namespace innoatlas::QueryText {

namespace {
ReviewStatus statusOf(const QVariant &name)
{
    ReviewStatus status = ReviewStatus::Missing;
    parseReviewStatus(name.toString(), &status);
    return status;
}
} // namespace

QString textColumns(const QString &alias)
{
    return QStringLiteral("%1_k.text, %1_k.status, %1_e.text, %1_e.status").arg(alias);
}

QString textJoins(const QString &alias, const QString &idExpression, const QString &field)
{
    return QStringLiteral(" LEFT JOIN localized_text %1_k ON %1_k.entity_id = %2 AND %1_k.field = '%3' AND "
                          "%1_k.lang = 'ko' LEFT JOIN localized_text %1_e ON %1_e.entity_id = %2 AND "
                          "%1_e.field = '%3' AND %1_e.lang = 'en' ")
        .arg(alias, idExpression, field);
}

QString planParticipationIds(const QString &planId)
{
    return QStringLiteral("SELECT id FROM participation WHERE plan_id = %1 UNION ALL SELECT x.id FROM event xv "
                          "JOIN participation x ON x.event_id = xv.id WHERE xv.plan_id = %1")
        .arg(planId);
}

LocalizedText readText(const SqlQuery &query, int column)
{
    LocalizedText text;
    text.ko = query.value(column).toString();
    text.koStatus = statusOf(query.value(column + 1));
    text.en = query.value(column + 2).toString();
    text.enStatus = statusOf(query.value(column + 3));
    return text;
}

LocalizedText readText(const BulkStatement &statement, int column)
{
    const auto status = [&statement](int at) {
        ReviewStatus status = ReviewStatus::Missing;
        if (!statement.isNullAt(at))
            parseReviewStatus(QString::fromLatin1(statement.textAt(at)), &status);
        return status;
    };
    LocalizedText text;
    text.ko = QString::fromUtf8(statement.textAt(column));
    text.koStatus = status(column + 1);
    text.en = QString::fromUtf8(statement.textAt(column + 2));
    text.enStatus = status(column + 3);
    return text;
}

PartialDate readDate(const QVariant &text, const QVariant &precision)
{
    DatePrecision parsed = DatePrecision::Day;
    if (text.isNull() || !parseDatePrecision(precision.toString(), &parsed))
        return {};
    return PartialDate::parse(text.toString(), parsed);
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

std::optional<qint64> optionalInt64(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

void setLanguage(LocalizedText &text, const QString &lang, const QString &value, const QString &statusName)
{
    ReviewStatus status = ReviewStatus::Missing;
    parseReviewStatus(statusName, &status);
    if (lang == QLatin1String("ko")) {
        text.ko = value;
        text.koStatus = status;
    } else {
        text.en = value;
        text.enStatus = status;
    }
}

QHash<QString, LocalizedText> entityTexts(const QSqlDatabase &database, qint64 entityId)
{
    QHash<QString, LocalizedText> result;
    SqlQuery texts(database,
                   QStringLiteral("SELECT field, lang, text, status FROM localized_text WHERE entity_id = ?"));
    texts.bind(entityId).exec();
    while (texts.next()) {
        setLanguage(result[texts.value(0).toString()], texts.value(1).toString(), texts.value(2).toString(),
                    texts.value(3).toString());
    }
    return result;
}

} // namespace innoatlas::QueryText
