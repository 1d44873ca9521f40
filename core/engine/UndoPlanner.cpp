#include "core/engine/UndoPlanner.h"

#include "core/engine/FieldNormaliser.h"

namespace LeadBridge {

namespace {

/// Values compare in their canonical form; history rows hold them normalised already, and a
/// current value read as text is trimmed the same way.
bool sameValue(const QString &a, const QString &b)
{
    return FieldNormaliser::normaliseText(MarketingFieldType::Text, a)
        == FieldNormaliser::normaliseText(MarketingFieldType::Text, b);
}

} // namespace

QString UndoPlanner::systemName(const QString &system)
{
    if (system == QLatin1String("acton"))
        return QStringLiteral("Act-On");
    if (system == QLatin1String("salesforce"))
        return QStringLiteral("Salesforce");
    if (system == QLatin1String("pipeliner"))
        return QStringLiteral("Pipeliner");
    if (system == QLatin1String("on24"))
        return QStringLiteral("ON24");
    return system;
}

UndoPlan UndoPlanner::plan(const UndoInput &in)
{
    UndoPlan out;
    out.undoOfRunId = in.runId;
    const qint64 n = in.runId;
    QSet<QString> recordsDone; // creates and deletes: one step per record
    const auto changedBy = [n](qint64 later) {
        return tr("Changed since run %1 by run %2, so it is left alone.").arg(n).arg(later);
    };

    for (const RecordChange &c : in.changes) {
        UndoStep s;
        s.system = c.system;
        s.object = c.object;
        s.recordKey = c.recordKey;
        const QString recordKey = UndoInput::recordKeyOf(c.system, c.object, c.recordKey);
        const QString name = systemName(c.system);
        const bool marketing = c.system == QLatin1String("acton");
        const auto current = in.current.constFind(recordKey);
        const bool found = current != in.current.cend();
        if (found)
            s.recordId = current->id;
        const qint64 laterRecord = in.laterRuns.value(recordKey);

        if (c.operation == ChangeOperation::Create || c.operation == ChangeOperation::Delete) {
            if (recordsDone.contains(recordKey))
                continue;
            recordsDone.insert(recordKey);
            if (c.operation == ChangeOperation::Delete) {
                s.reason = tr("Deleted by run %1. LeadBridge cannot bring it back, because the "
                              "run did not record all of its values.")
                               .arg(n);
            } else if (marketing && c.object == QLatin1String("list")) {
                s.reason = tr("Run %1 created this Act-On list. LeadBridge never deletes lists; "
                              "delete it in Act-On if it should go.")
                               .arg(n);
            } else if (!marketing) {
                s.reason = tr("Added to %1 by run %2. LeadBridge never deletes %1 records; "
                              "delete it in %1 if it should go.")
                               .arg(name)
                               .arg(n);
            } else if (laterRecord > 0) {
                s.reason = changedBy(laterRecord);
            } else if (!found) {
                s.reason = tr("No longer in %1, so there is nothing to remove.").arg(name);
            } else {
                s.action = UndoStep::Action::Delete;
                s.reason = tr("Added by run %1, so it is removed from %2.").arg(n).arg(name);
            }
            out.steps.append(s);
            continue;
        }
        if (c.operation != ChangeOperation::Update)
            continue;

        s.field = c.field;
        s.restoreValue = c.oldValue;
        const qint64 laterField
            = in.laterRuns.value(UndoInput::fieldKey(c.system, c.object, c.recordKey, c.field));
        if (found)
            s.currentValue = current->values.value(c.field);
        if (marketing && in.emailHeadings.contains(c.field)) {
            s.reason = tr("The e-mail address is the key of the contact in %1, so LeadBridge does "
                          "not change it back; change it in %1 if needed.")
                           .arg(name);
        } else if (c.oldValue.isNull()) {
            s.reason = tr("Run %1 did not read the value it replaced (a record that did not "
                          "change is not read by an incremental run), so there is nothing to "
                          "restore it to.")
                           .arg(n);
        } else if (laterField > 0) {
            s.reason = changedBy(laterField);
        } else if (!found && in.readSystems.contains(c.system)) {
            s.reason = tr("No longer in %1, so there is nothing to restore.").arg(name);
        } else if (!found) {
            s.reason = tr("LeadBridge could not find this record in %1 (its link is gone), so "
                          "it is left alone.")
                           .arg(name);
        } else if (!sameValue(s.currentValue, c.newValue)) {
            s.reason = tr("Changed since run %1: now “%2”, so it is left alone.")
                           .arg(n)
                           .arg(s.currentValue);
        } else if (sameValue(c.oldValue, c.newValue)) {
            s.reason = tr("Run %1 wrote the value it already had, so there is nothing to "
                          "restore.")
                           .arg(n);
        } else {
            s.action = UndoStep::Action::Restore;
            s.reason = tr("Restored to the value before run %1.").arg(n);
        }
        out.steps.append(s);
    }
    return out;
}

} // namespace LeadBridge
