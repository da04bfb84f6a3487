#include "importing/ImportFilePage.h"

#include "importing/PreviewTableModel.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

namespace innoatlas {

ImportFilePage::ImportFilePage(QWidget *parent) : QWizardPage(parent)
{
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("importBrowseButton"));
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncodingCombo"));
    for (TextEncoding encoding :
         {TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Cp949, TextEncoding::Utf16LE, TextEncoding::Utf16BE})
        m_encoding->addItem(QString(), int(encoding));
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("importDelimiterCombo"));
    for (QChar delimiter : {QChar(), QChar(u','), QChar(u'\t'), QChar(u';')})
        m_delimiter->addItem(QString(), delimiter.isNull() ? QString() : QString(delimiter));
    m_skipLines = new QSpinBox(this);
    m_skipLines->setObjectName(QStringLiteral("importSkipLinesSpin"));
    m_skipLines->setRange(-1, 1000);
    m_skipLines->setValue(-1);
    m_fileLabel = new QLabel(this);
    m_encodingLabel = new QLabel(this);
    m_delimiterLabel = new QLabel(this);
    m_skipLabel = new QLabel(this);
    m_fileLabel->setBuddy(m_file);
    m_encodingLabel->setBuddy(m_encoding);
    m_delimiterLabel->setBuddy(m_delimiter);
    m_skipLabel->setBuddy(m_skipLines);
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("importDetectedLabel"));
    m_detected->setWordWrap(true);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model = new PreviewTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("importPreviewTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(140);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_fileLabel, 0, 0);
    grid->addLayout(fileRow, 0, 1, 1, 5);
    grid->addWidget(m_encodingLabel, 1, 0);
    grid->addWidget(m_encoding, 1, 1);
    grid->addWidget(m_delimiterLabel, 1, 2);
    grid->addWidget(m_delimiter, 1, 3);
    grid->addWidget(m_skipLabel, 1, 4);
    grid->addWidget(m_skipLines, 1, 5);
    grid->addWidget(m_detected, 2, 0, 1, 6);
    grid->addWidget(m_table, 3, 0, 1, 6);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setRowStretch(3, 1);

    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportFilePage::refresh);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFilePage::refresh);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportFilePage::refresh);
    connect(m_skipLines, &QSpinBox::valueChanged, this, &ImportFilePage::refresh);
    retranslate();
}

void ImportFilePage::setFileName(const QString &fileName)
{
    m_file->setText(fileName);
    refresh();
}

QString ImportFilePage::fileName() const
{
    return m_file->text().trimmed();
}

CsvOptions ImportFilePage::options() const
{
    CsvOptions options;
    options.encoding = TextEncoding(m_encoding->currentData().toInt());
    const QString delimiter = m_delimiter->currentData().toString();
    options.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    options.skipLines = m_skipLines->value();
    return options;
}

bool ImportFilePage::isComplete() const
{
    return m_preview.isValid();
}

void ImportFilePage::browse()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import a table"), QFileInfo(fileName()).absolutePath(),
                                                      tr("Tables (*.csv *.tsv *.txt);;All files (*)"));
    if (!file.isEmpty())
        setFileName(file);
}

void ImportFilePage::refresh()
{
    m_preview = fileName().isEmpty() ? ImportPreview() : ImportPreview::read(fileName(), options());
    m_model->setPreview(m_preview);
    if (fileName().isEmpty()) {
        m_detected->setText(tr("Choose a CSV file: UTF-8 (with or without byte-order mark), CP949/EUC-KR or "
                               "UTF-16, separated by commas, tabs or semicolons."));
    } else if (!m_preview.error.isEmpty()) {
        m_detected->setText(tr("This file cannot be imported: %1").arg(m_preview.error));
    } else {
        m_detected->setText(
            tr("Read as %1, delimiter: %2, header on line %3 (%n column(s)). The first rows as they will be imported:",
               nullptr, int(m_preview.header.fields.size()))
                .arg(ImportPreview::encodingLabel(m_preview.encoding, m_preview.byteOrderMark),
                     ImportPreview::delimiterLabel(m_preview.delimiter))
                .arg(m_preview.header.line));
    }
    emit completeChanged();
}

void ImportFilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportFilePage::retranslate()
{
    setTitle(tr("File"));
    setSubTitle(tr("Choose the table to import. Title lines above the header are skipped."));
    m_fileLabel->setText(tr("&File:"));
    m_browse->setText(tr("&Browse…"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_delimiterLabel->setText(tr("&Delimiter:"));
    m_skipLabel->setText(tr("&Lines before header:"));
    m_skipLines->setSpecialValueText(tr("automatic"));
    m_encoding->setItemText(0, tr("Detect automatically"));
    m_encoding->setItemText(1, QStringLiteral("UTF-8"));
    m_encoding->setItemText(2, QStringLiteral("CP949 (EUC-KR)"));
    m_encoding->setItemText(3, QStringLiteral("UTF-16LE"));
    m_encoding->setItemText(4, QStringLiteral("UTF-16BE"));
    m_delimiter->setItemText(0, tr("Detect automatically"));
    m_delimiter->setItemText(1, tr("Comma"));
    m_delimiter->setItemText(2, tr("Tab"));
    m_delimiter->setItemText(3, tr("Semicolon"));
    m_file->setAccessibleName(tr("File to import"));
    m_table->setAccessibleName(tr("Preview of the first rows"));
    refresh();
}

} // namespace innoatlas
