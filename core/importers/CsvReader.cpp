#include "importers/CsvReader.h"

namespace innoatlas {

namespace {
constexpr qint64 chunkSize = 1 << 20;
constexpr int detectionRecords = 20;
constexpr qsizetype delimiterSample = 64 * 1024;

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}
} // namespace

QString CsvError::toString() const
{
    if (column > 0)
        return CsvReader::tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
    if (line > 0)
        return CsvReader::tr("line %1: %2").arg(line).arg(message);
    return message;
}

CsvReader::CsvReader(QIODevice *device, const CsvOptions &options) : m_device(device), m_options(options) {}

CsvReader::~CsvReader() = default;

void CsvReader::fail(qint64 line, qint64 column, const QString &message)
{
    m_error = CsvError{line, column, message};
}

bool CsvReader::open()
{
    const QByteArray head = m_device->read(chunkSize);
    m_bytesRead = head.size();
    DetectedEncoding detected{m_options.encoding, 0};
    if (m_options.encoding == TextEncoding::Auto)
        detected = TextEncodings::detect(head);
    else if ((m_options.encoding == TextEncoding::Utf8 && head.startsWith("\xEF\xBB\xBF")))
        detected.bomLength = 3;
    else if ((m_options.encoding == TextEncoding::Utf16LE && head.startsWith("\xFF\xFE")) ||
             (m_options.encoding == TextEncoding::Utf16BE && head.startsWith("\xFE\xFF")))
        detected.bomLength = 2;
    m_encoding = detected.encoding;
    m_bomLength = detected.bomLength;
    m_decoder = std::make_unique<TextDecoder>(m_encoding, m_bomLength);
    if (!m_decoder->decode(head, &m_text)) {
        const DecodeError &e = m_decoder->error();
        fail(e.line, e.byteColumn, e.message);
        return false;
    }
    if (head.size() < chunkSize && m_device->atEnd()) {
        if (!m_decoder->finish()) {
            fail(m_decoder->error().line, m_decoder->error().byteColumn, m_decoder->error().message);
            return false;
        }
        m_eof = true;
    }

    m_delimiter = m_options.delimiter.isNull() ? detectDelimiter() : m_options.delimiter;

    if (m_options.skipLines >= 0) {
        for (int skipped = 0; skipped < m_options.skipLines;) {
            const qsizetype newline = m_text.indexOf(u'\n', m_pos);
            if (newline < 0) {
                if (m_eof)
                    break;
                if (!fill())
                    return false;
                continue;
            }
            m_pos = newline + 1;
            ++m_line;
            ++skipped;
        }
        const Parse parse = next(&m_header);
        if (parse == Parse::Error)
            return false;
        if (parse == Parse::End) {
            fail(m_line, 0, tr("the file has no header line"));
            return false;
        }
        return true;
    }

    QVector<CsvRecord> records;
    for (int n = 0; n < detectionRecords; ++n) {
        CsvRecord record;
        const Parse parse = next(&record);
        if (parse == Parse::Error)
            return false;
        if (parse == Parse::End)
            break;
        records.append(record);
    }
    if (records.isEmpty()) {
        fail(0, 0, tr("the file is empty"));
        return false;
    }
    const int headerIndex = detectHeader(records);
    m_header = records.at(headerIndex);
    for (int n = headerIndex + 1; n < records.size(); ++n)
        m_lookahead.enqueue(records.at(n));
    return true;
}

int CsvReader::columnIndex(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (int i = 0; i < m_header.fields.size(); ++i) {
        if (m_header.fields.at(i).trimmed() == wanted)
            return i;
    }
    return -1;
}

bool CsvReader::readNext(CsvRecord *record)
{
    if (!m_lookahead.isEmpty()) {
        *record = m_lookahead.dequeue();
        return true;
    }
    return !hasError() && next(record) == Parse::Record;
}

CsvReader::Parse CsvReader::next(CsvRecord *record)
{
    for (;;) {
        const Parse parse = parseRecord(record);
        if (parse == Parse::Blank)
            continue;
        if (parse != Parse::NeedMore)
            return parse;
        if (!fill())
            return hasError() ? Parse::Error : Parse::End;
    }
}

bool CsvReader::fill()
{
    if (m_eof || hasError())
        return false;
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray chunk = m_device->read(chunkSize);
    m_bytesRead += chunk.size();
    if (chunk.isEmpty()) {
        if (!m_device->atEnd()) {
            fail(m_line, 0, tr("cannot read the file: %1").arg(m_device->errorString()));
            return false;
        }
        if (!m_decoder->finish()) {
            fail(m_decoder->error().line, m_decoder->error().byteColumn, m_decoder->error().message);
            return false;
        }
        m_eof = true;
        return true;
    }
    if (!m_decoder->decode(chunk, &m_text)) {
        QString message = m_decoder->error().message;
        // The encoding was guessed from the first megabyte, which may all have been ASCII.
        if (m_options.encoding == TextEncoding::Auto)
            message += tr(" (the encoding, %1, was detected from the start of the file; name it if it is another)")
                           .arg(TextEncodings::name(m_encoding));
        fail(m_decoder->error().line, m_decoder->error().byteColumn, message);
        return false;
    }
    return true;
}

