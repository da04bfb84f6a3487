#include "editing/EntityEditor.h"

#include "editing/EditFailure.h"
#include "editing/EntityKinds.h"
#include "editing/EntityValidator.h"
#include "query/QueryText.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace innoatlas {

namespace {
struct LinkTable
{
    const char *table;
    const char *ownerColumn;
    const char *otherColumn;
};

LinkTable linkTable(LinkKind kind)
{
    switch (kind) {
    case LinkKind::FigureQuotes:
        return {"figure_quote", "figure_id", "quote_id"};
    case LinkKind::PlanThemes:
        return {"plan_theme", "plan_id", "theme_id"};
    case LinkKind::Citations:
        break;
    }
    return {"citation", "entity_id", "quote_id"};
}

// The SQLite driver binds a null QString as NULL; the schema wants '' for an absent text.
QString nonNull(const QString &text)
{
    return text.isNull() ? QString(0, QChar()) : text;
}

QString statusFor(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("missing") : QStringLiteral("draft");
}

EditOutcome invalid(QVector<FieldError> errors)
{
    EditOutcome outcome;
    outcome.status = EditOutcome::Status::Invalid;
    outcome.message = EntityEditor::tr("Some fields are not valid; nothing was saved.");
    outcome.errors = std::move(errors);
    return outcome;
}
} // namespace

EntityEditor::EntityEditor(QSqlDatabase database, QString databasePath)
    : m_database(std::move(database)), m_path(std::move(databasePath))
{
}

template <typename Write>
EditOutcome EntityEditor::guarded(Write write)
{
    try {
        return write();
    } catch (const StoreError &e) {
        return EditFailure::from(e, m_path);
    }
}

qint64 EntityEditor::idOf(const QString &key, QString *kind, int *rowVersion) const
{
    SqlQuery query(m_database, QStringLiteral("SELECT id, kind, row_version FROM entity WHERE key = ?"));
    query.bind(key).exec();
    if (!query.next())
        return 0;
    if (kind)
        *kind = query.value(1).toString();
    if (rowVersion)
        *rowVersion = query.value(2).toInt();
    return query.value(0).toLongLong();
}

EntityRecord EntityEditor::blank(const QString &kind)
{
    EntityRecord record;
    record.kind = kind;
    const KindSpec *spec = EntityKinds::find(kind);
    if (!spec)
        return record;
    for (const ColumnSpec &column : spec->columns) {
        if (column.name == QLatin1String("country"))
            record.values.insert(column.name, QStringLiteral("KR"));
        else if (column.type == ColumnType::Choice)
            record.values.insert(column.name, column.choices.value(0));
        else
            record.values.insert(column.name, QVariant());
        if (column.type == ColumnType::Date)
            record.values.insert(column.precisionColumn, QStringLiteral("day"));
    }
    for (const QString &field : spec->textFields)
        record.texts.insert(field, LocalizedText());
    for (LinkKind link : spec->links)
        record.links.insert(link, {});
    return record;
}

std::optional<EntityRecord> EntityEditor::load(const QString &key) const
{
    EntityRecord record;
    record.key = key;
    record.id = idOf(key, &record.kind, &record.rowVersion);
    const KindSpec *spec = EntityKinds::find(record.kind);
    if (record.id == 0 || !spec)
        return std::nullopt;
    QStringList columns;
    for (const ColumnSpec &column : spec->columns) {
        columns << column.name;
        if (column.type == ColumnType::Date)
            columns << column.precisionColumn;
    }
    if (!columns.isEmpty()) {
        SqlQuery row(
            m_database,
            QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QStringLiteral(", ")), spec->kind));
        row.bind(record.id).exec();
        if (!row.next())
            return std::nullopt;
        for (int i = 0; i < columns.size(); ++i)
            record.values.insert(columns.at(i), row.value(i));
    }
    for (const QString &field : spec->textFields)
        record.texts.insert(field, LocalizedText());
    const QHash<QString, LocalizedText> texts = QueryText::entityTexts(m_database, record.id);
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        record.texts.insert(it.key(), it.value());
    for (LinkKind link : spec->links) {
        const LinkTable table = linkTable(link);
        SqlQuery links(m_database, QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY ordinal")
                                       .arg(QLatin1String(table.otherColumn), QLatin1String(table.table),
                                            QLatin1String(table.ownerColumn)));
        links.bind(record.id).exec();
        QList<qint64> ids;
        while (links.next())
            ids << links.value(0).toLongLong();
        record.links.insert(link, ids);
    }
    return record;
}

