#pragma once

#include "query/EntityDetail.h"

#include <QTextBrowser>

namespace innoatlas {

/**
 * Where every figure of the shown entity comes from: for each figure the verbatim quotes with
 * publisher, date and seed file, and the printed wording and curator note of a correction;
 * then the quotes that cite the entity as a whole. One figure can be highlighted.
 */
class SourcesPanel : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SourcesPanel(QWidget *parent = nullptr);

    void setDetail(const EntityDetail &detail);
    /** Highlights the evidence of the field shown in row @p fieldIndex (-1: none) and scrolls to it. */
    void highlightField(int fieldIndex);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    EntityDetail m_detail;
    int m_highlighted = -1;
};

} // namespace innoatlas
