#pragma once

#include "report/ReportHtml.h"
#include "report/ReportSubject.h"

#include <QCoreApplication>

namespace innoatlas {

/**
 * Writes the PDF report of a city or plan: a title page with the date and the dataset version,
 * then for each language asked for (Korean, English, or Korean followed by English) the text
 * (plans, structure, budget tables, targets, events, sources with their quotes) and the
 * investment chart, timeline and targets figures of the city, drawn as vectors. Every page but
 * the title page is numbered; fonts are embedded (Noto Sans CJK KR when installed).
 *
 * The file is written atomically (QSaveFile). The interface language is switched to the
 * report's language while its part is drawn, and restored afterwards.
 */
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    enum class Languages
    {
        Korean,
        English,
        Both
    };

    /** "ko", "en", "both". */
    static bool parseLanguages(const QString &name, Languages *languages);

    ReportWriter(const Dataset &dataset, const ReportSubject &subject, const ReportHtml::Info &info);

    /** Writes the report to @p fileName; false with @p error naming the file otherwise. */
    bool write(const QString &fileName, Languages languages, QString *error = nullptr);
    /** Pages of the last report written. */
    int pageCount() const { return m_pages; }

private:
    const Dataset &m_dataset;
    ReportSubject m_subject;
    ReportHtml::Info m_info;
    int m_pages = 0;
};

} // namespace innoatlas
