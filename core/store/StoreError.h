#pragma once

#include <QString>

#include <exception>

namespace innoatlas {

/** A failure of the store: the statement or check that failed and why. */
class StoreError : public std::exception
{
public:
    explicit StoreError(QString message) : m_message(std::move(message)), m_utf8(m_message.toUtf8()) {}

    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

} // namespace innoatlas
