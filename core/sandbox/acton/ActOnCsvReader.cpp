#include "core/sandbox/acton/ActOnCsvReader.h"

namespace LeadBridge::Sandbox {

ActOnCsvReader::ActOnCsvReader(QByteArrayView data, char separator, char quote)
    : m_data(data)
    , m_sep(separator)
    , m_quote(quote)
{
    if (m_data.size() >= 3 && quint8(m_data[0]) == 0xEF && quint8(m_data[1]) == 0xBB
        && quint8(m_data[2]) == 0xBF)
        m_pos = 3;
    m_buf.reserve(1024);
    m_ends.reserve(32);
}

QByteArrayView ActOnCsvReader::field(qsizetype i) const
{
    if (i < 0 || i >= qsizetype(m_ends.size()))
        return {};
    const qsizetype start = i == 0 ? 0 : m_ends[size_t(i - 1)];
    return QByteArrayView(m_buf.constData() + start, m_ends[size_t(i)] - start);
}

ActOnCsvReader::Status ActOnCsvReader::next()
{
    const char *d = m_data.data();
    const qsizetype n = m_data.size();
    for (;;) {
        m_buf.resize(0);
        m_ends.clear();
        if (m_pos >= n)
            return Status::End;
        m_rowLine = m_line;
        bool rowHasContent = false;
        bool inQuotes = false;
        bool atFieldStart = true;
        qsizetype quoteLine = 0;
        for (;;) {
            if (m_pos >= n) {
                if (inQuotes) {
                    m_error = QStringLiteral("unterminated quoted field starting on line %1")
                                  .arg(quoteLine);
                    return Status::Error;
                }
                m_ends.push_back(m_buf.size());
                break;
            }
            const char c = d[m_pos];
            if (c == '\0') {
                m_error = QStringLiteral("binary data (NUL byte) on line %1").arg(m_line);
                return Status::Error;
            }
            if (inQuotes) {
                if (c == m_quote) {
                    if (m_pos + 1 < n && d[m_pos + 1] == m_quote) {
                        m_buf.append(c);
                        m_pos += 2;
                        continue;
                    }
                    inQuotes = false;
                    ++m_pos;
                    continue;
                }
                // Quoted run: copy up to the next quote (or NUL) in one go.
                qsizetype end = m_pos;
                while (end < n && d[end] != m_quote && d[end] != '\0') {
                    const char e = d[end];
                    if (e == '\n' || (e == '\r' && !(end + 1 < n && d[end + 1] == '\n')))
                        ++m_line;
                    ++end;
                }
                m_buf.append(d + m_pos, end - m_pos);
                m_pos = end;
                continue;
            }
            if (c == m_sep) {
                m_ends.push_back(m_buf.size());
                atFieldStart = true;
                rowHasContent = true;
                ++m_pos;
                continue;
            }
            if (c == '\n' || c == '\r') {
                ++m_pos;
                if (c == '\r' && m_pos < n && d[m_pos] == '\n')
                    ++m_pos;
                ++m_line;
                m_ends.push_back(m_buf.size());
                break;
            }
            if (m_quote && c == m_quote && atFieldStart) {
                inQuotes = true;
                atFieldStart = false;
                rowHasContent = true;
                quoteLine = m_line;
                ++m_pos;
                continue;
            }
            // Unquoted run: copy up to the next special character in one go.
            qsizetype end = m_pos + 1;
            while (end < n) {
                const char e = d[end];
                if (e == m_sep || e == '\n' || e == '\r' || e == '\0')
                    break;
                ++end;
            }
            m_buf.append(d + m_pos, end - m_pos);
            m_pos = end;
            atFieldStart = false;
            rowHasContent = true;
        }
        if (rowHasContent || m_buf.size() > 0)
            return Status::Row;
        // blank line: skip
    }
}

} // namespace LeadBridge::Sandbox
