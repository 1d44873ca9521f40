#include "core/engine/PreviewGate.h"

#include "core/model/RunWords.h"
#include "core/store/HistoryQuery.h"

#include <QHashFunctions>

#include <algorithm>

namespace LeadBridge {

namespace {

bool isWrite(ChangeOperation op)
{
    return op == ChangeOperation::Create || op == ChangeOperation::Update
        || op == ChangeOperation::Delete;
}

QString personOf(const PlannedChange &c)
{
    return c.key.isEmpty() ? c.id : c.key;
}

} // namespace

size_t PreviewGate::rowHash(const RecordChange &row)
{
    // The reason is left out: it explains the plan and may word the same write differently.
    // So is the object of Act-On rows: a flow writes one Act-On list, which a preview names
    // by its name while the list does not exist yet (a new flow's first preview) and the run
    // that creates it names by its id.
    const bool acton = row.system == QLatin1StringView("acton");
    return qHashMulti(0, row.system, acton ? QString() : row.object, int(row.operation), row.field,
        row.oldValue, row.newValue);
}

Expected<std::shared_ptr<PreviewGate>> PreviewGate::load(
    Journal &journal, qint64 previewRunId, Creates creates)
{
    auto gate = std::make_shared<PreviewGate>();
    gate->m_previewRunId = previewRunId;
    gate->m_creates = creates;
    ChangeFilter filter;
    filter.runId = previewRunId;
    HistoryQuery history(journal);
    // Streamed: a preview of a million people is never held whole.
    const auto read = history.forEachChange(filter, [&gate](const RecordChange &row) {
        if (!isWrite(row.operation))
            return true;
        Previewed &p = gate->m_previewed[row.recordKey];
        // A sum, so the order rows were recorded in does not matter.
        p.digest += rowHash(row);
        if (p.rows++ == 0)
            p.first = row;
        return true;
    });
    if (!read)
        return Expected<std::shared_ptr<PreviewGate>>::failure(read.errorString());
    return gate;
}

std::pair<size_t, int> PreviewGate::digestOf(const QList<PlannedChange> &changes) const
{
    size_t digest = 0;
    int rows = 0;
    for (const PlannedChange &c : changes) {
        const QList<RecordChange> recorded
            = m_creates == Creates::OneRow && c.operation == ChangeOperation::Create
            ? QList<RecordChange> { c.recordRow(0, QString()) }
            : c.toRecordChanges(0);
        for (const RecordChange &row : recorded) {
            digest += rowHash(row);
            ++rows;
        }
    }
    return { digest, rows };
}

QList<PlannedChange> PreviewGate::filter(Plan &plan)
{
    QHash<QString, QList<PlannedChange>> byPerson;
    for (const PlanBatch &b : std::as_const(plan.batches)) {
        for (const PlannedChange &c : b.changes)
            byPerson[personOf(c)].append(c);
    }
    QSet<QString> heldPeople;
    for (auto it = byPerson.cbegin(); it != byPerson.cend(); ++it) {
        m_planned.insert(it.key());
        const auto previewed = m_previewed.constFind(it.key());
        const auto [digest, rows] = digestOf(it.value());
        if (previewed != m_previewed.cend() && previewed->digest == digest
            && previewed->rows == rows)
            continue;
        heldPeople.insert(it.key());
    }
    if (heldPeople.isEmpty())
        return {};

    QList<PlannedChange> held;
    Plan kept;
    kept.skips = std::move(plan.skips);
    kept.conflicts = std::move(plan.conflicts);
    kept.counts = plan.counts;
    for (const PlanBatch &b : std::as_const(plan.batches)) {
        for (const PlannedChange &c : b.changes) {
            if (!heldPeople.contains(personOf(c))) {
                kept.addWrite(c);
                continue;
            }
            const bool known = m_previewed.contains(personOf(c));
            PlannedChange skip = c;
            skip.operation = ChangeOperation::Skip;
            skip.reason = known
                ? tr("Not written: this record changed after preview %1, and the plan for it "
                     "is now “%2” as shown. Press Preview again to review it.")
                      .arg(m_previewRunId)
                      .arg(RunWords::operation(c.operation))
                : tr("Not written: preview %1 did not plan this change; the plan for it is now "
                     "“%2” as shown. Press Preview again to review it.")
                      .arg(m_previewRunId)
                      .arg(RunWords::operation(c.operation));
            kept.skips.append(skip);
            held.append(c);
            switch (c.operation) {
            case ChangeOperation::Create:
                --kept.counts.creates;
                break;
            case ChangeOperation::Update:
                --kept.counts.updates;
                break;
            case ChangeOperation::Delete:
                --kept.counts.deletes;
                break;
            default:
                break;
            }
            ++kept.counts.skips;
        }
    }
    m_held += int(heldPeople.size());
    for (const LinkSnapshot &s : std::as_const(plan.snapshots)) {
        if (!heldPeople.contains(s.emailKey))
            kept.snapshots.append(s);
    }
    for (const QString &key : std::as_const(plan.removedLinks)) {
        if (!heldPeople.contains(key))
            kept.removedLinks.append(key);
    }
    // A decision for a held person stays decided: the next run applies it.
    for (const ConflictRecord &c : std::as_const(plan.appliedConflicts)) {
        if (!heldPeople.contains(c.personKey))
            kept.appliedConflicts.append(c);
    }
    kept.supersededConflicts = std::move(plan.supersededConflicts);
    plan = std::move(kept);
    return held;
}

QList<RecordChange> PreviewGate::notPlannedAgain(qint64 runId) const
{
    QList<RecordChange> rows;
    for (auto it = m_previewed.cbegin(); it != m_previewed.cend(); ++it) {
        if (m_planned.contains(it.key()))
            continue;
        RecordChange row = it->first;
        row.id = 0;
        row.runId = runId;
        row.operation = ChangeOperation::Skip;
        row.field.clear();
        row.oldValue.clear();
        row.newValue.clear();
        row.reason = tr("Nothing written: preview %1 planned “%2” for this record, but it is not "
                        "needed any more (the systems agree now, or the record is gone).")
                         .arg(m_previewRunId)
                         .arg(RunWords::operation(it->first.operation));
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(),
        [](const RecordChange &a, const RecordChange &b) { return a.recordKey < b.recordKey; });
    return rows;
}

} // namespace LeadBridge
