#pragma once

#include "charts/Figure.h"

#include <QMenu>

#include <functional>
#include <memory>

namespace innoatlas {

/**
 * The export actions every figure view offers: PNG (size and resolution asked), SVG, PDF and
 * copy to the clipboard. The figure is made afresh for each export, laid out whole.
 */
class ExportMenu : public QMenu
{
    Q_OBJECT

public:
    using FigureMaker = std::function<std::unique_ptr<Figure>()>;

    ExportMenu(FigureMaker maker, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void exportAs(const QString &format);
    void retranslate();

    FigureMaker m_maker;
    QAction *m_png = nullptr;
    QAction *m_svg = nullptr;
    QAction *m_pdf = nullptr;
    QAction *m_copy = nullptr;
};

} // namespace innoatlas
