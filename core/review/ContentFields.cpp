#include "review/ContentFields.h"

#include <QHash>

namespace innoatlas {
namespace ContentFields {

QStringList of(const QString &kind)
{
    // The fields DatasetStore writes for each kind; keep in step with docs/DATA_FORMAT.md.
    static const QHash<QString, QStringList> fields = {
        {QStringLiteral("source"), {QStringLiteral("publisher"), QStringLiteral("title")}},
        {QStringLiteral("quote"), {QStringLiteral("translation")}},
        {QStringLiteral("theme"), {QStringLiteral("name")}},
        {QStringLiteral("region"), {QStringLiteral("name")}},
        {QStringLiteral("organisation"), {QStringLiteral("name")}},
        {QStringLiteral("plan"), {QStringLiteral("title"), QStringLiteral("vision"), QStringLiteral("summary")}},
        {QStringLiteral("element"), {QStringLiteral("name"), QStringLiteral("description")}},
        {QStringLiteral("budget_line"), {QStringLiteral("label")}},
        {QStringLiteral("target"), {QStringLiteral("metric")}},
        {QStringLiteral("indicator"), {QStringLiteral("metric")}},
        {QStringLiteral("event"), {QStringLiteral("title"), QStringLiteral("description")}},
        {QStringLiteral("participation"), {QStringLiteral("description")}},
        {QStringLiteral("figure"), {QStringLiteral("note")}},
    };
    return fields.value(kind);
}

bool has(const QString &kind, const QString &field)
{
    return of(kind).contains(field);
}

} // namespace ContentFields
} // namespace innoatlas
