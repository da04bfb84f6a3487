#pragma once

#include "CliContext.h"

#include <memory>

class QCoreApplication;

namespace innoatlas {

/** What `report` was asked for. */
struct ReportRequest
{
    QString city;      ///< key, official code or name in Korean or English
    QString plan;      ///< key or title; empty for every plan of the city
    QString languages; ///< ko, en or both
    QString output;
};

/**
 * innoatlas-cli report --city CITY [--plan PLAN] --lang ko|en|both -o FILE.pdf: the PDF report
 * of a city or plan. It draws with Qt's GUI classes, so the command-line companion creates a
 * QApplication for it, on the offscreen platform unless another one is asked for.
 */
class ReportCommand
{
public:
    /** True when the command line asks for `report`. */
    static bool isRequested(int argc, char *argv[]);
    /** The application a report needs: widgets, fonts and painting, without a display. */
    static std::unique_ptr<QCoreApplication> createApplication(int &argc, char *argv[]);
    static int run(const CliContext &context, const ReportRequest &request);
};

} // namespace innoatlas
