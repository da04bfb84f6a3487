#pragma once

#include "charts/Figure.h"
#include "charts/FigureStyle.h"
#include "charts/TargetsData.h"
#include "model/Dataset.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QToolButton;

namespace innoatlas {

class RebuildWhenShown;

class Database;
class TargetsFigure;

/**
 * Every target (KPI) from baseline to target with years and units, filtered by city and theme.
 * Hovering a row names its sources; clicking it emits the target's key.
 */
class TargetsView : public QWidget
{
    Q_OBJECT

public:
    explicit TargetsView(Database &database, QWidget *parent = nullptr);
    explicit TargetsView(std::shared_ptr<const Dataset> dataset, QWidget *parent = nullptr);
    ~TargetsView() override;

    void setDataset(std::shared_ptr<const Dataset> dataset);
    void setFilters(const QStringList &cityKeys, const QStringList &themeKeys);
    const TargetsData &data() const;
    std::unique_ptr<Figure> createFigure(FigureLook look = FigureLook::Standard) const;

signals:
    void entitySelected(const QString &key);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    int rowAt(const QPointF &position) const;

    std::shared_ptr<const Dataset> m_dataset;
    QStringList m_cityKeys;
    QStringList m_themeKeys;
    std::unique_ptr<TargetsFigure> m_figure;
    QComboBox *m_city = nullptr;
    QComboBox *m_theme = nullptr;
    QToolButton *m_export = nullptr;
    QWidget *m_canvas = nullptr;
    RebuildWhenShown *m_languageRebuild = nullptr; ///< after a language switch
};

} // namespace innoatlas
