#pragma once

#include "core/mapping/FieldMap.h"
#include "core/util/Expected.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace LeadBridge {

class Journal;

/// The field map of each flow, stored in the journal's field_maps table as the same
/// versioned JSON document that Export writes (FieldMapJson).
class FieldMapRepository
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::FieldMapRepository)

public:
    /// What save() did.
    struct SaveResult
    {
        /// The map as stored, with its new revision.
        FieldMap map;
        /// Marketing fields the save added (FieldMap::diffAddedFields against the stored map).
        QStringList addedFields;
        /// True when the save marked the flow for a full sync on its next run.
        bool fullSyncMarked = false;
    };

    /// Works on @p journal's connection (same thread as the journal).
    explicit FieldMapRepository(Journal &journal);

    /// The saved map of flow @p flowId; an empty optional when none was saved yet.
    /// A stored document that no longer reads fails with a sentence.
    Expected<std::optional<FieldMap>> load(qint64 flowId);
    /// Saves @p map for flow @p flowId with revision = stored revision + 1. When the map
    /// adds a field with a CRM source (compared with the stored map, or with no map at all)
    /// the flow is marked for a full sync (flows.needs_full_sync = 1) in the same
    /// transaction. Fails with a sentence when the flow does not exist.
    Expected<SaveResult> save(qint64 flowId, const FieldMap &map);
    /// Removes the saved map of @p flowId (a missing map is not an error).
    Status remove(qint64 flowId);

private:
    Journal &m_journal;
};

} // namespace LeadBridge
