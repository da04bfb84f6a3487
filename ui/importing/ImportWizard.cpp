#include "importing/ImportWizard.h"

#include "importers/ImportMapping.h"

#include "importing/ImportFilePage.h"
#include "importing/ImportMappingPage.h"
#include "importing/ImportRunPage.h"

#include <QEvent>

namespace innoatlas {

ImportWizard::ImportWizard(const QString &databasePath, QWidget *parent) : QWizard(parent), m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_filePage = new ImportFilePage(this);
    m_mappingPage = new ImportMappingPage(this);
    m_runPage = new ImportRunPage(this);
    setPage(FilePage, m_filePage);
    setPage(MappingPage, m_mappingPage);
    setPage(RunPage, m_runPage);
    connect(m_runPage, &ImportRunPage::imported, this, &ImportWizard::imported);
    connect(m_runPage, &ImportRunPage::completeChanged, this, [this] {
        if (m_closing && !m_runPage->isRunning())
            QWizard::reject();
    });
    resize(900, 640);
    retranslate();
}

void ImportWizard::setFileName(const QString &fileName)
{
    m_filePage->setFileName(fileName);
}

QString ImportWizard::fileName() const
{
    return m_filePage->fileName();
}

CsvOptions ImportWizard::csvOptions() const
{
    return m_filePage->options();
}

const ImportPreview &ImportWizard::preview() const
{
    return m_filePage->preview();
}

ImportMapping ImportWizard::mapping() const
{
    ImportMapping mapping = m_mappingPage->mapping();
    // What the first page forced wins; what it left to detection stays as the mapping says.
    const CsvOptions options = csvOptions();
    if (options.encoding != TextEncoding::Auto)
        mapping.csv.encoding = options.encoding;
    if (!options.delimiter.isNull())
        mapping.csv.delimiter = options.delimiter;
    if (options.skipLines >= 0)
        mapping.csv.skipLines = options.skipLines;
    return mapping;
}

void ImportWizard::reject()
{
    // Closing while the import runs cancels it; the window closes once it has stopped.
    if (m_runPage->isRunning()) {
        m_closing = true;
        m_runPage->cancel();
        return;
    }
    QWizard::reject();
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void ImportWizard::retranslate()
{
    setWindowTitle(tr("Import a table"));
}

} // namespace innoatlas
