#pragma once

#include "models/NavigatorModel.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace innoatlas {

/**
 * Looks up the navigator's filter texts (NavigatorModel::lookUp()) on a thread of its own, on a read-only
 * connection of its own to a database file, so that typing never waits for the database: a text found in much of
 * a national database takes tens of milliseconds to look up. Only the last text asked for is answered; one asked
 * for while another is looked up waits for it, and texts asked for meanwhile are skipped.
 */
class NavigatorLookups : public QObject
{
    Q_OBJECT

public:
    /** Looks up in the SQLite file @p path; the connection is opened with the first lookup. */
    explicit NavigatorLookups(const QString &path, int scanThreshold, QObject *parent = nullptr);
    ~NavigatorLookups() override;

    QString path() const { return m_path; }
    /**
     * Asks for @p text, and for what the tree's first rows will ask of it when it is asked about plan by plan
     * (NavigatorModel::lookAhead()); found() or failed() answers unless another text is asked for first.
     */
    void lookUp(const QString &text, NavigatorModel::LookAhead ahead = {});
    /** The text asked for last is no longer wanted: it is not answered. */
    void cancel();
    /** Whether a text asked for is not answered yet. */
    bool isBusy() const { return m_pending; }

signals:
    void found(innoatlas::NavigatorModel::FilterLookup lookup);
    /** The file could not be opened or read: @p message says why. */
    void failed(const QString &text, const QString &message);

private:
    class Worker;

    QString m_path;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_asked = 0;
    bool m_pending = false;
};

} // namespace innoatlas
