#include "core/connectors/acton/ActOnCsvStream.h"

#include <QIODevice>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace LeadBridge {

namespace {
constexpr qint64 kChunkBytes = 1024 * 1024;

/// One field's bytes as text. QString::fromUtf8 drops a leading U+FEFF; inside a document
/// (the document's own BOM is skipped before) it is data and stays (found by fuzz_acton_csv).
QString fieldText(const char *data, qsizetype size)
{
    if (size >= 3 && uchar(data[0]) == 0xEF && uchar(data[1]) == 0xBB && uchar(data[2]) == 0xBF) {
        QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        return decode(QByteArrayView(data, size));
    }
    return QString::fromUtf8(data, size);
}

/// A quoted field's text: what lies between its quotes with "" read as one quote, then
/// whatever followed the closing quote up to the delimiter, as it stands.
QString quotedText(const char *data, qsizetype size)
{
    QByteArray bytes;
    bytes.reserve(size);
    qsizetype i = 1;
    while (i < size) {
        const char c = data[i++];
        if (c == '"') {
            if (i < size && data[i] == '"') {
                ++i;
            } else {
                break;
            }
        }
        bytes.append(c);
    }
    bytes.append(data + i, size - i);
    return fieldText(bytes.constData(), bytes.size());
}
} // namespace

ActOnCsvStream::ActOnCsvStream(QIODevice *device)
    : m_device(device)
{ }

qsizetype ActOnCsvStream::readMore(qsizetype keep)
{
    if (m_atEnd)
        return -1;
    m_buffer.remove(0, keep);
    // read() reserves the whole size asked for: ask for what is there, up to a chunk.
    const qint64 available = m_device->bytesAvailable();
    const QByteArray chunk
        = m_device->read(available > 0 ? qMin(available, kChunkBytes)
                                       : (m_device->isSequential() ? kChunkBytes : 0));
    if (chunk.isEmpty()) {
        m_atEnd = true;
        m_buffer.squeeze();
        return keep == 0 ? -1 : keep; // moved, but nothing new: the caller sees the end next
    }
    m_buffer.append(chunk);
    return keep;
}

bool ActOnCsvStream::scan()
{
    if (!m_error.isEmpty())
        return false;
    if (!m_started) {
        m_started = true;
        while (m_buffer.size() - m_pos < 3 && readMore(m_pos) >= 0)
            m_pos = 0;
        if (m_buffer.size() - m_pos >= 3 && m_buffer.sliced(m_pos, 3) == "\xEF\xBB\xBF")
            m_pos += 3;
    }
    enum class State { FieldStart, Bare, Quoted };
    for (;;) {
        m_fields.clear();
        qsizetype start = m_pos;
        qsizetype p = start;
        qsizetype fieldBegin = start;
        qsizetype openQuote = -1;
        bool quotedField = false;
        State state = State::FieldStart;
        // Makes at least @p want bytes from p on available, if the document has them.
        auto have = [&](qsizetype want) {
            while (m_buffer.size() - p < want) {
                if (m_atEnd)
                    return false;
                const qsizetype moved = readMore(start);
                if (moved < 0)
                    return false;
                start -= moved;
                p -= moved;
                fieldBegin -= moved;
                if (openQuote >= 0)
                    openQuote -= moved;
            }
            return true;
        };
        auto endField = [&](qsizetype at) {
            m_fields.append({ fieldBegin - start, at - start, quotedField });
        };
        bool recordEnded = false;
        while (!recordEnded) {
            if (!have(1)) {
                if (state == State::Quoted) {
                    const int line = m_line
                        + int(std::count(
                            m_buffer.cbegin() + start, m_buffer.cbegin() + openQuote, '\n'));
                    m_error
                        = QStringLiteral("unterminated quoted field starting on line %1").arg(line);
                    return false;
                }
                if (p == start)
                    return false; // a clean end
                endField(p);
                m_pos = p;
                m_record = start;
                return !blank();
            }
            const char *data = m_buffer.constData();
            const qsizetype size = m_buffer.size();
            switch (state) {
            case State::FieldStart:
                if (data[p] == '"') {
                    state = State::Quoted;
                    quotedField = true;
                    openQuote = p++;
                    break;
                }
                state = State::Bare;
                Q_FALLTHROUGH();
            case State::Bare: {
                while (p < size && data[p] != ',' && data[p] != '\n' && data[p] != '\r')
                    ++p;
                if (p == size)
                    break; // more to read
                const char c = data[p];
                endField(p);
                if (c == ',') {
                    fieldBegin = ++p;
                    quotedField = false;
                    state = State::FieldStart;
                    break;
                }
                // Line breaks before the record's own are inside quotes: count them only then.
                const bool quotes = std::any_of(m_fields.cbegin(), m_fields.cend(),
                    [](const FieldSpan &f) { return f.quoted; });
                if (quotes)
                    m_line
                        += int(std::count(m_buffer.cbegin() + start, m_buffer.cbegin() + p, '\n'));
                ++m_line;
                if (c == '\r' && have(2) && m_buffer.at(p + 1) == '\n')
                    ++p;
                ++p;
                m_pos = p;
                recordEnded = true;
                break;
            }
            case State::Quoted: {
                const void *quote = std::memchr(data + p, '"', size_t(size - p));
                if (!quote) {
                    p = size;
                    break; // more to read
                }
                p = static_cast<const char *>(quote) - data;
                if (have(2) && m_buffer.at(p + 1) == '"') {
                    p += 2;
                } else {
                    ++p;
                    state = State::Bare;
                }
                break;
            }
            }
        }
        m_record = start;
        if (!blank())
            return true;
    }
}

bool ActOnCsvStream::blank() const
{
    // One field with nothing in it: bare and empty, or "" (a quoted field of two bytes can
    // only be that: anything else after its opening quote would still be quoted).
    const FieldSpan &only = m_fields.first();
    return m_fields.size() == 1
        && (only.end == only.begin || (only.quoted && only.end - only.begin == 2));
}

bool ActOnCsvStream::skip()
{
    return scan();
}

bool ActOnCsvStream::next(QStringList *row)
{
    row->clear();
    if (!scan())
        return false;
    row->reserve(m_fields.size());
    const char *record = m_buffer.constData() + m_record;
    for (const FieldSpan &f : std::as_const(m_fields)) {
        row->append(f.quoted ? quotedText(record + f.begin, f.end - f.begin)
                             : fieldText(record + f.begin, f.end - f.begin));
    }
    return true;
}

} // namespace LeadBridge
