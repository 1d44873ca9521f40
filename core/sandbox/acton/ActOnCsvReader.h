#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace LeadBridge::Sandbox {

/// Streaming CSV reader used by the Act-On emulator's list uploads. Works on
/// UTF-8 bytes in one tight loop: skips a leading BOM, accepts CRLF, LF and CR
/// line ends, quoted fields with doubled quotes and embedded line breaks, and
/// a configurable separator and quote character (0 = no quoting).
class ActOnCsvReader
{
public:
    enum class Status { Row, End, Error };

    ActOnCsvReader(QByteArrayView data, char separator = ',', char quote = '"');

    /// Reads the next non-blank row. After Row, field()/fieldCount() describe it.
    Status next();
    qsizetype fieldCount() const { return qsizetype(m_ends.size()); }
    /// Field @p i of the current row (empty when out of range). Valid until next().
    QByteArrayView field(qsizetype i) const;
    /// 1-based line on which the current row started.
    qsizetype line() const { return m_rowLine; }
    /// Set after Status::Error.
    QString errorString() const { return m_error; }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    qsizetype m_line = 1;
    qsizetype m_rowLine = 1;
    char m_sep;
    char m_quote;
    QByteArray m_buf; ///< unescaped field bytes of the current row
    std::vector<qsizetype> m_ends; ///< end offset of each field in m_buf
    QString m_error;
};

} // namespace LeadBridge::Sandbox
