#pragma once

#include "review/ReviewTableModel.h"

#include <QObject>
#include <QSqlDatabase>

#include <atomic>
#include <memory>

namespace innoatlas {

/**
 * Reads the translation workspace's rows (ReviewTableModel::read()) without holding the window up: a city of a
 * national database takes one to two seconds to read and check. A file is read on the background pool
 * (BackgroundReads), on a read-only connection of the read's own; a server's database on the calling thread, through
 * its one connection.
 *
 * Only the last read asked for is answered: start() stops the read under way, which answers nothing.
 */
class ReviewReader : public QObject
{
    Q_OBJECT

public:
    explicit ReviewReader(const QSqlDatabase &database, QObject *parent = nullptr);
    ~ReviewReader() override;

    /** Starts reading the rows of @p cityKey (see ReviewTableModel::reload()). */
    void start(const QString &cityKey);
    /** Stops the read under way, which then answers nothing. */
    void stop();
    bool isReading() const { return m_reading; }
    /** The city asked for by the read under way. */
    QString cityAsked() const { return m_cityAsked; }

signals:
    /** The last read asked for ended: @p contents to adopt, or @p error (then @p contents is null). */
    void finished(std::shared_ptr<ReviewTableContents> contents, const QString &error);

private:
    struct Result
    {
        std::shared_ptr<ReviewTableContents> contents;
        QString error;
    };
    /** The rows of @p cityKey read through @p database, or why they could not be. */
    static Result read(const QSqlDatabase &database, const QString &cityKey, const std::function<bool()> &cancelled);

    QSqlDatabase m_database;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QString m_cityAsked;
    quint64 m_generation = 0;
    bool m_reading = false;
};

} // namespace innoatlas
