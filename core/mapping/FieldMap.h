#pragma once

#include "core/mapping/CrmKind.h"
#include "core/mapping/CrmObjectSchema.h"
#include "core/mapping/FieldMapRow.h"
#include "core/mapping/MappedField.h"
#include "core/mapping/PushPolicy.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

namespace LeadBridge {

/// The field map of one CRM flow: rows of marketing field <- CRM Lead/Contact source,
/// the default push policy and which CRM it talks to.
///
/// Push rules (Act-On "Contact Mapping", seed 004):
/// - Score rows always push: their allow-push toggle is forced on, even under
///   CrmToMarketingOnly, because the score is computed in Act-On and pushing it is what
///   a score mapping is for. To stop a score pushing, remove its mapping.
/// - Under CrmToMarketingOnly no other field pushes, whatever its toggle says.
/// - Under TwoWay a field pushes when its allow-push toggle is on.
/// - Allow-push governs updates of existing CRM records only; creating a CRM record
///   fills every mapped field.
/// - Relationship paths ("Account.Name") are read through a join and never written.
class FieldMap
{
public:
    /// Version of the JSON document format (FieldMapJson) this build writes.
    static constexpr int kFormatVersion = 1;

    FieldMap() = default;
    explicit FieldMap(CrmKind crm, PushPolicy policy = PushPolicy::TwoWay);

    CrmKind crm() const { return m_crm; }
    void setCrm(CrmKind crm) { m_crm = crm; }
    PushPolicy policy() const { return m_policy; }
    void setPolicy(PushPolicy policy) { m_policy = policy; }
    /// Revision of the saved map (set by whoever stores it; 0 for a map never saved).
    int revision() const { return m_revision; }
    void setRevision(int revision) { m_revision = revision; }

    const QList<FieldMapRow> &rows() const { return m_rows; }
    int rowCount() const { return int(m_rows.size()); }
    const FieldMapRow &row(int index) const { return m_rows.at(index); }

    /// Appends @p row (Score rows get allow-push forced on) and returns its index.
    /// Duplicates are accepted here so an editor can hold them; MappingValidator flags them.
    int addRow(FieldMapRow row);
    /// Removes the row at @p index; false when out of range.
    bool removeRow(int index);
    /// Replaces the row at @p index (Score rows get allow-push forced on); false when out
    /// of range.
    bool updateRow(int index, FieldMapRow row);
    /// Index of the first row whose marketing field is named @p marketingName
    /// (case-insensitive), or -1.
    int indexOf(const QString &marketingName) const;
    /// Index of the first row with system usage @p usage, or -1.
    int indexOfUsage(SystemUsage usage) const;

    /// Whether @p row pushes Act-On changes to existing CRM records (see class notes).
    bool effectiveAllowPush(const FieldMapRow &row) const;
    /// Same for the row at @p index; false when out of range.
    bool effectiveAllowPush(int index) const;

    /// Fields written when updating an existing @p object record: rows that effectively
    /// push and have a direct (non-relationship) source column for @p object. With a
    /// @p schema, fields that do not exist or are not updateable are left out.
    QList<MappedField> pushableFieldsForUpdate(
        CrmObjectType object, const CrmObjectSchema *schema = nullptr) const;
    /// Fields filled when LeadBridge creates an @p object record: every row with a direct
    /// source column for @p object, whatever allow-push says. With a @p schema, fields that
    /// do not exist or are not createable are left out.
    QList<MappedField> fieldsForCreate(
        CrmObjectType object, const CrmObjectSchema *schema = nullptr) const;

    /// Marketing fields that @p newMap pulls from the CRM and @p oldMap did not: new rows
    /// with a CRM source, and rows whose Lead or Contact source changed to another field.
    /// A non-empty answer means the flow needs a full sync to back-fill existing records.
    static QStringList diffAddedFields(const FieldMap &oldMap, const FieldMap &newMap);
    /// True when diffAddedFields() is not empty.
    static bool needsFullSync(const FieldMap &oldMap, const FieldMap &newMap);

    friend bool operator==(const FieldMap &, const FieldMap &) = default;

private:
    static FieldMapRow normalised(FieldMapRow row);

    QList<FieldMapRow> m_rows;
    CrmKind m_crm = CrmKind::Salesforce;
    PushPolicy m_policy = PushPolicy::TwoWay;
    int m_revision = 0;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::FieldMap)
