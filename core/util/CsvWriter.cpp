#include "core/util/CsvWriter.h"

#include <QRegularExpression>

namespace LeadBridge {

bool CsvWriter::looksLikeFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    switch (value.at(0).unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

bool CsvWriter::isPlainNumber(const QString &value)
{
    static const QRegularExpression number(
        QStringLiteral("\\A[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?\\z"));
    return number.match(value).hasMatch();
}

QString CsvWriter::field(const QString &value, Column column)
{
    QString text = value;
    if (looksLikeFormula(text) && !(column == Column::Number && isPlainNumber(text)))
        text.prepend(QLatin1Char('\''));
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray CsvWriter::record(const QStringList &fields, const QList<Column> &columns)
{
    QString line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += field(fields.at(i), columns.value(i, Column::Text));
    }
    line += QStringLiteral("\r\n");
    return line.toUtf8();
}

} // namespace LeadBridge
