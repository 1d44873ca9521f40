#pragma once

#include "core/engine/UndoPlan.h"

#include <QCoreApplication>

namespace LeadBridge {

/// Plans the undo of a finished run: a pure function from the run's recorded writes, what
/// later runs wrote, and what the systems hold now, to an UndoPlan. No network, no journal.
///
/// Rules (docs/undo.md):
/// - an update is restored to the value the run replaced when the system still holds the
///   value the run wrote and no later run wrote that field; otherwise the record is left
///   alone with the reason ("changed since run N: now …");
/// - an update whose replaced value the run did not know (incremental runs do not read
///   records that did not change) is left alone: there is nothing to restore it to;
/// - a contact the run added to Act-On is deleted, unless a later run wrote it again;
/// - a record the run added to a CRM is left alone: LeadBridge never deletes CRM records;
/// - a record the run deleted is left alone: the run did not record its values;
/// - an Act-On e-mail address is never changed back: it is the contact's key in the list.
class UndoPlanner
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::UndoPlanner)
public:
    /// The undo of @p input.runId (see class notes); steps follow the run's rows in order.
    static UndoPlan plan(const UndoInput &input);
    /// The name people know a system by ("Act-On", "Salesforce", "Pipeliner").
    static QString systemName(const QString &system);
};

} // namespace LeadBridge
