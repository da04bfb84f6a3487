#include "review/ContentEditor.h"

#include "review/ContentFields.h"
#include "review/ContentPairs.h"
#include "review/ReviewText.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QSet>

namespace innoatlas {

namespace {
bool isReviewed(ReviewStatus status)
{
    return status == ReviewStatus::Reviewed || status == ReviewStatus::Approved;
}

QString where(const FieldKey &key, Language language)
{
    return ReviewText::tr("%1 (%2)").arg(key.toString(), ReviewText::languageName(language));
}
} // namespace

ContentEditor::ContentEditor(QSqlDatabase database, QString userName, Clock clock)
    : m_database(std::move(database)), m_userName(std::move(userName)), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = systemClock();
}

FieldPair ContentEditor::field(const FieldKey &key) const
{
    return ContentPairs::loadOne(m_database, key);
}

EditResult ContentEditor::setText(const FieldKey &key, Language language, const QString &text, int expectedRowVersion)
{
    return apply({FieldChange::ofText(key, language, text, expectedRowVersion)});
}

EditResult ContentEditor::setStatus(const FieldKey &key, Language language, ReviewStatus status, int expectedRowVersion)
{
    return apply({FieldChange::ofStatus(key, language, status, expectedRowVersion)});
}

bool ContentEditor::entity(const QString &key, EntityRow *row, QString *error) const
{
    SqlQuery query(m_database, QStringLiteral("SELECT e.id, e.kind, e.row_version, s.language FROM entity e "
                                              "LEFT JOIN quote q ON q.id = e.id "
                                              "LEFT JOIN source s ON s.id = q.source_id WHERE e.key = ?"));
    query.bind(key).exec();
    if (!query.next()) {
        *error = ReviewText::tr("no entity has the key \"%1\"").arg(key);
        return false;
    }
    row->id = query.value(0).toLongLong();
    row->kind = query.value(1).toString();
    row->version = query.value(2).toInt();
    if (!query.value(3).isNull())
        row->verbatimLanguage = query.value(3).toString() == QLatin1String("ko") ? Language::Korean : Language::English;
    return true;
}

ContentEditor::Row ContentEditor::row(qint64 entityId, const QString &field, Language language) const
{
    SqlQuery query(
        m_database,
        QStringLiteral("SELECT text, status FROM localized_text WHERE entity_id = ? AND field = ? AND lang = ?"));
    query.bind(entityId).bind(field).bind(languageCode(language)).exec();
    Row result;
    if (query.next()) {
        result.text = query.value(0).toString();
        parseReviewStatus(query.value(1).toString(), &result.status);
    }
    return result;
}

void ContentEditor::write(const EntityRow &entity, const FieldEdit &edit, const QString &origin)
{
    const QString lang = languageCode(edit.language);
    SqlQuery(m_database, QStringLiteral("INSERT INTO localized_text (entity_id, field, lang, text, status) "
                                        "VALUES (?, ?, ?, COALESCE(?, ''), ?) ON CONFLICT (entity_id, field, lang) "
                                        "DO UPDATE SET text = excluded.text, status = excluded.status"))
        .bind(entity.id)
        .bind(edit.key.field)
        .bind(lang)
        .bind(edit.newText)
        .bind(reviewStatusName(edit.newStatus))
        .exec();
    SqlQuery(m_database, QStringLiteral("INSERT INTO text_history (entity_id, field, lang, batch, changed_at, "
                                        "user_name, reason, origin, old_text, new_text, old_status, new_status) "
                                        "VALUES (?, ?, ?, ?, ?, COALESCE(?, ''), ?, COALESCE(?, ''), COALESCE(?, ''), "
                                        "COALESCE(?, ''), ?, ?)"))
        .bind(entity.id)
        .bind(edit.key.field)
        .bind(lang)
        .bind(m_batch)
        .bind(m_now)
        .bind(m_userName)
        .bind(editReasonName(edit.reason))
        .bind(origin)
        .bind(edit.oldText)
        .bind(edit.newText)
        .bind(reviewStatusName(edit.oldStatus))
        .bind(reviewStatusName(edit.newStatus))
        .exec();
    if (isReviewed(edit.newStatus)) {
        SqlQuery(m_database, QStringLiteral("DELETE FROM review_flag WHERE entity_id = ? AND field = ? AND lang = ?"))
            .bind(entity.id)
            .bind(edit.key.field)
            .bind(lang)
            .exec();
    }
}

