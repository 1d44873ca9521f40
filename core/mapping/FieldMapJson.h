#pragma once

#include "core/mapping/FieldMap.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace LeadBridge {

/// Export and import of a field map as a versioned JSON document, so admins can copy a
/// set-up between machines and keep it in version control:
///
///     { "format": "leadbridge.fieldmap", "version": 1, "crm": "salesforce",
///       "policy": "two-way", "revision": 3,
///       "rows": [ { "marketingField": "E-mail Address", "type": "email", "standard": true,
///                   "systemUsage": "email", "lead": "Email", "contact": "Email",
///                   "allowPush": true }, ... ] }
class FieldMapJson
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::FieldMapJson)

public:
    /// Value of the "format" key.
    static QString formatName() { return QStringLiteral("leadbridge.fieldmap"); }

    /// The outcome of an import: a map, or every problem found (never a partial map).
    struct ImportResult
    {
        std::optional<FieldMap> map;
        /// Translated sentences, one per problem; empty on success.
        QStringList errors;
        bool ok() const { return map.has_value(); }
    };

    /// The document for @p map.
    static QJsonObject toJsonObject(const FieldMap &map);
    /// The document for @p map as indented UTF-8 JSON (stable key order, diff-friendly).
    static QByteArray toJson(const FieldMap &map);

    /// Reads a document. On any problem no map is returned, so the caller's current map
    /// stays as it is.
    static ImportResult fromJsonObject(const QJsonObject &document);
    /// Parses and reads UTF-8 JSON bytes.
    static ImportResult fromJson(const QByteArray &json);
};

} // namespace LeadBridge
