#include "importers/RegionRows.h"

#include "importers/FieldParser.h"
#include "importers/KoreanGovernments.h"
#include "model/Vocabulary.h"

namespace innoatlas {

namespace {
bool isLegalDongCode(const QString &code)
{
    if (code.size() != 10)
        return false;
    for (QChar c : code) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isTopLevel(const QString &level)
{
    static const QStringList top = {QStringLiteral("special-city"), QStringLiteral("metropolitan-city"),
                                    QStringLiteral("special-self-governing-city"), QStringLiteral("province"),
                                    QStringLiteral("special-self-governing-province")};
    return top.contains(level);
}
} // namespace

void RegionRows::convertRow(const CsvRecord &record)
{
    Row row;
    row.line = record.line;
    const int codeColumn = column(QStringLiteral("code"));
    const int nameColumn = column(QStringLiteral("name"));
    row.code = FieldParser::code(record.fields.at(codeColumn));
    if (!isLegalDongCode(row.code)) {
        reject(record, codeColumn, tr("\"%1\" is not a 10-digit legal-dong code").arg(row.code));
        return;
    }
    row.fullName = FieldParser::text(record.fields.at(nameColumn)).simplified();
    if (row.fullName.isEmpty()) {
        reject(record, nameColumn, tr("the name is empty"));
        return;
    }
    if (const int levelColumn = column(QStringLiteral("level")); levelColumn >= 0) {
        row.level = FieldParser::code(record.fields.at(levelColumn));
        if (!Vocabulary::regionLevels().contains(row.level)) {
            reject(record, levelColumn,
                   tr("\"%1\" is not a region level (%2)")
                       .arg(row.level, Vocabulary::regionLevels().join(QStringLiteral(", "))));
            return;
        }
        row.top = isTopLevel(row.level);
    } else if (row.code.endsWith(QLatin1String("00000000"))) {
        row.top = true;
    } else if (row.code.endsWith(QLatin1String("00000"))) {
        // 세종특별자치시 has no tier below it: its only code, 3611000000, looks like a 시군구's.
        row.top = !row.fullName.contains(u' ');
    } else {
        m_report.skip(tr("a town, township, neighbourhood or village (읍·면·동·리): below the levels imported"));
        return;
    }
    if (!row.top && m_mapping.levels == ImportMapping::RegionLevels::Top) {
        m_report.skip(tr("a city, county or district (시·군·구): imported with the levels \"all\""));
        return;
    }
    if (const auto first = m_byCode.constFind(row.code); first != m_byCode.constEnd()) {
        reject(record, codeColumn,
               tr("the code %1 is given twice (first on line %2)").arg(row.code).arg(m_rows.at(*first).line));
        return;
    }
    if (const int parentColumn = column(QStringLiteral("parent")); parentColumn >= 0)
        row.parentCode = FieldParser::code(record.fields.at(parentColumn));
    if (const int enColumn = column(QStringLiteral("nameEn")); enColumn >= 0)
        row.nameEn = FieldParser::text(record.fields.at(enColumn));
    quote(record);
    m_byCode.insert(row.code, int(m_rows.size()));
    m_byFullName.insert(row.fullName, int(m_rows.size()));
    m_rows.append(row);
}

int RegionRows::findParent(const Row &row, const ExistingRegion **existing, QString *localName) const
{
    *existing = nullptr;
    const QStringList parts = row.fullName.split(u' ');
    *localName = parts.constLast();
    const auto byCode = [&](const QString &code) {
        if (code == row.code)
            return -1;
        if (const auto it = m_byCode.constFind(code); it != m_byCode.constEnd())
            return *it;
        *existing = m_regions.byCode(code);
        return -1;
    };
    if (!row.parentCode.isEmpty())
        return byCode(row.parentCode);
    // The longest leading part of the full name that is a region of the file: "경기도 수원시" for
    // "경기도 수원시 장안구".
    for (qsizetype k = parts.size() - 1; k >= 1; --k) {
        const auto it = m_byFullName.constFind(parts.mid(0, k).join(u' '));
        if (it != m_byFullName.constEnd()) {
            *localName = parts.mid(k).join(u' ');
            return *it;
        }
    }
    // Else by the code's structure: the city of a district (41111 → 41110), then the province.
    for (const QString &code :
         {row.code.left(4) + QStringLiteral("000000"), row.code.left(2) + QStringLiteral("00000000")}) {
        const int index = byCode(code);
        if (index >= 0 || *existing)
            return index;
    }
    return -1;
}

QString RegionRows::keyFor(const Row &row, const ExistingRegion *existing) const
{
    if (existing)
        return existing->key;
    const Government *government = row.top ? KoreanGovernments::byCode(row.code) : nullptr;
    if (government && !m_regions.keyInUse(QStringLiteral("region.") + government->slug))
        return QStringLiteral("region.") + government->slug;
    const QString key = QStringLiteral("region.kr-") + row.code;
    return m_regions.keyInUse(key) ? QString() : key;
}

ImportBatch RegionRows::finish()
{
    ImportBatch batch;
    QVector<QString> keys(m_rows.size());
    int missingEnglish = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const ExistingRegion *existing = m_regions.byCode(row.code);
        const Government *government = row.top ? KoreanGovernments::byCode(row.code) : nullptr;
        if (!existing && government) {
            // A region recorded under the usual key but without its code yet is the same region.
            const ExistingRegion *sameKey = m_regions.byKey(QStringLiteral("region.") + government->slug);
            if (sameKey && sameKey->code.isEmpty())
                existing = sameKey;
        }
        keys[i] = keyFor(row, existing);
    }

    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        QString localName = row.fullName;
        QString parentKey = m_regions.countryKey();
        if (!row.top) {
            const ExistingRegion *existingParent = nullptr;
            const int parent = findParent(row, &existingParent, &localName);
            if (parent >= 0) {
                parentKey = keys.at(parent);
            } else if (existingParent) {
                parentKey = existingParent->key;
            } else {
                m_report.reject(row.line, 0, QString(),
                                tr("no region of the file or the database contains \"%1\"").arg(row.fullName));
                continue;
            }
        }
        const Government *government =
            row.top ? (KoreanGovernments::byCode(row.code) ? KoreanGovernments::byCode(row.code)
                                                           : KoreanGovernments::byName(row.fullName))
                    : nullptr;
        QString level = row.level;
        if (level.isEmpty())
            level = government ? government->level : KoreanGovernments::levelFromName(localName);
        if (level.isEmpty()) {
            m_report.reject(row.line, 0, QString(),
                            tr("cannot tell the level of \"%1\" from its name").arg(row.fullName));
            continue;
        }
        if (keys.at(i).isEmpty()) {
            m_report.reject(row.line, 0, QString(),
                            tr("the key for the code %1 is used by something else").arg(row.code));
            continue;
        }
        const QString english = !row.nameEn.isEmpty() ? row.nameEn : government ? government->en : QString();
        const LocalizedText name = LocalizedText::draft(localName, english);

