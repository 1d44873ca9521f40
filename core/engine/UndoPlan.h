#pragma once

#include "core/model/RecordChange.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

namespace LeadBridge {

/// One record (or one field of it) as the undo of a run treats it.
struct UndoStep
{
    /// What the undo does with it.
    enum class Action {
        Restore, ///< write the value the run replaced back
        Delete, ///< remove the Act-On contact the run added
        LeaveAlone, ///< nothing is written; reason says why
    };

    Action action = Action::LeaveAlone;
    /// Account kind storage name ("acton", "salesforce", "pipeliner").
    QString system;
    /// Object in that system: an Act-On list id, "Lead", "Contact".
    QString object;
    /// The person's key (the e-mail key of the run's history row).
    QString recordKey;
    /// The record's id in the system, when known (Act-On record id, CRM id).
    QString recordId;
    /// Field written (Act-On heading or CRM API name); empty for whole records.
    QString field;
    /// The value the system holds now (what a restore replaces).
    QString currentValue;
    /// The value the run replaced (what a restore writes back).
    QString restoreValue;
    /// For people: why the undo does this (or leaves it alone).
    QString reason;

    /// The history row of this step for run @p runId: Update (restore), Delete or Skip.
    RecordChange toRecordChange(qint64 runId) const;

    friend bool operator==(const UndoStep &, const UndoStep &) = default;
};

/// What the undo of a run does, record by record, with counts.
struct UndoPlan
{
    /// The run undone.
    qint64 undoOfRunId = 0;
    QList<UndoStep> steps;

    /// Steps of @p action.
    QList<UndoStep> stepsOf(UndoStep::Action action) const;
    /// Records (system, object, key) with at least one step of @p action.
    int recordCount(UndoStep::Action action) const;
    /// True when the undo writes something.
    bool hasWrites() const;
    /// Every step as history rows of run @p runId.
    QList<RecordChange> toRecordChanges(qint64 runId) const;
};

/// What a system holds now for one record, read by the undo before it plans.
struct UndoCurrentRecord
{
    /// The record's id in the system.
    QString id;
    /// Normalised current value per field (Act-On heading or CRM API name).
    QHash<QString, QString> values;
};

/// Everything UndoPlanner needs: the run's writes, what later runs changed, and what the
/// systems hold now.
struct UndoInput
{
    qint64 runId = 0;
    /// The run's create, update and delete rows (as recorded).
    QList<RecordChange> changes;
    /// Later non-preview runs of the flow that wrote the record: key
    /// UndoInput::fieldKey() (one field) or recordKeyOf() (the record) → the latest run id.
    QHash<QString, qint64> laterRuns;
    /// What each system holds now, by recordKeyOf(); a record that is not there is absent.
    QHash<QString, UndoCurrentRecord> current;
    /// Systems whose records were read (a record absent from a read system is gone).
    QSet<QString> readSystems;
    /// Act-On headings that hold the contact's e-mail address (the key of a list row).
    QSet<QString> emailHeadings;

    static QString recordKeyOf(const QString &system, const QString &object, const QString &key);
    static QString fieldKey(
        const QString &system, const QString &object, const QString &key, const QString &field);
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::UndoStep)
Q_DECLARE_METATYPE(LeadBridge::UndoPlan)
