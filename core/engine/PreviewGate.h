#pragma once

#include "core/engine/Plan.h"
#include "core/model/RecordChange.h"
#include "core/util/Expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace LeadBridge {

class Journal;

/// "Apply this plan": what a preview planned to write, per person, so that a run carrying it
/// out writes exactly that. The run plans afresh from what the systems hold now and passes
/// each plan through filter(): a person whose writes are still the previewed ones (same
/// records, operations, fields, before and after values) is written; anybody else — changed
/// on either side since the preview, or new — is not written but recorded as a skip row with
/// the new plan and the reason. Previewed people the run no longer plans to write are listed
/// by notPlannedAgain().
///
/// Compact: one 64-bit digest per person (a preview of a million creates costs tens of MB).
class PreviewGate
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::PreviewGate)
public:
    /// How the runner records a create in its history: one row for the whole record (F2,
    /// PlannedChange::recordRow()) or one row per field (F3).
    enum class Creates { OneRow, FieldRows };

    /// Reads the writes preview @p previewRunId recorded.
    static Expected<std::shared_ptr<PreviewGate>> load(
        Journal &journal, qint64 previewRunId, Creates creates);

    qint64 previewRunId() const { return m_previewRunId; }

    /// Keeps in @p plan the writes of the people whose writes are exactly the previewed ones;
    /// the others' writes become skips (with the new plan's fields and the reason) and their
    /// snapshots, removed links and applied conflict decisions are taken out, so the next run
    /// plans them again. Returns the people held back (their key and CRM id, for the runner
    /// to hold its cursors before them).
    QList<PlannedChange> filter(Plan &plan);
    /// Skip rows for run @p runId of every previewed person this run planned nothing for
    /// (the systems agree now, or the record is gone): call once, after the last filter().
    QList<RecordChange> notPlannedAgain(qint64 runId) const;
    /// People held back so far.
    int heldCount() const { return m_held; }

private:
    struct Previewed
    {
        size_t digest = 0;
        int rows = 0;
        /// The first row, to name the record in notPlannedAgain().
        RecordChange first;
    };

    static size_t rowHash(const RecordChange &row);
    /// The digest of @p changes (one person's writes) as the preview recorded them.
    std::pair<size_t, int> digestOf(const QList<PlannedChange> &changes) const;

    qint64 m_previewRunId = 0;
    Creates m_creates = Creates::OneRow;
    QHash<QString, Previewed> m_previewed;
    QSet<QString> m_planned;
    int m_held = 0;
};

} // namespace LeadBridge