QString ContentEditor::applyOne(const FieldChange &change, const EntityRow &entity, const QString &origin,
                                QVector<FieldEdit> *edits)
{
    const FieldKey &key = change.key;
    if (!ContentFields::has(entity.kind, key.field))
        return ReviewText::tr("%1: a %2 has no field \"%3\"").arg(key.entityKey, entity.kind, key.field);
    if (entity.verbatimLanguage && *entity.verbatimLanguage == change.language)
        return ReviewText::tr("%1: the quote is verbatim source text in this language; only its translation can be "
                              "edited")
            .arg(where(key, change.language));

    const Row current = row(entity.id, key.field, change.language);
    FieldEdit edit{key,
                   change.language,
                   current.text,
                   change.text.value_or(current.text),
                   current.status,
                   current.status,
                   EditReason::Status};
    if (change.status)
        edit.newStatus = *change.status;
    else if (edit.textChanged())
        edit.newStatus = edit.newText.isEmpty() ? ReviewStatus::Missing : ReviewStatus::Draft;
    if (edit.textChanged())
        edit.reason = EditReason::Edit;

    if (edit.newText.isEmpty() && edit.newStatus != ReviewStatus::Missing)
        return ReviewText::tr("%1: cannot be %2 without text")
            .arg(where(key, change.language), ReviewText::statusName(edit.newStatus));
    if (!edit.newText.isEmpty() && edit.newStatus == ReviewStatus::Missing)
        return ReviewText::tr("%1: a field with text cannot be missing; clear the text instead")
            .arg(where(key, change.language));
    if (!edit.textChanged() && edit.newStatus == edit.oldStatus)
        return QString(); // nothing to do
    write(entity, edit, origin);
    edits->append(edit);

    // The other language was reviewed against the text that just changed: it needs review again.
    const Language other = otherLanguage(change.language);
    if (!edit.textChanged() || (entity.verbatimLanguage && *entity.verbatimLanguage == other))
        return QString();
    const Row counterpart = row(entity.id, key.field, other);
    if (!isReviewed(counterpart.status))
        return QString();
    const FieldEdit reset{key,
                          other,
                          counterpart.text,
                          counterpart.text,
                          counterpart.status,
                          ReviewStatus::Draft,
                          EditReason::CounterpartChanged};
    write(entity, reset, origin);
    edits->append(reset);
    SqlQuery(m_database,
             QStringLiteral("INSERT OR IGNORE INTO review_flag (entity_id, field, lang, counterpart_text, "
                            "flagged_at, flagged_by) VALUES (?, ?, ?, COALESCE(?, ''), ?, COALESCE(?, ''))"))
        .bind(entity.id)
        .bind(key.field)
        .bind(languageCode(other))
        .bind(edit.oldText)
        .bind(m_now)
        .bind(m_userName)
        .exec();
    return QString();
}

EditResult ContentEditor::apply(const QVector<FieldChange> &changes, const QString &origin, Mode mode)
{
    EditResult result;
    try {
        Transaction transaction(m_database);
        m_now = historyTimestamp(m_clock());
        m_batch = SqlQuery::scalar(m_database, QStringLiteral("SELECT COALESCE(MAX(batch), 0) + 1 FROM text_history"))
                      .toLongLong();
        // Row versions are compared with their value before this apply(), which raises each once.
        QHash<QString, EntityRow> entities;
        for (const FieldChange &change : changes) {
            if (!change.key.isValid()) {
                result.error = ReviewText::tr("a change names no entity or field");
                break;
            }
            auto it = entities.find(change.key.entityKey);
            if (it == entities.end()) {
                EntityRow entityRow;
                if (!entity(change.key.entityKey, &entityRow, &result.error))
                    break;
                it = entities.insert(change.key.entityKey, entityRow);
            }
            if (change.expectedRowVersion != 0 && change.expectedRowVersion != it->version) {
                result.conflict = true;
                result.error = ReviewText::tr("%1 was changed meanwhile (version %2, expected %3); reload it and try "
                                              "again")
                                   .arg(change.key.entityKey)
                                   .arg(it->version)
                                   .arg(change.expectedRowVersion);
                break;
            }
            result.error = applyOne(change, *it, origin, &result.edits);
            if (!result.error.isEmpty())
                break;
        }
        if (!result.error.isEmpty()) {
            result.edits.clear(); // the transaction rolls back
            return result;
        }
        QSet<QString> changed;
        for (const FieldEdit &edit : std::as_const(result.edits))
            changed.insert(edit.key.entityKey);
        for (const QString &key : std::as_const(changed)) {
            // Another client on a server may have raised the version since it was read in this transaction:
            // its write stands and this one is refused as a conflict, never silently lost.
            SqlQuery bump(m_database, QStringLiteral("UPDATE entity SET row_version = row_version + 1 "
                                                     "WHERE id = ? AND row_version = ?"));
            bump.bind(entities.value(key).id).bind(entities.value(key).version).exec();
            if (bump.numRowsAffected() != 1) {
                result.ok = false;
                result.conflict = true;
                result.edits.clear();
                result.rowVersions.clear();
                result.error =
                    ReviewText::tr("%1 was changed meanwhile by someone else; reload it and try again").arg(key);
                return result;
            }
            result.rowVersions.insert(key, entities.value(key).version + 1);
        }
        if (mode == Mode::Commit && !result.edits.isEmpty()) {
            transaction.commit();
            result.batch = m_batch;
        }
        result.ok = true;
    } catch (const StoreError &e) {
        result.ok = false;
        result.edits.clear();
        result.rowVersions.clear();
        result.error = e.message();
    }
    return result;
}

} // namespace innoatlas
