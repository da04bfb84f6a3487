#pragma once

#include <QFile>
#include <QString>

namespace innoatlas {

/**
 * Writes budget lines as a CSV table shaped like the national open fiscal data (열린재정), the
 * shape the built-in fiscal-budget mapping reads: title lines, a header, amounts in thousand won.
 * Throws StoreError when the file cannot be written.
 */
class BudgetCsvFile
{
public:
    explicit BudgetCsvFile(const QString &path);
    ~BudgetCsvFile();

    void addLine(int year, const QString &ministry, const QString &field, const QString &programme, const QString &unit,
                 const QString &detail, qint64 won);
    /** Writes what is buffered and closes the file. */
    void finish();

private:
    void flush();

    QFile m_file;
    QByteArray m_buffer;
};

} // namespace innoatlas
