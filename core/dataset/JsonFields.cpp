#include "dataset/JsonFields.h"

#include "model/Vocabulary.h"

#include <QRegularExpression>

#include <cmath>

namespace innoatlas {

namespace {
const QRegularExpression &keyPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9.-]{0,79}$"));
    return pattern;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}
} // namespace

JsonFields::JsonFields(QString file, QVector<DatasetIssue> *issues) : m_file(std::move(file)), m_issues(issues) {}

void JsonFields::error(const QString &path, const QString &message)
{
    ++m_errors;
    DatasetIssue issue;
    issue.file = m_file;
    issue.path = path;
    issue.message = message;
    m_issues->append(issue);
}

bool JsonFields::onlyMembers(const QJsonObject &object, const QString &path, const QStringList &allowed)
{
    bool ok = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            error(member(path, it.key()), QStringLiteral("unknown member \"%1\"").arg(it.key()));
            ok = false;
        }
    }
    return ok;
}

bool JsonFields::isObject(const QJsonValue &value, const QString &path)
{
    if (value.isObject())
        return true;
    error(path, QStringLiteral("expected an object, found %1").arg(typeName(value)));
    return false;
}

QJsonArray JsonFields::array(const QJsonObject &object, const QString &name, const QString &path)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        error(member(path, name), QStringLiteral("expected an array, found %1").arg(typeName(value)));
        return {};
    }
    return value.toArray();
}

QString JsonFields::string(const QJsonObject &object, const QString &name, const QString &path, bool required)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            error(member(path, name), QStringLiteral("required member is missing"));
        return {};
    }
    if (!value.isString()) {
        error(member(path, name), QStringLiteral("expected a string, found %1").arg(typeName(value)));
        return {};
    }
    const QString text = value.toString();
    if (required && text.trimmed().isEmpty())
        error(member(path, name), QStringLiteral("must not be empty"));
    return text;
}

QString JsonFields::choice(const QJsonObject &object, const QString &name, const QString &path,
                           const QStringList &allowed, bool required, const QString &fallback)
{
    const QString value = string(object, name, path, required);
    if (value.isEmpty())
        return fallback;
    if (!allowed.contains(value)) {
        error(member(path, name),
              QStringLiteral("\"%1\" is not one of: %2").arg(value, allowed.join(QStringLiteral(", "))));
        return fallback;
    }
    return value;
}

QString JsonFields::key(const QJsonObject &object, const QString &path)
{
    const QString value = string(object, QStringLiteral("key"), path, true);
    if (!value.isEmpty() && !keyPattern().match(value).hasMatch())
        error(member(path, QStringLiteral("key")),
              QStringLiteral("\"%1\" is not a key (lowercase letters, digits, '-' and '.', at most 80)").arg(value));
    return value;
}

QString JsonFields::reference(const QJsonObject &object, const QString &name, const QString &path, bool required)
{
    const QString value = string(object, name, path, required);
    if (!value.isEmpty() && !keyPattern().match(value).hasMatch()) {
        error(member(path, name), QStringLiteral("\"%1\" is not a key").arg(value));
        return {};
    }
    return value;
}

std::optional<qint64> JsonFields::integer(const QJsonValue &value, const QString &path, qint64 min, qint64 max)
{
    if (!value.isDouble()) {
        error(path, QStringLiteral("expected an integer, found %1").arg(typeName(value)));
        return std::nullopt;
    }
    // Integers beyond 2^53 cannot be told apart from their neighbours in JSON readers.
    constexpr qint64 exactLimit = qint64(1) << 53;
    const double number = value.toDouble();
    if (std::floor(number) != number) {
        error(path, QStringLiteral("expected an integer, found %1").arg(number, 0, 'g', 17));
        return std::nullopt;
    }
    if (std::fabs(number) >= double(exactLimit)) {
        error(path, QStringLiteral("%1 is too large to be exact").arg(number, 0, 'g', 17));
        return std::nullopt;
    }
    const qint64 result = value.toInteger();
    if (result < min || result > max) {
        error(path, QStringLiteral("%1 is outside %2..%3").arg(result).arg(min).arg(max));
        return std::nullopt;
    }
    return result;
}

std::optional<qint64> JsonFields::integerMember(const QJsonObject &object, const QString &name, const QString &path,
                                                qint64 min, qint64 max, bool required)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            error(member(path, name), QStringLiteral("required member is missing"));
        return std::nullopt;
    }
    return integer(value, member(path, name), min, max);
}

