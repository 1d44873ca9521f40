#include "core/engine/OwnWritesReadBack.h"

#include "core/connectors/acton/ActOnConnector.h"
#include "core/engine/FieldNormaliser.h"
#include "core/util/LogCategories.h"

#include <algorithm>
#include <memory>

namespace LeadBridge {

OwnWritesReadBack::OwnWritesReadBack(
    ActOnConnector *acton, const FieldNormaliser *normaliser, QString listId, qint64 runId)
    : m_acton(acton)
    , m_normaliser(normaliser)
    , m_listId(std::move(listId))
    , m_runId(runId)
{ }

void OwnWritesReadBack::read(
    const QDateTime &cursor, Stopped stopped, Unchanged unchanged, PlanPage plan, Done done) const
{
    FetchRequest request;
    request.object = m_listId;
    request.since = cursor;
    if (!request.since.isValid())
        request.options.insert(QStringLiteral("format"), QStringLiteral("csv"));
    struct Seen
    {
        QDateTime newest; ///< newest change time read
        QDateTime firstForeign; ///< oldest change time of a row the next run must plan
        bool timeless = false; ///< a row without a change time: the cursor cannot move
        qint64 rows = 0;
        qint64 unchanged = 0; ///< rows passed over as committed
    };
    auto seen = std::make_shared<Seen>();
    const FieldNormaliser *normaliser = m_normaliser;
    const QString listId = m_listId;
    const qint64 runId = m_runId;
    m_acton->fetch(
        request,
        [seen, normaliser, listId, stopped, unchanged, plan](const FetchPage &page) {
            // Cancelled: the rest is not planned; the run ends when the read does.
            if (stopped())
                return;
            RecordSpill::Bucket data;
            data.marketing.reserve(page.records.size());
            QHash<QString, QDateTime> changedAt; ///< e-mail key or record id → change time
            for (const ConnectorRecord &r : page.records) {
                if (!r.modifiedAt.isValid()) {
                    seen->timeless = true;
                    continue;
                }
                if (!seen->newest.isValid() || r.modifiedAt > seen->newest)
                    seen->newest = r.modifiedAt;
                SideRecord rec = normaliser->fromMarketing(r);
                rec.object = listId;
                if (unchanged && unchanged(rec)) {
                    ++seen->unchanged;
                    continue;
                }
                for (const QString &k : { rec.email, rec.id }) {
                    if (!k.isEmpty())
                        changedAt.insert(k, r.modifiedAt);
                }
                data.marketing.append(std::move(rec));
            }
            seen->rows += page.records.size();
            Plan planned;
            if (!plan(data, &planned))
                return;
            const auto foreign = [&changedAt, seen](const PlannedChange &c) {
                for (const QString &k : { c.key, c.id }) {
                    const auto at = changedAt.constFind(k);
                    if (k.isEmpty() || at == changedAt.cend())
                        continue;
                    if (!seen->firstForeign.isValid() || at.value() < seen->firstForeign)
                        seen->firstForeign = at.value();
                    return;
                }
                seen->timeless = true; // a plan entry no row of this page explains
            };
            for (const PlanBatch &b : std::as_const(planned.batches))
                std::for_each(b.changes.cbegin(), b.changes.cend(), foreign);
            std::for_each(planned.conflicts.cbegin(), planned.conflicts.cend(), foreign);
            std::for_each(planned.skips.cbegin(), planned.skips.cend(), foreign);
        },
        [seen, runId, cursor, done](const ApiError &error) {
            if (error.isError() || seen->timeless || !seen->newest.isValid()) {
                // Not fatal: the cursor stays where the run's first read put it.
                qCInfo(lcEngine) << "Run" << runId
                                 << "leaves the Act-On cursor before its own writes:"
                                 << (error.isError()
                                            ? error.toLogString()
                                            : QStringLiteral("rows without a change time"));
                return done(std::nullopt);
            }
            // The connector reads "changed since" the cursor less kOverlapSeconds, and keeps
            // rows changed after that; the rows up to readUpTo are read and planned now.
            const QDateTime readUpTo = seen->firstForeign.isValid()
                ? seen->firstForeign.addMSecs(-1)
                : seen->newest.addMSecs(999); // change times are whole seconds
            const QDateTime next = readUpTo.addSecs(ActOnConnector::kOverlapSeconds);
            qCInfo(lcEngine).noquote()
                << "Run" << runId << "read" << seen->rows << "Act-On rows back after its writes,"
                << seen->unchanged << "of them as committed (not planned);"
                << (seen->firstForeign.isValid()
                           ? QStringLiteral("one changed meanwhile at %1")
                                 .arg(seen->firstForeign.toString(Qt::ISODate))
                           : QStringLiteral("all its own"))
                << "- the next run reads from" << readUpTo.toString(Qt::ISODateWithMs);
            const bool moves = seen->firstForeign.isValid() || !cursor.isValid() || next > cursor;
            done(moves ? next : cursor);
        });
}

} // namespace LeadBridge
