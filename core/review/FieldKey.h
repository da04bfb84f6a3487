#pragma once

#include <QHashFunctions>
#include <QString>

namespace innoatlas {

/**
 * Names one bilingual content field: the entity's stable key and the field ("title",
 * "name", "description", ...). With a Language it names one row of localized_text.
 */
struct FieldKey
{
    QString entityKey;
    QString field;

    bool isValid() const { return !entityKey.isEmpty() && !field.isEmpty(); }
    /** "plan.daejeon-space-2023:title": the XLIFF unit id and the form shown to users. */
    QString toString() const { return entityKey + QLatin1Char(':') + field; }
    /** Reads toString()'s form; an empty key when @p text has no ':' or an empty part. */
    static FieldKey fromString(const QString &text)
    {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == text.size() - 1)
            return {};
        return {text.left(colon), text.mid(colon + 1)};
    }

    bool operator==(const FieldKey &other) const { return entityKey == other.entityKey && field == other.field; }
    bool operator!=(const FieldKey &other) const { return !(*this == other); }
    bool operator<(const FieldKey &other) const
    {
        return entityKey != other.entityKey ? entityKey < other.entityKey : field < other.field;
    }
};

inline size_t qHash(const FieldKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.entityKey, key.field);
}

} // namespace innoatlas
