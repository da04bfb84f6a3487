#pragma once

#include <QToolBar>

class QLabel;

namespace innoatlas {

/** The strip across the top of the main window that says the database is read-only, and why. */
class ReadOnlyBanner : public QToolBar
{
    Q_OBJECT

public:
    explicit ReadOnlyBanner(QWidget *parent = nullptr);

    /** @p file and @p reason are shown as they are (the reason is already in the interface language). */
    void setReason(const QString &file, const QString &reason);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label = nullptr;
    QString m_file;
    QString m_reason;
};

} // namespace innoatlas
