#pragma once

#include "importers/TextDecoder.h"

#include <QIODevice>
#include <QQueue>
#include <QStringList>

#include <memory>

namespace innoatlas {

/** How to read a CSV file; the defaults detect everything. */
struct CsvOptions
{
    /** Most columns a record may have; a file with more is refused (it is not a table InnoAtlas reads). */
    static constexpr int defaultMaxColumns = 1000;
    /** Longest record in characters; longer means an unbalanced quote or a file that is not CSV. */
    static constexpr qsizetype defaultMaxRecordLength = 1 << 20;

    TextEncoding encoding = TextEncoding::Auto;
    QChar delimiter;    ///< ',', '\t' or ';'; null to detect
    int skipLines = -1; ///< lines before the header (titles, blank lines); -1 to detect
    int maxColumns = defaultMaxColumns;
    qsizetype maxRecordLength = defaultMaxRecordLength;
};

/** One record of a CSV file with where it came from. */
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0; ///< the line it starts on, 1-based
    QString text;    ///< its verbatim text, without the line end
};

/** A file that cannot be read as CSV: where and why. */
struct CsvError
{
    qint64 line = 0;
    qint64 column = 0; ///< 1-based character column (byte column for decoding errors); 0 when not known
    QString message;   ///< translated, without the position

    /** "line 12, column 7: reason" (translated). */
    QString toString() const;
};

/**
 * Reads a CSV file record by record, decoding it on the way (see TextDecoder).
 *
 * open() detects the encoding, the delimiter (comma, tab or semicolon) and the title lines
 * before the header, as far as the options leave them open; readNext() then streams the data
 * records, holding only about a megabyte of the file in memory. Quoted fields may contain
 * delimiters, line breaks and doubled quotes. Blank lines are skipped.
 *
 * Errors name the line and column and end reading: bytes that do not decode, an unbalanced
 * quote, characters after a closing quote, NUL characters, more than maxColumns columns, a
 * record longer than maxRecordLength.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Import)

public:
    explicit CsvReader(QIODevice *device, const CsvOptions &options = {});
    ~CsvReader();

    /** Detects what is left to detect and reads the header; returns false on error. */
    bool open();
    /** The next data record; false at the end of the file or on error (see hasError()). */
    bool readNext(CsvRecord *record);

    bool hasError() const { return !m_error.message.isEmpty(); }
    const CsvError &error() const { return m_error; }

    const CsvRecord &header() const { return m_header; }
    /** 0-based index of a header name (compared after trimming), -1 when absent. */
    int columnIndex(const QString &name) const;
    TextEncoding encoding() const { return m_encoding; }
    bool hadByteOrderMark() const { return m_bomLength > 0; }
    QChar delimiter() const { return m_delimiter; }
    /** Bytes of the file consumed so far. */
    qint64 bytesRead() const { return m_bytesRead; }

private:
    enum class Parse
    {
        Record,
        Blank,
        NeedMore,
        End,
        Error
    };

    bool fill();
    Parse parseRecord(CsvRecord *record);
    Parse next(CsvRecord *record);
    void fail(qint64 line, qint64 column, const QString &message);
    QChar detectDelimiter() const;
    int detectHeader(const QVector<CsvRecord> &records) const;

    QIODevice *m_device;
    CsvOptions m_options;
    std::unique_ptr<TextDecoder> m_decoder;
    TextEncoding m_encoding = TextEncoding::Utf8;
    int m_bomLength = 0;
    QChar m_delimiter;
    QString m_text; ///< decoded text not yet parsed starts at m_pos
    qsizetype m_pos = 0;
    qint64 m_line = 1;  ///< line of m_pos
    bool m_eof = false; ///< the device is exhausted and the decoder finished
    qint64 m_bytesRead = 0;
    QQueue<CsvRecord> m_lookahead;
    CsvRecord m_header;
    CsvError m_error;
};

} // namespace innoatlas
