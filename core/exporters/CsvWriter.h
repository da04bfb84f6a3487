#pragma once

#include "exporters/CsvTable.h"

#include <QCoreApplication>
#include <QIODevice>

namespace innoatlas {

/** The encodings a CSV export may be written in. */
enum class CsvEncoding
{
    Utf8,    ///< UTF-8 without a byte-order mark (scripts)
    Utf8Bom, ///< UTF-8 with a byte-order mark, so that spreadsheet programs read Hangul correctly
    Cp949    ///< Windows code page 949, for older Korean spreadsheet programs
};

namespace CsvEncodings {
/** "utf-8", "utf-8-bom" or "cp949". */
QString name(CsvEncoding encoding);
/** Accepts the names above (case-insensitive; "utf8", "utf8-bom" too); returns false otherwise. */
bool parse(const QString &name, CsvEncoding *encoding);
} // namespace CsvEncodings

/** Why a CSV export failed. */
struct CsvWriteError
{
    enum class Kind
    {
        None,
        Unencodable, ///< a character the encoding cannot hold
        Io           ///< the file or device could not be written
    };
    Kind kind = Kind::None;
    int row = 0;          ///< 1-based data row (the header is not counted); 0 for the header or an I/O error
    QString column;       ///< header name of the cell
    char32_t character{}; ///< the character that cannot be encoded
    QString message;      ///< translated, complete
};

/**
 * Writes a CsvTable as RFC 4180 CSV.
 *
 * - Fields are separated by commas and records end with CRLF. A field containing a comma, a
 *   double quote, CR or LF is enclosed in double quotes, and its double quotes are doubled.
 * - Formula injection: spreadsheet programs run a cell that begins with =, +, -, @, TAB or CR as a
 *   formula. Such a cell of a text column is written with a single quote ' before it
 *   ("=SUM(A1)" becomes "'=SUM(A1)"), which spreadsheets show as text. A numeric column holds
 *   plain numbers only (amounts in won, years, KPI values); a cell of it that is a number
 *   (-?digits[.digits]) is written unchanged, so "-1" stays a number, and anything else in it is
 *   neutralised like text. Amounts in won are never negative.
 * - Encodings: UTF-8, UTF-8 with a byte-order mark, CP949 (through ICU's "windows-949", the
 *   name that holds extension syllables such as 똠 and 뷁). A character CP949 cannot hold is an
 *   error naming the row, the column and the character (U+XXXX); nothing is written then.
 * - writeFile() is atomic (QSaveFile): the file appears complete or not at all, and the first
 *   write error is reported with the file name and the reason.
 */
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(Export)

public:
    explicit CsvWriter(CsvEncoding encoding = CsvEncoding::Utf8);

    /** The field as written: neutralised (unless @p numeric and a number) and quoted when needed. */
    static QString field(const QString &cell, bool numeric);
    /** True for a cell a spreadsheet would read as a formula. */
    static bool looksLikeFormula(QStringView cell);

    /** The whole file in memory; false (see error()) when a character cannot be encoded. */
    bool toBytes(const CsvTable &table, QByteArray *bytes);
    /** Writes atomically to @p path; false (see error()) on an unencodable character or a write error. */
    bool writeFile(const CsvTable &table, const QString &path);
    /** Writes to an open device; @p name names it in errors. */
    bool writeDevice(const CsvTable &table, QIODevice *device, const QString &name);

    const CsvWriteError &error() const { return m_error; }

private:
    bool encodeCell(const QString &text, int row, const CsvTable &table, int column, QByteArray *out);
    void failIo(const QString &name, const QString &reason);

    CsvEncoding m_encoding;
    CsvWriteError m_error;
};

} // namespace innoatlas
