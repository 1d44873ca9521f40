#include "core/connectors/acton/ActOnCsvStream.h"

#include <QIODevice>
#include <QStringDecoder>

namespace LeadBridge {

namespace {
constexpr qint64 kChunkBytes = 1024 * 1024;

/// One field's bytes as text. QString::fromUtf8 drops a leading U+FEFF; inside a document
/// (the document's own BOM is skipped before) it is data and stays (found by fuzz_acton_csv).
QString fieldText(const QByteArray &utf8)
{
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decode(utf8);
}

bool isBlankRecord(const QStringList &record)
{
    return record.size() == 1 && record.first().isEmpty();
}
} // namespace

ActOnCsvStream::ActOnCsvStream(QIODevice *device)
    : m_device(device)
{ }

bool ActOnCsvStream::fill(qsizetype count)
{
    while (m_buffer.size() - m_pos < count && !m_atEnd) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
        // read() reserves the whole size asked for: ask for what is there, up to a chunk.
        const qint64 available = m_device->bytesAvailable();
        const QByteArray chunk = m_device->read(
            available > 0 ? qMin(available, kChunkBytes) : (m_device->isSequential() ? kChunkBytes : 0));
        if (chunk.isEmpty())
            m_atEnd = true;
        m_buffer.append(chunk);
    }
    return m_buffer.size() - m_pos >= count;
}

bool ActOnCsvStream::next(QStringList *row)
{
    row->clear();
    if (!m_error.isEmpty())
        return false;
    if (!m_started) {
        m_started = true;
        if (fill(3) && m_buffer.sliced(m_pos, 3) == "\xEF\xBB\xBF")
            m_pos += 3;
    }
    QStringList record;
    QByteArray field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int quoteLine = 0;
    auto endField = [&] {
        record.append(fieldText(field));
        field.clear();
        fieldStarted = false;
    };
    for (;;) {
        if (!fill(1)) {
            if (inQuotes) {
                m_error = QStringLiteral("unterminated quoted field starting on line %1")
                              .arg(quoteLine);
                return false;
            }
            if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
                endField();
                if (!isBlankRecord(record)) {
                    *row = std::move(record);
                    return true;
                }
            }
            return false;
        }
        const char c = m_buffer.at(m_pos++);
        if (inQuotes) {
            if (c == '"') {
                if (fill(1) && m_buffer.at(m_pos) == '"') {
                    field.append('"');
                    ++m_pos;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                field.append(c);
            }
            continue;
        }
        switch (c) {
        case '"':
            if (!fieldStarted && field.isEmpty()) {
                inQuotes = true;
                fieldStarted = true;
                quoteLine = m_line;
            } else {
                field.append(c);
            }
            break;
        case ',':
            endField();
            break;
        case '\r':
            if (fill(1) && m_buffer.at(m_pos) == '\n')
                ++m_pos;
            Q_FALLTHROUGH();
        case '\n':
            endField();
            ++m_line;
            if (!isBlankRecord(record)) {
                *row = std::move(record);
                return true;
            }
            record.clear();
            break;
        default:
            field.append(c);
            fieldStarted = true;
        }
    }
}

} // namespace LeadBridge
