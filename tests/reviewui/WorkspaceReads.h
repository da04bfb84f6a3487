#pragma once

#include "review/TranslationWorkspace.h"

#include <QTest>

namespace innoatlas::WorkspaceReads {

/** Whether @p workspace, which reads its rows on another thread, has read the rows asked for last within 10 s. */
inline bool ended(const TranslationWorkspace *workspace)
{
    return QTest::qWaitFor([workspace] { return !workspace->isReading(); }, 10000);
}

} // namespace innoatlas::WorkspaceReads
