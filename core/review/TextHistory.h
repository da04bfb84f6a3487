#pragma once

#include "review/HistoryEntry.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace innoatlas {

/** Reads the history ContentEditor records (migration 004's text_history), newest first. */
class TextHistory
{
public:
    explicit TextHistory(QSqlDatabase database) : m_database(std::move(database)) {}

    /** The changes to one field, both languages or one. */
    QVector<HistoryEntry> ofField(const FieldKey &key, std::optional<Language> language = std::nullopt) const;
    /** The changes to every field of one entity. */
    QVector<HistoryEntry> ofEntity(const QString &entityKey) const;
    /** The changes recorded together under one batch, in the order they were made. */
    QVector<HistoryEntry> ofBatch(qint64 batch) const;
    /** The latest change of every field that has one (either language), by field. */
    QHash<FieldKey, HistoryEntry> latestPerField() const;
    /** The latest @p limit changes anywhere. */
    QVector<HistoryEntry> recent(int limit) const;

private:
    QVector<HistoryEntry> select(const QString &where, const QVariantList &values, const QString &order) const;

    QSqlDatabase m_database;
};

} // namespace innoatlas
