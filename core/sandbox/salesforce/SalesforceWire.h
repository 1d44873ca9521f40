#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace LeadBridge::Sandbox {

/// Text helpers and constants shared by the Salesforce emulator's API areas: JSON strings
/// written by hand (documented key order), CSV for Bulk 2.0, ids, dates and SOAP escaping.
namespace SalesforceWire {

inline const QByteArray kJsonType = QByteArrayLiteral("application/json;charset=UTF-8");
inline const QString kOrgId15 = QStringLiteral("00D8d0000000001");
inline constexpr int kMaxCollection = 200;
inline constexpr int kMaxCursors = 50;
inline const QString kReportId15 = QStringLiteral("00O8d0000000001");

/// Appends @p s as a JSON string literal (quoted, escaped).
void appendJsonString(QByteArray &out, QByteArrayView s);
/// @p n random characters of [0-9A-Za-z].
QString base62Token(QRandomGenerator &rng, int n);
/// @p v in double quotes, inner quotes doubled (CSV).
QByteArray csvQuote(QByteArrayView v);
/// Bulk 2.0 columnDelimiter name (COMMA, TAB, SEMICOLON, PIPE, CARET, BACKQUOTE) as a character.
char delimiterChar(const QString &name);
/// RFC 4180 reader: quoted fields, doubled quotes, LF or CRLF rows; @p ok false on an open quote.
QList<QList<QByteArray>> parseCsv(const QByteArray &data, char delim, bool *ok);
bool validEmail(const QString &s);
/// A JSON scalar as Salesforce stores it in text (numbers without exponent where whole).
QString jsonValueText(const QJsonValue &v);
/// The release name of API version @p v (50 = "Winter '21").
QString seasonLabel(int v);
/// ISO 8601 date-time (also with a +hhmm offset) as UTC milliseconds; SOQL date-time literals.
qint64 parseDateTimeMs(const QString &text, bool *ok);
/// parseDateTimeMs() of a query parameter, where an unencoded '+' arrives as a space.
qint64 parseIsoMs(QString s, bool *ok);
QString soapEscape(const QString &s);

} // namespace SalesforceWire
} // namespace LeadBridge::Sandbox
