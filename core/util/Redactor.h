#pragma once

#include <QString>

namespace LeadBridge {

/// Masks credentials in text before it is logged: values of Authorization, Cookie and
/// ON24 accesstokenkey/accesstokensecret headers, and of any field whose name ends in
/// token, secret, password, sessionId or api key — in JSON, form/query strings, XML
/// elements and "name: value" lines — plus bare Bearer tokens, Salesforce session ids and
/// the user info of URLs (http://user:password@host).
class Redactor
{
public:
    /// The text that replaces a masked value.
    static QString mask();
    /// Returns @p text with every recognised secret value replaced by mask().
    /// Thread-safe; text without secrets is returned unchanged.
    static QString redact(const QString &text);
};

} // namespace LeadBridge
