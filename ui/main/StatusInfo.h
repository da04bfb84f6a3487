#pragma once

#include "query/DatabaseStatistics.h"

#include <QWidget>

class QLabel;

namespace innoatlas {

/**
 * The permanent part of the status bar: the database's name, what it holds, and how much of
 * its content has been reviewed in each language.
 */
class StatusInfo : public QWidget
{
    Q_OBJECT

public:
    explicit StatusInfo(QWidget *parent = nullptr);

    /**
     * Shows the counts of the database at @p path; its review progress once DatabaseCounts::reviewCounted (until then,
     * that it is being counted).
     */
    void setDatabase(const QString &path, const DatabaseCounts &counts);
    /** Shows the database at @p path, whose counts setDatabase() brings later. */
    void setCounting(const QString &path);
    QString databaseText() const;
    QString progressText() const;
    /** True from setCounting() until setDatabase() brings the counts with the review progress. */
    bool isCounting() const { return !m_counts.reviewCounted; }

signals:
    /** setDatabase() has shown the counts with the review progress. */
    void countsShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_path;
    DatabaseCounts m_counts;
    bool m_counted = true; ///< the counts are known, if not yet the review progress
    QLabel *m_database = nullptr;
    QLabel *m_progress = nullptr;
};

} // namespace innoatlas
