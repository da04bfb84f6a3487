#pragma once

#include <QSqlDatabase>
#include <QStringList>

/**
 * Fills an empty InnoAtlas database with a synthetic national-scale dataset: regions, organisations,
 * plans with elements, budget lines, targets and events, sources and quotes, with Korean and English
 * texts made of the words of the built-in dataset, so that word and trigram frequencies are realistic.
 */
class SyntheticDatabase
{
public:
    SyntheticDatabase(QStringList koreanWords, QStringList englishWords, quint32 seed = 1);

    /** Inserts about @p entities entities in one transaction; returns the number inserted. */
    int fill(const QSqlDatabase &db, int entities);

    /** Words of the built-in dataset's texts, Korean (Hangul) and English (Latin) separately. */
    static void builtinWords(const QSqlDatabase &db, QStringList *korean, QStringList *english);

private:
    QString phrase(bool korean, int minWords, int maxWords);
    int pick(int bound);

    QStringList m_korean;
    QStringList m_english;
    quint64 m_state;
};
