#pragma once

#include "core/engine/Plan.h"
#include "core/engine/PlanInput.h"

namespace LeadBridge {

/// The planner of a CRM sync: a pure function from fetched records, stored snapshots and the
/// flow's settings to a Plan. No network, no database, no threads; the same input always
/// gives the same plan (so Preview shows exactly what Sync Now would do).
///
/// Matching: a record is tied to its link by the stored cross-system id first, then by its
/// normalised email. A second record with the same key in one system is skipped (reason
/// given); a record without email and without a stored id is skipped ("no email").
///
/// Per field, each side is compared with the snapshot (three-way):
/// - changed in the CRM only -> Act-On is updated;
/// - changed in Act-On only -> the CRM is updated when the field effectively pushes
///   (FieldMap::effectiveAllowPush: allow-push on under two-way, score always, opt-outs and
///   hard bounces when the options say so); otherwise nothing;
/// - changed on both -> a conflict, resolved by the field's rule (CRM wins by default) and
///   recorded; a field that does not push cannot conflict (the CRM value flows);
/// - no snapshot for the field (first sync, field newly mapped) -> a non-blank CRM value
///   fills Act-On, else a non-blank Act-On value is pushed when allowed.
/// Scores are computed in Act-On: they only ever flow to the CRM. Hard bounces only flow to
/// the CRM and are never cleared. Deletes go CRM -> Act-On only.
class SyncPlanner
{
public:
    /// Plans one batch of people (see class notes). Records of one person must be in the
    /// same call; the engine partitions big runs by key.
    static Plan plan(const PlanInput &input);
};

} // namespace LeadBridge
