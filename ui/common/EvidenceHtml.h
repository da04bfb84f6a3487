#pragma once

#include "query/EntityDetail.h"

#include <QString>

class QPalette;

namespace innoatlas {

/**
 * Writes evidence (quotes, their sources, corrections) as rich text for tooltips and for the
 * sources panel. Labels are in the interface language; quotes stay verbatim.
 */
namespace EvidenceHtml {

/** "The Korea Times · 21 Mar 2024 · 001_….txt" in the interface language. */
QString sourceLine(const Evidence &evidence);
/** A compact tooltip: the exact value line (if any), the quotes and the correction. */
QString toolTip(const QString &valueLine, const FigureEvidence &figure);
/** One block of the sources panel for a figure or a citation, headed @p title. */
QString block(const QString &title, const QString &anchor, const QVector<Evidence> &quotes,
              const FigureEvidence *figure, const QPalette &palette, bool highlighted);

} // namespace EvidenceHtml
} // namespace innoatlas
