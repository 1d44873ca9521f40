#pragma once

#include "core/mapping/CrmKind.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace LeadBridge {

/// The last-synced state of one linked person: its ids in each system, its CRM type and a
/// fingerprint of every field value as both systems agreed on it at the end of the last
/// successful sync. The planner compares each side against it (three-way compare).
///
/// Fingerprints are 64-bit FNV-1a hashes of the normalised value, keyed by a 32-bit hash of
/// the marketing field name, so a snapshot costs 12 bytes per field in memory and on disk
/// and survives rows being reordered, added or removed in the field map. Old values shown in
/// history come from the records themselves, never from the snapshot.
struct LinkSnapshot
{
    /// One field's fingerprint.
    struct FieldHash
    {
        quint32 field = 0; ///< fieldKey() of the marketing field name
        quint64 value = 0; ///< valueHash() of the normalised value
        friend bool operator==(const FieldHash &, const FieldHash &) = default;
    };

    /// Kind of the linked CRM record.
    enum class CrmType : quint8 { None, Lead, Contact };

    /// Normalised email: the link's key in the journal.
    QString emailKey;
    QString crmId;
    CrmType crmType = CrmType::None;
    QString marketingId;
    QString on24Id;
    QList<FieldHash> fields;

    /// Stable key of a marketing field name (case-insensitive, trimmed).
    static quint32 fieldKey(QStringView marketingName);
    /// Stable fingerprint of a normalised value (FNV-1a over UTF-16; independent of Qt's
    /// per-process hash seed, so stored fingerprints stay valid across runs and upgrades).
    static quint64 valueHash(QStringView value);

    /// The fingerprint stored for @p fieldKey, if any.
    std::optional<quint64> hashFor(quint32 fieldKey) const;
    /// Sets (or replaces) the fingerprint of @p fieldKey.
    void setHash(quint32 fieldKey, quint64 hash);
    /// Removes the fingerprint of @p fieldKey.
    void clearHash(quint32 fieldKey);

    /// Compact binary form of crmType and fields (the record_links.snapshot column):
    /// 1 version byte, 1 CRM-type byte, then 12 little-endian bytes per field.
    QByteArray packFields() const;
    /// Reads packFields() output into crmType and fields; false (and no change) when
    /// @p bytes is not a snapshot this build understands.
    bool unpackFields(const QByteArray &bytes);

    static CrmType crmTypeOf(CrmObjectType object)
    {
        return object == CrmObjectType::Lead ? CrmType::Lead : CrmType::Contact;
    }

    friend bool operator==(const LinkSnapshot &, const LinkSnapshot &) = default;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::LinkSnapshot)