        const ExistingRegion *existing = m_regions.byKey(keys.at(i));
        if (!existing) {
            Region region;
            region.key = keys.at(i);
            region.code = row.code;
            region.level = level;
            region.parentKey = parentKey;
            region.name = name;
            batch.dataset.regions.append(region);
            ++m_report.imported;
            missingEnglish += english.isEmpty() ? 1 : 0;
            continue;
        }
        RegionUpdate update;
        update.id = existing->id;
        update.key = existing->key;
        if (existing->code != row.code)
            update.code = row.code;
        if (existing->level != level)
            update.level = level;
        if (!parentKey.isEmpty() && existing->parentKey != parentKey)
            update.parentKey = parentKey;
        LocalizedText merged = existing->name;
        if (merged.ko != name.ko) {
            merged.ko = name.ko;
            merged.koStatus = ReviewStatus::Draft;
        }
        if (!english.isEmpty() && merged.en != english) {
            merged.en = english;
            merged.enStatus = ReviewStatus::Draft;
        }
        if (merged != existing->name)
            update.name = merged;
        if (!update.code && !update.level && !update.parentKey && !update.name) {
            ++m_report.unchanged;
        } else if (m_mapping.existing == ImportMapping::Existing::Skip) {
            m_report.skip(tr("in the database already, and the mapping skips existing regions"));
        } else {
            batch.regionUpdates.append(update);
            ++m_report.updated;
            missingEnglish += merged.en.isEmpty() ? 1 : 0;
        }
    }
    if (missingEnglish > 0)
        m_report.notes << tr("%n region(s) have no English name: their English names are marked missing.", nullptr,
                             missingEnglish);
    batch.dataset.sources = sources();
    return batch;
}

} // namespace innoatlas
