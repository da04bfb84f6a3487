#pragma once

#include <QString>

namespace innoatlas {

/** The two content languages. */
enum class Language
{
    Korean,
    English
};

/** Review state of one language of one content field. */
enum class ReviewStatus
{
    Missing,
    Draft,
    Reviewed,
    Approved
};

QString languageCode(Language language);
QString reviewStatusName(ReviewStatus status);
/** Parses "missing", "draft", "reviewed", "approved"; returns false for anything else. */
bool parseReviewStatus(const QString &name, ReviewStatus *status);

/**
 * A content text in Korean and English, each with its own review status.
 *
 * Content is data: it is never passed through tr().
 */
struct LocalizedText
{
    QString ko;
    QString en;
    ReviewStatus koStatus = ReviewStatus::Missing;
    ReviewStatus enStatus = ReviewStatus::Missing;

    /** Text written by the project itself: present forms are drafts, absent ones missing. */
    static LocalizedText draft(const QString &ko, const QString &en);

    bool isEmpty() const { return ko.isEmpty() && en.isEmpty(); }
    const QString &text(Language language) const { return language == Language::Korean ? ko : en; }
    ReviewStatus status(Language language) const { return language == Language::Korean ? koStatus : enStatus; }
    /** The text in the wanted language, or in the other one when it is missing. */
    QString preferred(Language language) const;

    bool operator==(const LocalizedText &other) const
    {
        return ko == other.ko && en == other.en && koStatus == other.koStatus && enStatus == other.enStatus;
    }
    bool operator!=(const LocalizedText &other) const { return !(*this == other); }
};

} // namespace innoatlas
