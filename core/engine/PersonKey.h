#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

namespace LeadBridge {

/// How the engine recognises one person across systems: the stored cross-system ids
/// first, the normalised email address second (DESIGN.md §3).
struct PersonKey
{
    /// Normalised email (trimmed, lower-case); the journal's record_links.email_key.
    QString email;
    /// The CRM record id (Salesforce or Pipeliner), when known.
    QString crmId;
    /// The Act-On record id, when known.
    QString marketingId;

    /// Trimmed, lower-cased email address; empty for a blank address. Two addresses that
    /// differ only by case or surrounding spaces give the same key.
    static QString normaliseEmail(QStringView email);

    /// True for an address a marketing system or CRM can take: one "@", a local part and a
    /// domain with at least one dot, no empty domain labels, no blanks, control characters,
    /// commas, semicolons, quotes or angle brackets (which mean a list or a display name),
    /// 254 characters at most. Surrounding blanks are ignored.
    static bool isValidEmail(QStringView email);

    bool isEmpty() const { return email.isEmpty() && crmId.isEmpty() && marketingId.isEmpty(); }
    friend bool operator==(const PersonKey &, const PersonKey &) = default;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::PersonKey)
