#pragma once

#include <QFrame>

class QLabel;

namespace innoatlas {

/** One headline figure of the overview: a caption and a large value, with its source on hover. */
class FigureCard : public QFrame
{
    Q_OBJECT

public:
    explicit FigureCard(const QString &objectName, QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    /** An empty value hides the card. */
    void setValue(const QString &value, const QString &toolTip = QString());
    QString value() const;

private:
    QLabel *m_caption = nullptr;
    QLabel *m_value = nullptr;
};

} // namespace innoatlas
