#pragma once

#include "model/LocalizedText.h"

#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QVector>

namespace innoatlas {

/** A region in the database, as an import compares against it. */
struct ExistingRegion
{
    qint64 id = 0;
    QString key;
    QString code;
    QString level;
    QString country;
    QString parentKey;
    LocalizedText name;
    QMap<int, QPair<qint64, qint64>> population; ///< year → (population id, value)
};

/**
 * The regions of a database, found by code, key or Korean name, and the keys in use, so that
 * an import updates or skips the regions that exist instead of duplicating them.
 */
class RegionIndex
{
public:
    /** Loads every region; throws StoreError when the database cannot be read. */
    void load(const QSqlDatabase &database);

    const ExistingRegion *byCode(const QString &code) const;
    const ExistingRegion *byKey(const QString &key) const;
    /** Every region whose Korean name is @p name. */
    QVector<const ExistingRegion *> byKoreanName(const QString &name) const;
    /** The key of the region standing for Korea as a whole (level country, country KR), if any. */
    QString countryKey() const { return m_countryKey; }
    /** Whether any entity (of any kind) has the key. */
    bool keyInUse(const QString &key) const;

private:
    QSqlDatabase m_database;
    QVector<ExistingRegion> m_regions;
    QHash<QString, int> m_byCode;
    QHash<QString, int> m_byKey;
    QMultiHash<QString, int> m_byName;
    QString m_countryKey;
};

} // namespace innoatlas
