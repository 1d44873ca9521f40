#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace LeadBridge {

/// The four flows LeadBridge runs (DESIGN.md §2).
enum class FlowKind {
    WebinarImport, ///< F1: ON24 -> Act-On
    CrmContactSync, ///< F2: Salesforce/Pipeliner <-> Act-On
    ListSync, ///< F3: Salesforce <-> an Act-On list
    LeadHandoff, ///< F4: Act-On -> Pipeliner/Salesforce
};

/// A configured flow between two linked accounts.
struct Flow
{
    qint64 id = 0;
    FlowKind kind = FlowKind::WebinarImport;
    QString name;
    qint64 sourceAccountId = 0;
    qint64 targetAccountId = 0;
    QVariantMap settings;
    bool enabled = true;
    /// Set when the next run must be full (new flow, field added to the map...).
    bool needsFullSync = true;
    /// Why the flow needs attention, as a plain sentence (e.g. after three failed scheduled
    /// runs in a row); empty when all is well.
    QString attention;
    QDateTime createdAt;
    QDateTime updatedAt;

    /// Stable storage name ("webinar_import", "crm_contact_sync", "list_sync", "lead_handoff").
    static QString kindToString(FlowKind kind);
    /// Parses a storage name; unknown names give WebinarImport and set @p ok to false.
    static FlowKind kindFromString(const QString &text, bool *ok = nullptr);
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::Flow)
