#include "charts/ExportSizeDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace innoatlas {

ExportSizeDialog::ExportSizeDialog(const FigureExporter::Options &options, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("exportSizeDialog"));
    setWindowTitle(tr("Image size"));
    auto *form = new QFormLayout(this);
    auto spin = [this](const QString &name, int minimum, int maximum, int value, const QString &suffix) {
        auto *box = new QSpinBox(this);
        box->setObjectName(name);
        box->setRange(minimum, maximum);
        box->setValue(value);
        box->setSuffix(suffix);
        return box;
    };
    m_width = spin(QStringLiteral("exportWidth"), 100, 20000, options.pixels.width(), tr(" px"));
    m_height = spin(QStringLiteral("exportHeight"), 100, 20000, options.pixels.height(), tr(" px"));
    m_dpi = spin(QStringLiteral("exportDpi"), 48, 1200, options.dpi, tr(" dpi"));
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Resolution:"), m_dpi);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

FigureExporter::Options ExportSizeDialog::options() const
{
    FigureExporter::Options options;
    options.pixels = QSize(m_width->value(), m_height->value());
    options.dpi = m_dpi->value();
    return options;
}

} // namespace innoatlas
