#include "charts/TimelineRequest.h"

#include <QJsonArray>

namespace innoatlas {

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            result << item.toString();
    }
    return result;
}
} // namespace

QJsonObject TimelineRequest::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("lanes"), lanes == Lanes::Plans ? QStringLiteral("plans") : QStringLiteral("cities"));
    if (!cityKeys.isEmpty())
        object.insert(QStringLiteral("cities"), QJsonArray::fromStringList(cityKeys));
    if (!themeKeys.isEmpty())
        object.insert(QStringLiteral("themes"), QJsonArray::fromStringList(themeKeys));
    return object;
}

TimelineRequest TimelineRequest::fromJson(const QJsonObject &object)
{
    TimelineRequest request;
    if (object.value(QStringLiteral("lanes")).toString() == u"plans")
        request.lanes = Lanes::Plans;
    request.cityKeys = strings(object.value(QStringLiteral("cities")));
    request.themeKeys = strings(object.value(QStringLiteral("themes")));
    return request;
}

} // namespace innoatlas
