#pragma once

#include "charts/FigureExporter.h"

#include <QDialog>

class QSpinBox;
class QLabel;

namespace innoatlas {

/** Asks for the size in pixels and the resolution of an image export. */
class ExportSizeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportSizeDialog(const FigureExporter::Options &options, QWidget *parent = nullptr);

    FigureExporter::Options options() const;

private:
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_dpi = nullptr;
};

} // namespace innoatlas