CsvReader::Parse CsvReader::parseRecord(CsvRecord *record)
{
    const QChar *data = m_text.constData();
    const qsizetype size = m_text.size();
    if (m_pos >= size)
        return m_eof ? Parse::End : Parse::NeedMore;

    const QChar delimiter = m_delimiter;
    const qsizetype limit = m_pos + m_options.maxRecordLength;
    qsizetype i = m_pos;
    qint64 line = m_line;
    qsizetype lineStart = m_pos;
    QStringList fields;
    qsizetype end = 0;
    bool quoted = false;
    for (;;) {
        QString field;
        if (i < size && data[i] == u'"') {
            quoted = true;
            const qint64 quoteLine = line;
            const qint64 quoteColumn = i - lineStart + 1;
            ++i;
            for (;;) {
                qsizetype run = i;
                while (run < size && data[run] != u'"' && data[run] != u'\n' && !data[run].isNull() && run < limit)
                    ++run;
                field.append(data + i, run - i);
                i = run;
                if (i >= limit) {
                    fail(quoteLine, quoteColumn,
                         tr("a quoted field runs on for more than %1 characters: is this quote ever closed?")
                             .arg(m_options.maxRecordLength));
                    return Parse::Error;
                }
                if (i >= size) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    fail(quoteLine, quoteColumn, tr("the quote opened here is never closed"));
                    return Parse::Error;
                }
                if (data[i].isNull()) {
                    fail(line, i - lineStart + 1, tr("the file contains a NUL character"));
                    return Parse::Error;
                }
                if (data[i] == u'\n') {
                    field.append(u'\n');
                    ++line;
                    lineStart = ++i;
                    continue;
                }
                // A quote: doubled inside the field, or the end of the field.
                if (i + 1 >= size && !m_eof)
                    return Parse::NeedMore;
                if (i + 1 < size && data[i + 1] == u'"') {
                    field.append(u'"');
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            if (i < size && data[i] != delimiter && !isLineEnd(data[i])) {
                fail(line, i - lineStart + 1,
                     tr("unexpected text after a closing quote (a quote inside a quoted field must be doubled)"));
                return Parse::Error;
            }
            if (field.contains(u'\r'))
                field.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        } else {
            const qsizetype start = i;
            while (i < size && data[i] != delimiter && !isLineEnd(data[i]) && !data[i].isNull() && i < limit)
                ++i;
            if (i >= limit) {
                fail(line, 0,
                     tr("a line longer than %1 characters: this is not a CSV table InnoAtlas reads")
                         .arg(m_options.maxRecordLength));
                return Parse::Error;
            }
            if (i < size && data[i].isNull()) {
                fail(line, i - lineStart + 1, tr("the file contains a NUL character"));
                return Parse::Error;
            }
            if (i >= size && !m_eof)
                return Parse::NeedMore;
            field = QString(data + start, i - start);
        }
        fields.append(field);
        if (fields.size() > m_options.maxColumns) {
            fail(line, i - lineStart + 1,
                 tr("more than %1 columns: InnoAtlas reads tables of at most %1 columns").arg(m_options.maxColumns));
            return Parse::Error;
        }
        if (i >= size) {
            end = i;
            break;
        }
        if (data[i] == delimiter) {
            ++i;
            continue;
        }
        end = i;
        if (data[i] == u'\r') {
            if (i + 1 >= size && !m_eof)
                return Parse::NeedMore;
            i += (i + 1 < size && data[i + 1] == u'\n') ? 2 : 1;
        } else {
            ++i;
        }
        ++line;
        break;
    }
    const bool blank = !quoted && end == m_pos;
    if (!blank) {
        record->fields = fields;
        record->line = m_line;
        record->text = QString(data + m_pos, end - m_pos);
    }
    m_pos = i;
    m_line = line;
    return blank ? Parse::Blank : Parse::Record;
}

QChar CsvReader::detectDelimiter() const
{
    static const QChar candidates[] = {u',', u'\t', u';'};
    QVector<QVector<int>> counts(3);
    int line[3] = {0, 0, 0};
    bool inQuotes = false;
    const qsizetype size = qMin(m_text.size(), delimiterSample);
    int lines = 0;
    for (qsizetype i = 0; i < size && lines < 50; ++i) {
        const QChar c = m_text.at(i);
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (c == u'\n' && !inQuotes) {
            if (i > 0 && m_text.at(i - 1) != u'\n') {
                for (int k = 0; k < 3; ++k)
                    counts[k].append(line[k]);
                ++lines;
            }
            line[0] = line[1] = line[2] = 0;
        } else if (!inQuotes) {
            for (int k = 0; k < 3; ++k) {
                if (c == candidates[k])
                    ++line[k];
            }
        }
    }
    for (int k = 0; k < 3; ++k)
        counts[k].append(line[k]);
    // The delimiter occurs the same number of times on most lines (and, between two that do,
    // more often on each).
    int best = 0;
    int bestScore = 0;
    int bestCount = 0;
    for (int k = 0; k < 3; ++k) {
        QHash<int, int> frequency;
        for (int count : std::as_const(counts[k])) {
            if (count > 0)
                ++frequency[count];
        }
        int score = 0;
        int mode = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > score || (it.value() == score && it.key() > mode)) {
                score = it.value();
                mode = it.key();
            }
        }
        if (score > bestScore || (score == bestScore && score > 0 && mode > bestCount)) {
            best = k;
            bestScore = score;
            bestCount = mode;
        }
    }
    return candidates[best];
}

int CsvReader::detectHeader(const QVector<CsvRecord> &records) const
{
    // The header is the first record of two or more fields that most records after it match:
    // lines before it are titles ("총조사인구 총괄 ...", a date, a unit).
    for (int h = 0; h < records.size(); ++h) {
        const qsizetype columns = records.at(h).fields.size();
        if (columns < 2)
            continue;
        int following = 0;
        int matching = 0;
        for (int k = h + 1; k < records.size() && following < 10; ++k, ++following) {
            if (records.at(k).fields.size() == columns)
                ++matching;
        }
        if (following == 0 || 2 * matching >= following)
            return h;
    }
    return 0;
}

} // namespace innoatlas
