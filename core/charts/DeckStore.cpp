#include "charts/DeckStore.h"

#include "store/SqlQuery.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QJsonDocument>

namespace innoatlas {

DeckStore::DeckStore(QSqlDatabase database) : m_database(std::move(database)) {}

QStringList DeckStore::names() const
{
    QStringList names;
    SqlQuery query(m_database, QStringLiteral("SELECT name FROM presenter_deck ORDER BY ordinal, id"));
    query.exec();
    while (query.next())
        names << query.value(0).toString();
    return names;
}

std::optional<PresenterDeck> DeckStore::load(const QString &name) const
{
    SqlQuery deckQuery(m_database, QStringLiteral("SELECT id FROM presenter_deck WHERE name = ?"));
    deckQuery.bind(name).exec();
    if (!deckQuery.next())
        return std::nullopt;
    const qint64 id = deckQuery.value(0).toLongLong();

    PresenterDeck deck;
    deck.name = name;
    SqlQuery slides(
        m_database,
        QStringLiteral("SELECT ordinal, view, settings FROM presenter_slide WHERE deck_id = ? ORDER BY ordinal"));
    slides.bind(id).exec();
    while (slides.next()) {
        PresenterSlide slide;
        const QString view = slides.value(1).toString();
        QJsonParseError error;
        const QJsonDocument settings = QJsonDocument::fromJson(slides.value(2).toString().toUtf8(), &error);
        if (!parsePresenterViewName(view, &slide.view) || !settings.isObject()) {
            throw StoreError(QStringLiteral("presenter deck \"%1\", slide %2: unreadable view \"%3\" or settings")
                                 .arg(name)
                                 .arg(slides.value(0).toInt() + 1)
                                 .arg(view));
        }
        slide.settings = settings.object();
        deck.slides.append(slide);
    }
    return deck;
}

PresenterDeck DeckStore::loadFirstOrStandard() const
{
    const QStringList stored = names();
    if (!stored.isEmpty()) {
        if (const std::optional<PresenterDeck> deck = load(stored.first()))
            return *deck;
    }
    return PresenterDeck::standard();
}

void DeckStore::save(const PresenterDeck &deck)
{
    if (deck.name.trimmed().isEmpty())
        throw StoreError(QStringLiteral("presenter deck: the name is empty"));
    Transaction transaction(m_database);
    SqlQuery find(m_database, QStringLiteral("SELECT id FROM presenter_deck WHERE name = ?"));
    find.bind(deck.name).exec();
    qint64 id = 0;
    if (find.next()) {
        id = find.value(0).toLongLong();
        SqlQuery(m_database, QStringLiteral("DELETE FROM presenter_slide WHERE deck_id = ?")).bind(id).exec();
    } else {
        SqlQuery insert(m_database,
                        QStringLiteral("INSERT INTO presenter_deck (name, ordinal) "
                                       "VALUES (?, (SELECT coalesce(max(ordinal), -1) + 1 FROM presenter_deck))"));
        insert.bind(deck.name).exec();
        id = insert.lastInsertId();
    }
    for (int i = 0; i < deck.slides.size(); ++i) {
        const PresenterSlide &slide = deck.slides.at(i);
        SqlQuery(m_database,
                 QStringLiteral("INSERT INTO presenter_slide (deck_id, ordinal, view, settings) VALUES (?, ?, ?, ?)"))
            .bind(id)
            .bind(i)
            .bind(presenterViewName(slide.view))
            .bind(QString::fromUtf8(QJsonDocument(slide.settings).toJson(QJsonDocument::Compact)))
            .exec();
    }
    transaction.commit();
}

PresenterDeck DeckStore::appendSlide(const PresenterSlide &slide)
{
    PresenterDeck deck = loadFirstOrStandard();
    deck.slides.append(slide);
    save(deck);
    return deck;
}

bool DeckStore::remove(const QString &name)
{
    Transaction transaction(m_database);
    SqlQuery query(m_database, QStringLiteral("DELETE FROM presenter_deck WHERE name = ?"));
    query.bind(name).exec();
    const bool removed = query.numRowsAffected() > 0;
    transaction.commit();
    return removed;
}

} // namespace innoatlas