QString EntityEditor::newKey(const EntityRecord &record) const
{
    QString base;
    if (record.kind == QLatin1String("figure")) {
        SqlQuery owner(m_database, QStringLiteral("SELECT key FROM entity WHERE id = ?"));
        owner.bind(record.values.value(QStringLiteral("owner_id"))).exec();
        base = (owner.next() ? owner.value(0).toString() : QStringLiteral("figure")) + QLatin1Char('#') +
               record.values.value(QStringLiteral("field")).toString();
    } else {
        // Readable keys like the dataset's: kind, then the English name in lower case with hyphens.
        QString name;
        const KindSpec *spec = EntityKinds::find(record.kind);
        if (spec && !spec->textFields.isEmpty())
            name = record.texts.value(spec->textFields.first()).en.toLower();
        static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
        name = name.replace(nonWord, QStringLiteral("-")).left(40);
        while (name.startsWith(QLatin1Char('-')))
            name.remove(0, 1);
        while (name.endsWith(QLatin1Char('-')))
            name.chop(1);
        base = record.kind + QLatin1Char('.') + (name.isEmpty() ? QStringLiteral("new") : name);
    }
    QString key = base;
    for (int n = 2; idOf(key) != 0; ++n)
        key = base + QLatin1Char('-') + QString::number(n);
    return key;
}

