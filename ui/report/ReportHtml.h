#pragma once

#include "model/Dataset.h"
#include "report/ReportSubject.h"

#include <QCoreApplication>
#include <QDate>

namespace innoatlas {

/**
 * The text of a report as HTML for QTextDocument, in one language: the title page, and the
 * body with the city, each plan (facts, structure, budget table, targets, timeline of events)
 * and the sources with the quotes the report's figures come from.
 *
 * Headings are translated with tr() in the language installed when it runs (ReportWriter
 * installs the report's language); content comes from the dataset in @p language.
 */
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    struct Info
    {
        QDate date;
        QString datasetVersion; ///< "InnoAtlas 1.0, schema 8, innoatlas.sqlite"
    };

    static QString titlePage(const Dataset &dataset, const ReportSubject &subject, Language language, const Info &info);
    static QString body(const Dataset &dataset, const ReportSubject &subject, Language language);
    /** The plans the report covers, in dataset order. */
    static QVector<const Plan *> plans(const Dataset &dataset, const ReportSubject &subject);
};

} // namespace innoatlas
