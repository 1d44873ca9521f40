#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace LeadBridge {

/// RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field that
/// holds a comma, a double quote, CR or LF enclosed in double quotes with inner
/// quotes doubled. Text is UTF-8.
///
/// Files are for people, who open them in a spreadsheet, so a cell that a spreadsheet
/// would run as a formula (it starts with = + - @, a tab or a CR; OWASP "CSV injection")
/// gets a single quote in front and is shown as the text it is. In a column the caller
/// declares numeric, a genuine number such as -12.5 or +3e4 stays as it is.
class CsvWriter
{
public:
    /// What a column holds.
    enum class Column {
        Text, ///< anything; formula-like cells are neutralised
        Number ///< numbers; genuine numbers (also negative) pass, anything else as Text
    };

    /// One field, neutralised when it could run as a formula, quoted when needed.
    static QString field(const QString &value, Column column = Column::Text);
    /// One record (fields joined by commas) with its CRLF, as UTF-8. @p columns gives the
    /// kind of each field by position; fields beyond it are Text.
    static QByteArray record(const QStringList &fields, const QList<Column> &columns = {});

    /// Whether a spreadsheet could take @p value as a formula (first character = + - @,
    /// tab or CR).
    static bool looksLikeFormula(const QString &value);
    /// Whether @p value is a plain decimal number: optional sign, digits, optional
    /// fraction and exponent, nothing else.
    static bool isPlainNumber(const QString &value);
};

} // namespace LeadBridge
