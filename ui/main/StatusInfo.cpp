#include "main/StatusInfo.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace innoatlas {

StatusInfo::StatusInfo(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("statusInfo"));
    // No database: nothing is being counted.
    m_counts.reviewCounted = true;
    m_database = new QLabel(this);
    m_database->setObjectName(QStringLiteral("statusDatabase"));
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("statusProgress"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_database);
    layout->addWidget(m_progress);
    retranslate();
}

void StatusInfo::setDatabase(const QString &path, const DatabaseCounts &counts)
{
    m_path = path;
    m_counts = counts;
    m_counted = true;
    retranslate();
    if (counts.reviewCounted)
        emit countsShown();
}

void StatusInfo::setCounting(const QString &path)
{
    m_path = path;
    m_counts = DatabaseCounts();
    m_counted = false;
    retranslate();
}

QString StatusInfo::databaseText() const
{
    return m_database->text();
}

QString StatusInfo::progressText() const
{
    return m_progress->text();
}

void StatusInfo::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StatusInfo::retranslate()
{
    const QLocale locale;
    const QString name = QFileInfo(m_path).fileName();
    m_database->setAccessibleName(tr("Database"));
    m_progress->setAccessibleName(tr("Translation progress"));
    m_database->setToolTip(m_path);
    m_progress->setToolTip(QString());
    if (!m_counted) {
        m_database->setText(tr("%1 · counting…").arg(name.isEmpty() ? tr("no database") : name));
        m_progress->setText(QString());
        return;
    }
    m_database->setText(tr("%1 · %2 cities · %3 plans · %4 budget lines · %5 sources")
                            .arg(name.isEmpty() ? tr("no database") : name)
                            .arg(locale.toString(m_counts.regions))
                            .arg(locale.toString(m_counts.plans))
                            .arg(locale.toString(m_counts.budgetLines))
                            .arg(locale.toString(m_counts.sources)));
    // The review progress reads every text of the file: at national scale it comes seconds after the counts.
    if (!m_counts.reviewCounted) {
        m_progress->setText(tr("Reviewed: counting…"));
        return;
    }
    const auto percent = [&locale](double share) { return locale.toString(share * 100.0, 'f', 0); };
    m_progress->setText(tr("Reviewed: Korean %1% · English %2%")
                            .arg(percent(m_counts.reviewedShareKo()), percent(m_counts.reviewedShareEn())));
    m_progress->setToolTip(tr("Share of the %n content field(s) whose text is reviewed or approved, per language",
                              nullptr, m_counts.contentFields));
}

} // namespace innoatlas
