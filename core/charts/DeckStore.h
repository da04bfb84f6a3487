#pragma once

#include "charts/PresenterDeck.h"

#include <QSqlDatabase>

#include <optional>

namespace innoatlas {

/**
 * Presenter decks in the database (tables presenter_deck and presenter_slide), so that a deck
 * is kept with the data it shows. Writes are one transaction each and throw StoreError.
 */
class DeckStore
{
public:
    explicit DeckStore(QSqlDatabase database);

    /** The names of the stored decks, in the order they were first saved. */
    QStringList names() const;
    /** The deck named @p name, if stored; throws StoreError when its settings are not JSON objects. */
    std::optional<PresenterDeck> load(const QString &name) const;
    /** The first stored deck, or PresenterDeck::standard() when there is none. */
    PresenterDeck loadFirstOrStandard() const;
    /** Stores @p deck, replacing the slides of a deck of the same name. */
    void save(const PresenterDeck &deck);
    /**
     * Adds @p slide at the end of the first stored deck; with no deck stored, the standard deck
     * is stored first, so that adding a chart keeps the others. Returns the deck as saved.
     */
    PresenterDeck appendSlide(const PresenterSlide &slide);
    /** Removes the deck named @p name; returns false when there is none. */
    bool remove(const QString &name);

private:
    QSqlDatabase m_database;
};

} // namespace innoatlas
