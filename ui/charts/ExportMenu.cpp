#include "charts/ExportMenu.h"

#include "charts/ExportSizeDialog.h"
#include "charts/FigureExporter.h"

#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace innoatlas {

ExportMenu::ExportMenu(FigureMaker maker, QWidget *parent) : QMenu(parent), m_maker(std::move(maker))
{
    setObjectName(QStringLiteral("exportMenu"));
    m_png = addAction(QString(), this, [this] { exportAs(QStringLiteral("png")); });
    m_svg = addAction(QString(), this, [this] { exportAs(QStringLiteral("svg")); });
    m_pdf = addAction(QString(), this, [this] { exportAs(QStringLiteral("pdf")); });
    addSeparator();
    m_copy = addAction(QString(), this, [this] {
        if (std::unique_ptr<Figure> figure = m_maker())
            FigureExporter::copyToClipboard(*figure, FigureExporter::Options());
    });
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // The view itself carries the action, so Ctrl+C copies the figure while the menu is closed.
    if (parent)
        parent->addAction(m_copy);
    retranslate();
}

void ExportMenu::exportAs(const QString &format)
{
    std::unique_ptr<Figure> figure = m_maker();
    if (!figure)
        return;
    FigureExporter::Options options;
    if (format == u"png") {
        ExportSizeDialog dialog(options, parentWidget());
        if (dialog.exec() != QDialog::Accepted)
            return;
        options = dialog.options();
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested =
        folder + QLatin1Char('/') + figure->title().section(QStringLiteral(" — "), 0, 0) + QLatin1Char('.') + format;
    const QString filter = tr("%1 files (*.%2)").arg(format.toUpper(), format);
    const QString file = QFileDialog::getSaveFileName(parentWidget(), tr("Export"), suggested, filter);
    if (file.isEmpty())
        return;
    QString error;
    if (!FigureExporter::write(*figure, file, *FigureExporter::parseFormat(format), options, &error))
        QMessageBox::warning(parentWidget(), tr("Export"), error);
}

void ExportMenu::retranslate()
{
    setTitle(tr("&Export"));
    m_png->setText(tr("Export as &PNG…"));
    m_svg->setText(tr("Export as &SVG…"));
    m_pdf->setText(tr("Export as P&DF…"));
    m_copy->setText(tr("&Copy to Clipboard"));
}

void ExportMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

} // namespace innoatlas
