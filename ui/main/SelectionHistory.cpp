#include "main/SelectionHistory.h"

namespace innoatlas {

void SelectionHistory::visit(const QString &key)
{
    if (key.isEmpty() || key == current())
        return;
    while (m_keys.size() > m_index + 1)
        m_keys.removeLast();
    m_keys.append(key);
    if (m_keys.size() > maxEntries)
        m_keys.removeFirst();
    m_index = int(m_keys.size()) - 1;
}

QString SelectionHistory::back()
{
    if (!canGoBack())
        return {};
    return m_keys.at(--m_index);
}

QString SelectionHistory::forward()
{
    if (!canGoForward())
        return {};
    return m_keys.at(++m_index);
}

} // namespace innoatlas
