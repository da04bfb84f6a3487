#include "benchdata/BudgetCsvFile.h"

#include "store/StoreError.h"

namespace innoatlas {

namespace {
/** 1234567 → "1,234,567", as the open fiscal data prints amounts. */
QByteArray grouped(qint64 value)
{
    QByteArray digits = QByteArray::number(value);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, ',');
    return digits;
}

/** A field quoted when it holds a delimiter or a quote. */
QByteArray field(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"'))
        return bytes;
    return '"' + bytes.replace("\"", "\"\"") + '"';
}
} // namespace

BudgetCsvFile::BudgetCsvFile(const QString &path) : m_file(path)
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw StoreError(QStringLiteral("%1: cannot write: %2").arg(path, m_file.errorString()));
    m_buffer += "\"세출 세부사업 예산편성현황\"\r\n(단위: 천원)\r\n\r\n"
                "회계연도,소관명,회계명,분야명,부문명,프로그램명,단위사업명,세부사업명,정부안(천원),국회확정(천원),"
                "비고\r\n";
}

BudgetCsvFile::~BudgetCsvFile() = default;

void BudgetCsvFile::addLine(int year, const QString &ministry, const QString &fieldName, const QString &programme,
                            const QString &unit, const QString &detail, qint64 won)
{
    const QByteArray thousands = grouped(won / 1000);
    m_buffer += QByteArray::number(year) + ',' + field(ministry) + ",일반회계," + field(fieldName) + ",-," +
                field(programme) + ',' + field(unit) + ',' + field(detail) + ",\"" + thousands + "\",\"" + thousands +
                "\",\r\n";
    if (m_buffer.size() > (1 << 20))
        flush();
}

void BudgetCsvFile::flush()
{
    if (m_file.write(m_buffer) != m_buffer.size())
        throw StoreError(QStringLiteral("%1: cannot write: %2").arg(m_file.fileName(), m_file.errorString()));
    m_buffer.clear();
}

void BudgetCsvFile::finish()
{
    flush();
    if (!m_file.flush())
        throw StoreError(QStringLiteral("%1: cannot write: %2").arg(m_file.fileName(), m_file.errorString()));
    m_file.close();
}

} // namespace innoatlas