QStringList JsonFields::keyList(const QJsonObject &object, const QString &name, const QString &path, bool required)
{
    const QString where = member(path, name);
    const QJsonValue value = object.value(name);
    if (value.isUndefined()) {
        if (required)
            error(where, QStringLiteral("required member is missing"));
        return {};
    }
    if (!value.isArray()) {
        error(where, QStringLiteral("expected an array of keys, found %1").arg(typeName(value)));
        return {};
    }
    QStringList keys;
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (!item.isString() || !keyPattern().match(item.toString()).hasMatch()) {
            error(index(where, i), QStringLiteral("expected a key"));
            continue;
        }
        if (keys.contains(item.toString()))
            error(index(where, i), QStringLiteral("\"%1\" is listed twice").arg(item.toString()));
        keys << item.toString();
    }
    return keys;
}

LocalizedText JsonFields::text(const QJsonObject &object, const QString &name, const QString &path, bool required)
{
    const QString where = member(path, name);
    const QJsonValue value = object.value(name);
    LocalizedText result;
    if (value.isUndefined() || value.isNull()) {
        if (required)
            error(where, QStringLiteral("required text is missing"));
        return result;
    }
    if (!isObject(value, where))
        return result;
    const QJsonObject textObject = value.toObject();
    onlyMembers(textObject, where, {QStringLiteral("ko"), QStringLiteral("en"), QStringLiteral("status")});
    result = LocalizedText::draft(string(textObject, QStringLiteral("ko"), where, false),
                                  string(textObject, QStringLiteral("en"), where, false));
    if (result.ko != result.ko.trimmed() || result.en != result.en.trimmed())
        error(where, QStringLiteral("text has leading or trailing white space"));
    if (required && result.isEmpty())
        error(where, QStringLiteral("needs Korean or English text"));

    const QJsonValue statusValue = textObject.value(QStringLiteral("status"));
    if (statusValue.isUndefined())
        return result;
    const QString statusPath = member(where, QStringLiteral("status"));
    if (!isObject(statusValue, statusPath))
        return result;
    const QJsonObject statusObject = statusValue.toObject();
    onlyMembers(statusObject, statusPath, Vocabulary::languages());
    for (Language language : {Language::Korean, Language::English}) {
        const QString code = languageCode(language);
        const QString statusName = string(statusObject, code, statusPath, false);
        if (statusName.isEmpty())
            continue;
        ReviewStatus status;
        if (!parseReviewStatus(statusName, &status)) {
            error(member(statusPath, code),
                  QStringLiteral("\"%1\" is not one of: missing, draft, reviewed, approved").arg(statusName));
            continue;
        }
        const bool hasText = !result.text(language).isEmpty();
        if (hasText == (status == ReviewStatus::Missing)) {
            error(member(statusPath, code), hasText ? QStringLiteral("status is \"missing\" but the text is there")
                                                    : QStringLiteral("status \"%1\" needs the text").arg(statusName));
            continue;
        }
        (language == Language::Korean ? result.koStatus : result.enStatus) = status;
    }
    return result;
}

Citation JsonFields::citation(const QJsonObject &figure, const QString &path)
{
    Citation result;
    result.quoteKeys = keyList(figure, QStringLiteral("quotes"), path, true);
    if (result.quoteKeys.isEmpty() && figure.value(QStringLiteral("quotes")).isArray())
        error(member(path, QStringLiteral("quotes")), QStringLiteral("a figure needs at least one quote"));
    const QJsonValue correction = figure.value(QStringLiteral("correction"));
    if (correction.isUndefined())
        return result;
    const QString where = member(path, QStringLiteral("correction"));
    if (!isObject(correction, where))
        return result;
    const QJsonObject object = correction.toObject();
    onlyMembers(object, where, {QStringLiteral("printed"), QStringLiteral("note")});
    Correction c;
    c.printed = string(object, QStringLiteral("printed"), where, true);
    c.note = text(object, QStringLiteral("note"), where, true);
    result.correction = c;
    return result;
}

std::optional<PartialDate> JsonFields::date(const QJsonObject &object, const QString &path)
{
    const QString text = string(object, QStringLiteral("value"), path, true);
    const QString precisionName = string(object, QStringLiteral("precision"), path, true);
    if (text.isEmpty() || precisionName.isEmpty())
        return std::nullopt;
    DatePrecision precision;
    if (!parseDatePrecision(precisionName, &precision)) {
        error(member(path, QStringLiteral("precision")),
              QStringLiteral("\"%1\" is not one of: day, month, year, approximate").arg(precisionName));
        return std::nullopt;
    }
    QString reason;
    const PartialDate date = PartialDate::parse(text, precision, &reason);
    if (!date.isValid()) {
        error(member(path, QStringLiteral("value")), reason);
        return std::nullopt;
    }
    return date;
}

QString JsonFields::decimal(const QJsonObject &object, const QString &name, const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^-?(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?$"));
    const QString value = string(object, name, path, true);
    if (!value.isEmpty() && !pattern.match(value).hasMatch()) {
        error(member(path, name),
              QStringLiteral("\"%1\" is not a decimal number such as \"13\" or \"4.371\"").arg(value));
        return {};
    }
    return value;
}

} // namespace innoatlas
