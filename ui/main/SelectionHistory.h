#pragma once

#include <QStringList>

namespace innoatlas {

/** The entities the reader went through, for Back and Forward. */
class SelectionHistory
{
public:
    /** Records @p key as the current entity, dropping what was ahead of it. Repeats are ignored. */
    void visit(const QString &key);
    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_keys.size(); }
    /** Moves back and returns the key there (empty when there is none). */
    QString back();
    QString forward();
    QString current() const { return m_index >= 0 ? m_keys.at(m_index) : QString(); }

private:
    static constexpr int maxEntries = 200;
    QStringList m_keys;
    int m_index = -1;
};

} // namespace innoatlas
