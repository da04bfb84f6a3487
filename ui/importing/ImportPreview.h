#pragma once

#include "importers/CsvReader.h"

#include <QCoreApplication>
#include <QVector>

namespace innoatlas {

/**
 * The first records of a CSV file as the importer will read them: the encoding, delimiter and
 * header found (or forced by the options) and the data rows after the header, for the wizard's
 * preview and column choices.
 */
struct ImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(ImportPreview)

public:
    static constexpr int defaultRows = 50;

    TextEncoding encoding = TextEncoding::Auto;
    bool byteOrderMark = false;
    QChar delimiter;
    CsvRecord header;
    QVector<CsvRecord> rows;
    QString error; ///< translated, with the line; empty when the start of the file reads cleanly

    bool isValid() const { return error.isEmpty() && !header.fields.isEmpty(); }
    /** The header names, trimmed as the importer compares them. */
    QStringList columns() const;

    /** Reads the header and up to @p maxRows records of @p path. */
    static ImportPreview read(const QString &path, const CsvOptions &options, int maxRows = defaultRows);
    /** "CP949", "UTF-8 with byte-order mark" ... */
    static QString encodingLabel(TextEncoding encoding, bool byteOrderMark);
    /** "comma", "tab", "semicolon". */
    static QString delimiterLabel(QChar delimiter);
};

} // namespace innoatlas
