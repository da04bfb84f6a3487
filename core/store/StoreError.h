#pragma once

#include <QString>

#include <exception>

namespace innoatlas {

/** A failure of the store: the statement or check that failed and why. */
class StoreError : public std::exception
{
public:
    /** What the caller may do about it: wait and retry, free space, or nothing but report it. */
    enum class Kind
    {
        Other,
        Busy,        ///< another writer held the database past the wait
        ReadOnly,    ///< the database cannot be written
        Interrupted, ///< a statement ran too long and was stopped
        DiskFull,    ///< no space left on the device
    };

    explicit StoreError(QString message, Kind kind = Kind::Other)
        : m_message(std::move(message)), m_utf8(m_message.toUtf8()), m_kind(kind)
    {
    }

    const QString &message() const { return m_message; }
    Kind kind() const { return m_kind; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
    Kind m_kind = Kind::Other;
};

} // namespace innoatlas