void EntityEditor::writeColumns(const EntityRecord &record, bool insert)
{
    const KindSpec *spec = EntityKinds::find(record.kind);
    QStringList columns;
    QVariantList values;
    for (const ColumnSpec &column : spec->columns) {
        columns << column.name;
        // Optional texts the schema keeps as '' rather than NULL.
        const bool emptyNotNull = column.name == QLatin1String("url");
        const QVariant value = record.values.value(column.name);
        values << (emptyNotNull && value.isNull() ? QVariant(nonNull(QString())) : value);
        if (column.type == ColumnType::Date) {
            columns << column.precisionColumn;
            values << record.values.value(column.precisionColumn);
        }
    }
    if (record.kind == QLatin1String("target")) {
        columns << QStringLiteral("has_baseline");
        values << int(!record.values.value(QStringLiteral("baseline_value")).isNull());
    }
    if (insert && record.kind == QLatin1String("figure")) {
        // Figures have no order of their own (one per field of their owner).
        columns.prepend(QStringLiteral("id"));
        values.prepend(record.id);
    }
    if (insert && record.kind != QLatin1String("figure")) {
        SqlQuery ordinal(m_database,
                         spec->ordinalScope.isEmpty()
                             ? QStringLiteral("SELECT COALESCE(MAX(ordinal) + 1, 0) FROM %1").arg(spec->kind)
                             : QStringLiteral("SELECT COALESCE(MAX(ordinal) + 1, 0) FROM %1 WHERE %2 = ?")
                                   .arg(spec->kind, spec->ordinalScope));
        if (!spec->ordinalScope.isEmpty())
            ordinal.bind(record.values.value(spec->ordinalScope));
        ordinal.exec();
        ordinal.next();
        columns.prepend(QStringLiteral("ordinal"));
        values.prepend(ordinal.value(0));
        columns.prepend(QStringLiteral("id"));
        values.prepend(record.id);
    }
    if (insert) {
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        SqlQuery query(m_database,
                       QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(spec->kind, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        for (const QVariant &value : values)
            query.bind(value);
        query.exec();
        return;
    }
    if (columns.isEmpty())
        return;
    for (QString &column : columns)
        column += QStringLiteral(" = ?");
    SqlQuery query(m_database,
                   QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(spec->kind, columns.join(QStringLiteral(", "))));
    for (const QVariant &value : values)
        query.bind(value);
    query.bind(record.id).exec();
}

void EntityEditor::writeTexts(const EntityRecord &record)
{
    const KindSpec *spec = EntityKinds::find(record.kind);
    for (const QString &field : spec->textFields) {
        const LocalizedText text = record.texts.value(field);
        // Never a null string: the schema wants '' (NOT NULL) for a missing text.
        for (const auto &[lang, value] : {std::pair{QStringLiteral("ko"), nonNull(text.ko.trimmed())},
                                          std::pair{QStringLiteral("en"), nonNull(text.en.trimmed())}}) {
            SqlQuery stored(m_database, QStringLiteral("SELECT text FROM localized_text WHERE entity_id = ? AND "
                                                       "field = ? AND lang = ?"));
            stored.bind(record.id).bind(field).bind(lang).exec();
            if (stored.next()) {
                // An unchanged text keeps its review state; a changed one is a draft again.
                if (stored.value(0).toString() == value)
                    continue;
                SqlQuery(m_database, QStringLiteral("UPDATE localized_text SET text = ?, status = ? "
                                                    "WHERE entity_id = ? AND field = ? AND lang = ?"))
                    .bind(value)
                    .bind(statusFor(value))
                    .bind(record.id)
                    .bind(field)
                    .bind(lang)
                    .exec();
            } else {
                SqlQuery(m_database, QStringLiteral("INSERT INTO localized_text (entity_id, field, lang, text, status) "
                                                    "VALUES (?, ?, ?, ?, ?)"))
                    .bind(record.id)
                    .bind(field)
                    .bind(lang)
                    .bind(value)
                    .bind(statusFor(value))
                    .exec();
            }
        }
    }
}

void EntityEditor::writeLinks(const EntityRecord &record)
{
    for (auto it = record.links.cbegin(); it != record.links.cend(); ++it) {
        const LinkTable table = linkTable(it.key());
        SqlQuery current(m_database, QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY ordinal")
                                         .arg(QLatin1String(table.otherColumn), QLatin1String(table.table),
                                              QLatin1String(table.ownerColumn)));
        current.bind(record.id).exec();
        QList<qint64> stored;
        while (current.next())
            stored << current.value(0).toLongLong();
        QList<qint64> wanted;
        for (qint64 id : it.value()) {
            if (!wanted.contains(id))
                wanted << id;
        }
        if (stored == wanted)
            continue;
        SqlQuery(m_database, QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                                 .arg(QLatin1String(table.table), QLatin1String(table.ownerColumn)))
            .bind(record.id)
            .exec();
        SqlQuery insert(m_database, QStringLiteral("INSERT INTO %1 (%2, %3, ordinal) VALUES (?, ?, ?)")
                                        .arg(QLatin1String(table.table), QLatin1String(table.ownerColumn),
                                             QLatin1String(table.otherColumn)));
        int ordinal = 0;
        for (qint64 id : wanted)
            insert.bind(record.id).bind(id).bind(ordinal++).exec();
    }
}

EditOutcome EntityEditor::create(EntityRecord record)
{
    return guarded([&] {
        Transaction transaction(m_database);
        record.id = 0;
        QVector<FieldError> errors = EntityValidator(m_database).validate(record);
        if (!errors.isEmpty())
            return invalid(errors);
        if (record.key.isEmpty())
            record.key = newKey(record);
        else if (idOf(record.key) != 0)
            return invalid({{QStringLiteral("key"), tr("another entry already has this key")}});
        const RowSet before = RowSet::capture(m_database, {});
        SqlQuery entity(m_database, QStringLiteral("INSERT INTO entity (kind, key) VALUES (?, ?)"));
        entity.bind(record.kind).bind(record.key).exec();
        record.id = entity.lastInsertId();
        writeColumns(record, true);
        writeTexts(record);
        writeLinks(record);
        EditOutcome outcome;
        outcome.status = EditOutcome::Status::Done;
        outcome.key = record.key;
        outcome.change = ChangeSet{ChangeSet::Action::Create,
                                   record.kind,
                                   record.key,
                                   {record.id},
                                   before,
                                   RowSet::capture(m_database, {record.id})};
        transaction.commit();
        return outcome;
    });
}

EditOutcome EntityEditor::update(EntityRecord record, OnConflict onConflict)
{
    return guarded([&] {
        Transaction transaction(m_database);
        QString kind;
        int version = 0;
        const qint64 id = idOf(record.key, &kind, &version);
        if (id == 0 || kind != record.kind) {
            EditOutcome outcome;
            outcome.status = EditOutcome::Status::NotFound;
            outcome.message = tr("“%1” no longer exists; it may have been deleted by someone else.").arg(record.key);
            return outcome;
        }
        if (version != record.rowVersion && onConflict == OnConflict::Refuse) {
            EditOutcome outcome;
            outcome.status = EditOutcome::Status::Conflict;
            outcome.key = record.key;
            outcome.message = tr("“%1” was changed by someone else after you opened it (version %2, now %3).")
                                  .arg(record.key)
                                  .arg(record.rowVersion)
                                  .arg(version);
            return outcome;
        }
        record.id = id;
        QVector<FieldError> errors = EntityValidator(m_database).validate(record);
        if (!errors.isEmpty())
            return invalid(errors);
        const RowSet before = RowSet::capture(m_database, {id});
        writeColumns(record, false);
        writeTexts(record);
        writeLinks(record);
        SqlQuery(m_database, QStringLiteral("UPDATE entity SET row_version = row_version + 1 WHERE id = ?"))
            .bind(id)
            .exec();
        EditOutcome outcome;
        outcome.status = EditOutcome::Status::Done;
        outcome.key = record.key;
        outcome.change = ChangeSet{ChangeSet::Action::Update,        record.kind, record.key, {id}, before,
                                   RowSet::capture(m_database, {id})};
        transaction.commit();
        return outcome;
    });
}

DeleteImpact EntityEditor::impactOfDeleting(const QString &key) const
{
    const qint64 id = idOf(key);
    return id == 0 ? DeleteImpact() : DeleteImpact::of(m_database, id);
}

EditOutcome EntityEditor::remove(const QString &key, int rowVersion, bool confirmed)
{
    return guarded([&] {
        Transaction transaction(m_database);
        QString kind;
        int version = 0;
        const qint64 id = idOf(key, &kind, &version);
        EditOutcome outcome;
        outcome.key = key;
        if (id == 0 || !EntityKinds::find(kind)) {
            outcome.status = EditOutcome::Status::NotFound;
            outcome.message = tr("“%1” no longer exists; it may have been deleted by someone else.").arg(key);
            return outcome;
        }
        if (rowVersion != 0 && version != rowVersion) {
            outcome.status = EditOutcome::Status::Conflict;
            outcome.message = tr("“%1” was changed by someone else after you opened it (version %2, now %3).")
                                  .arg(key)
                                  .arg(rowVersion)
                                  .arg(version);
            return outcome;
        }
        outcome.impact = DeleteImpact::of(m_database, id);
        if (outcome.impact.isBlocked()) {
            outcome.status = EditOutcome::Status::Blocked;
            outcome.message =
                tr("“%1” cannot be deleted while other entries belong to it; move or delete them first.").arg(key);
            return outcome;
        }
        if (outcome.impact.affectsOthers() && !confirmed) {
            outcome.status = EditOutcome::Status::NeedsConfirmation;
            outcome.message =
                tr("Deleting “%1” affects %n other entries.", nullptr, int(outcome.impact.items().size() - 1)).arg(key);
            return outcome;
        }
        const QList<qint64> ids = outcome.impact.ids();
        const RowSet before = RowSet::capture(m_database, ids);
        QStringList deleted;
        for (const ImpactItem &item : outcome.impact.deleted())
            deleted << QString::number(item.id);
        const QString in = deleted.join(QLatin1Char(','));
        // Links to deleted quotes and themes would block the deletion (ON DELETE RESTRICT): they go first.
        SqlQuery::run(m_database, QStringLiteral("DELETE FROM figure_quote WHERE quote_id IN (%1)").arg(in));
        SqlQuery::run(m_database, QStringLiteral("DELETE FROM citation WHERE quote_id IN (%1)").arg(in));
        SqlQuery::run(m_database, QStringLiteral("DELETE FROM plan_theme WHERE theme_id IN (%1)").arg(in));
        SqlQuery(m_database, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(kind)).bind(id).exec();
        for (const ImpactItem &item : outcome.impact.unlinked())
            SqlQuery(m_database, QStringLiteral("UPDATE entity SET row_version = row_version + 1 WHERE id = ?"))
                .bind(item.id)
                .exec();
        outcome.status = EditOutcome::Status::Done;
        outcome.change = ChangeSet{ChangeSet::Action::Delete, kind, key, ids, before, RowSet::capture(m_database, ids)};
        transaction.commit();
        return outcome;
    });
}

} // namespace innoatlas
