// F2 CRM contact sync end to end: SyncEngine + CrmContactSyncRunner against the Act-On and
// Salesforce emulators. Each step asserts the emulators record by record (control API) and
// the journal (runs, record_changes, links, cursors).
#include "core/connectors/salesforce/SalesforceConnector.h"
#include "core/engine/CrmContactSyncRunner.h"
#include "core/engine/EngineHost.h"
#include "core/engine/SyncEngine.h"
#include "core/sandbox/DemoDataset.h"
#include "core/store/FieldMapRepository.h"
#include "core/store/FlowRepository.h"
#include "tests/support/EngineFixture.h"
#include "tests/support/FlowFieldMaps.h"
#include "tests/support/SyncRows.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace LeadBridge;
using namespace Qt::StringLiterals;
using LeadBridge::Test::SyncRows;

namespace {

/// Write endpoints of the emulators that a preview must never call.
int writeCalls(const QJsonObject &counters)
{
    int n = 0;
    const QJsonObject calls = counters.value(u"calls"_s).toObject();
    for (auto it = calls.begin(); it != calls.end(); ++it) {
        const QString k = it.key().toLower();
        const bool write = k != u"rest.deleted"_s
            && (k.contains(u"merge") || k.contains(u"upsert") || k.contains(u"insert")
                || k.contains(u"delete") || k.contains(u"update") || k.contains(u"create")
                || k.contains(u"collection") || k.contains(u"ingest.create") || k.contains(u"batch")
                || k.contains(u"patch"));
        if (write)
            n += it.value().toInt();
    }
    return n;
}

/// Salesforce as it is, except that the first update write answers "failed" for the record
/// with id @p failId (a per-record validation error; the record is not sent).
class FailOnceSalesforce : public SalesforceConnector
{
public:
    FailOnceSalesforce(const ConnectorConfig &config, QNetworkAccessManager *nam,
        std::shared_ptr<QString> failId)
        : SalesforceConnector(config, nam)
        , m_failId(std::move(failId))
    { }
    void write(const WriteRequest &request, Result<WriteResult> done) override
    {
        int failAt = -1;
        for (int i = 0; i < request.records.size(); ++i) {
            if (!m_failId->isEmpty() && request.records.at(i).id == *m_failId)
                failAt = i;
        }
        if (failAt < 0 || request.operation != WriteRequest::Operation::Update)
            return SalesforceConnector::write(request, std::move(done));
        m_failId->clear(); // once
        WriteRequest rest = request;
        rest.records.removeAt(failAt);
        const auto answer = [done, failAt](WriteResult result, const ApiError &error) {
            for (WriteOutcome &o : result.outcomes) {
                if (o.index >= failAt)
                    ++o.index;
            }
            WriteOutcome failed;
            failed.index = failAt;
            failed.error = ApiError(ApiError::Kind::Validation,
                u"Salesforce refused this record: the record is locked."_s,
                u"UNABLE_TO_LOCK_ROW (test)"_s);
            result.outcomes.append(failed);
            done(result, error);
        };
        if (rest.records.isEmpty())
            return answer({}, ApiError());
        SalesforceConnector::write(rest, answer);
    }

private:
    std::shared_ptr<QString> m_failId;
};

} // namespace

class TestEngineF2 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstFullSyncCreatesActOnContacts();
    void crmChangeFlowsToActOn();
    void actOnChangePushesToCrm();
    void allowPushOffIsNotPushed();
    void bothChangedIsConflictAndCrmWins();
    void scoreIsPushed();
    void hardBounceAndOptOutArePushed();
    void crmBounceReasonSurvivesRowsReadAgain();
    void crmDeleteRemovesActOnContact();
    void previewWritesHistoryOnly();
    void secondRequestRunsAgainWhenDone();
    void cancelStopsWithinOneSecond();
    void missingCredentialsFailWithOneSentence();
    void fullRunDecision();
    void engineHostRunsOffTheCallersThread();
    // These make fixtures of their own (which reset the data dir): after the shared one's tests.
    void cancelDuringWritesKeepsWhatWasWritten();
    void groupsInFlightOverlapAndAllLand();
    void failureWithGroupsInFlightKeepsWhatWasWritten();
    void failedWriteIsRetriedByTheNextIncrementalRun();
    void fieldAddedDuringFullRunIsBackfilled();
    void pipelinerContactsSyncBothWays(); // last: its own fixture resets the data dir
    void cleanupTestCase();

private:
    /// A Salesforce Lead of the clean set (stable choice by sorted e-mail).
    QJsonObject person(int nth, const QString &object = u"Lead"_s);

    std::unique_ptr<Test::EngineFixture> m_fx;
    qint64 m_flow = 0;
};

void TestEngineF2::initTestCase()
{
    m_fx = std::make_unique<Test::EngineFixture>(Sandbox::DemoDataset::generate(2026, 80));
    QVERIFY(m_fx->ok());
    m_flow = m_fx->addF2Flow();
    QVERIFY(m_flow > 0);
}

void TestEngineF2::cleanupTestCase()
{
    m_fx.reset();
}

QJsonObject TestEngineF2::person(int nth, const QString &object)
{
    return SyncRows::person(m_fx->cleanCrmPeople(), nth, object);
}

void TestEngineF2::firstFullSyncCreatesActOnContacts()
{
    QVERIFY(m_fx->needsFullSync(m_flow));
    const RunOutcome out = m_fx->run(m_flow);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    QCOMPARE(out.summary.mode, RunMode::Full);
    QVERIFY(!m_fx->listId().isEmpty());

    // Every clean CRM person is an Act-On contact with the mapped values.
    const auto people = m_fx->cleanCrmPeople();
    QVERIFY(people.size() > 20);
    int count = 0;
    const auto rows = m_fx->listRows({}, &count);
    QCOMPARE(count, rows.size()); // no duplicate e-mail
    for (auto it = people.cbegin(); it != people.cend(); ++it) {
        QVERIFY2(rows.contains(it.key()), qPrintable(it.key()));
        const QJsonObject row = rows.value(it.key());
        QCOMPARE(row.value(u"First Name"_s).toString(),
            it.value().value(u"FirstName"_s).toString().trimmed());
        QCOMPARE(row.value(u"Last Name"_s).toString(),
            it.value().value(u"LastName"_s).toString().trimmed());
        if (it.value().value(u"_object"_s) == u"Lead"_s
            && !it.value().value(u"Company"_s).toString().isEmpty()
            && it.value().value(u"Company"_s).toString().size() < 200)
            QCOMPARE(row.value(u"Company"_s).toString(),
                it.value().value(u"Company"_s).toString().trimmed());
    }
    // Case duplicates: the first record of the e-mail is synced, the second skipped.
    QSet<QString> crmEmails;
    for (const QString &object : { u"Lead"_s, u"Contact"_s }) {
        const auto records = m_fx->sfRecords(object);
        for (auto it = records.cbegin(); it != records.cend(); ++it)
            crmEmails.insert(it.key());
    }
    QCOMPARE(rows.size(), crmEmails.size());
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        QVERIFY(crmEmails.contains(it.key()));

    // Journal: one create per person, links with CRM ids and types, cursors, mark cleared.
    const auto changes = m_fx->changes(out.summary.id);
    QSet<QString> created;
    for (const RecordChange &c : SyncRows::rowsOf(changes, u"acton"_s, ChangeOperation::Create))
        created.insert(c.recordKey);
    QCOMPARE(created.size(), crmEmails.size());
    QCOMPARE(out.summary.counts.created, crmEmails.size());
    // The second record of a case duplicate is a skip with its reason.
    if (crmEmails.size() > people.size()) {
        QVERIFY(out.summary.counts.skipped >= crmEmails.size() - people.size());
        QVERIFY(!SyncRows::rowsOf(changes, u"salesforce"_s, ChangeOperation::Skip).isEmpty());
        QVERIFY(!SyncRows::rowsOf(changes, u"salesforce"_s, ChangeOperation::Skip)
                     .first()
                     .reason.isEmpty());
    }
    const auto links = m_fx->links(m_flow);
    QCOMPARE(links.size(), crmEmails.size());
    for (auto it = people.cbegin(); it != people.cend(); ++it) {
        const LinkSnapshot s = links.value(it.key());
        QCOMPARE(s.crmId, it.value().value(u"Id"_s).toString());
        QCOMPARE(s.crmType,
            it.value().value(u"_object"_s) == u"Lead"_s ? LinkSnapshot::CrmType::Lead
                                                        : LinkSnapshot::CrmType::Contact);
    }
    const auto cursors = m_fx->cursors(m_flow);
    QVERIFY(cursors.contains(u"salesforce/Lead"_s));
    QVERIFY(cursors.contains(u"salesforce/Contact"_s));
    QVERIFY(cursors.contains(u"acton/"_s + m_fx->listId()));
    QVERIFY(!m_fx->needsFullSync(m_flow));
    QCOMPARE(m_fx->runRow(out.summary.id).status, out.summary.status);

    // Run again at once: incremental, nothing to write, no new Act-On rows.
    const RunOutcome again = m_fx->run(m_flow);
    QVERIFY2(again.succeeded(), qPrintable(again.message));
    QCOMPARE(again.summary.mode, RunMode::Incremental);
    QCOMPARE(again.summary.counts.created, 0);
    QCOMPARE(m_fx->listRows().size(), crmEmails.size());
}

void TestEngineF2::crmChangeFlowsToActOn()
{
    const QJsonObject lead = person(0);
    QVERIFY(!lead.isEmpty());
    const QString email = lead.value(u"Email"_s).toString().trimmed().toLower();
    QVERIFY(m_fx->patchSf(u"Lead"_s, lead.value(u"Id"_s).toString(),
        { { u"FirstName"_s, u"Ottilie"_s }, { u"Phone"_s, u"+1 555 0100"_s } }));
    const RunOutcome out = m_fx->run(m_flow);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    QCOMPARE(out.summary.mode, RunMode::Incremental);
    const QJsonObject row = m_fx->listRows().value(email);
    QCOMPARE(row.value(u"First Name"_s).toString(), u"Ottilie"_s);
    QCOMPARE(row.value(u"Business Phone"_s).toString(), u"+1 555 0100"_s);
    const auto updates = SyncRows::rowsOf(
        m_fx->changes(out.summary.id), u"acton"_s, ChangeOperation::Update, email, u"First Name"_s);
    QCOMPARE(updates.size(), 1);
    // The list row did not change since the full run, which read its own writes back: it is
    // not read again, so the value it replaces is not known here (as on every incremental
    // run whose Act-On side did not change).
    QVERIFY2(updates.first().oldValue.isEmpty(), qPrintable(updates.first().oldValue));
    QCOMPARE(updates.first().newValue, u"Ottilie"_s);
    // Salesforce was not written back for a change that came from it.
    QVERIFY(SyncRows::rowsOf(
        m_fx->changes(out.summary.id), u"salesforce"_s, ChangeOperation::Update, email)
                .isEmpty());
}

void TestEngineF2::actOnChangePushesToCrm()
{
    const QJsonObject contact = person(0, u"Contact"_s);
    QVERIFY(!contact.isEmpty());
    const QString email = contact.value(u"Email"_s).toString().trimmed().toLower();
    QVERIFY(m_fx->patchListRow(email, { { u"Business Phone"_s, u"+44 20 7946 0001"_s } }));
    const RunOutcome out = m_fx->run(m_flow);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    QCOMPARE(m_fx->sfRecords(u"Contact"_s).value(email).value(u"Phone"_s).toString(),
        u"+44 20 7946 0001"_s);
    const auto pushed = SyncRows::rowsOf(
        m_fx->changes(out.summary.id), u"salesforce"_s, ChangeOperation::Update, email, u"Phone"_s);
    QCOMPARE(pushed.size(), 1);
    QCOMPARE(pushed.first().newValue, u"+44 20 7946 0001"_s);

    // Nothing left to do afterwards.
    const RunOutcome again = m_fx->run(m_flow);
    QVERIFY(again.succeeded());
    QVERIFY(SyncRows::rowsOf(
        m_fx->changes(again.summary.id), u"salesforce"_s, ChangeOperation::Update, email)
                .isEmpty());
}

void TestEngineF2::allowPushOffIsNotPushed()
{
    const QJsonObject contact = person(1, u"Contact"_s);
    const QString email = contact.value(u"Email"_s).toString().trimmed().toLower();
    const QString before = contact.value(u"Title"_s).toString();
    QVERIFY(m_fx->patchListRow(email, { { u"Job Title"_s, u"Chief Listener"_s } }));
    const RunOutcome out = m_fx->run(m_flow);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    QCOMPARE(m_fx->sfRecords(u"Contact"_s).value(email).value(u"Title"_s).toString(), before);
    QVERIFY(SyncRows::rowsOf(
        m_fx->changes(out.summary.id), u"salesforce"_s, ChangeOperation::Update, email)
                .isEmpty());
    // Act-On keeps its own value (the CRM did not change).
    QCOMPARE(m_fx->listRows().value(email).value(u"Job Title"_s).toString(), u"Chief Listener"_s);
}

void TestEngineF2::bothChangedIsConflictAndCrmWins()
{
    const QJsonObject lead = person(2);
    const QString email = lead.value(u"Email"_s).toString().trimmed().toLower();
    QVERIFY(m_fx->patchListRow(email, { { u"Last Name"_s, u"FromActOn"_s } }));
    QVERIFY(m_fx->patchSf(
        u"Lead"_s, lead.value(u"Id"_s).toString(), { { u"LastName"_s, u"FromCrm"_s } }));
    const RunOutcome out = m_fx->run(m_flow);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    QCOMPARE(m_fx->listRows().value(email).value(u"Last Name"_s).toString(), u"FromCrm"_s);
    QCOMPARE(m_fx->sfRecords(u"Lead"_s).value(email).value(u"LastName"_s).toString(), u"FromCrm"_s);
    const auto conflicts = SyncRows::rowsOf(
        m_fx->changes(out.summary.id), u"salesforce"_s, ChangeOperation::Conflict, email);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().oldValue, u"FromCrm"_s);
    QCOMPARE(conflicts.first().newValue, u"FromActOn"_s);
    QVERIFY(conflicts.first().reason.contains(u"CRM wins"_s, Qt::CaseInsensitive)
        || conflicts.first().reason.contains(u"Salesforce"_s));
    QCOMPARE(out.summary.counts.conflicts, 1);
}

void TestEngineF2::scoreIsPushed()
{
    const QJsonObject lead = person(3);
    const QString email = lead.value(u"Email"_s).toString().trimmed().toLower();
    QVERIFY(m_fx->patchListRow(email, { { u"Score"_s, u"87"_s } }));
    const RunOutcome out = m_fx->run(m_flow);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    QCOMPARE(m_fx->sfRecords(u"Lead"_s).value(email).value(u"Score__c"_s).toDouble(), 87.0);
    QCOMPARE(SyncRows::rowsOf(m_fx->changes(out.summary.id), u"salesforce"_s,
                 ChangeOperation::Update, email, u"Score__c"_s)
                 .size(),
        1);
}

void TestEngineF2::hardBounceAndOptOutArePushed()
{
    const QJsonObject lead = person(4);
    const QString bounced = lead.value(u"Email"_s).toString().trimmed().toLower();
    const QJsonObject contact = person(2, u"Contact"_s);
    const QString optedOut = contact.value(u"Email"_s).toString().trimmed().toLower();
    QVERIFY(!m_fx->sfRecords(u"Contact"_s).value(optedOut).value(u"HasOptedOutOfEmail"_s).toBool());
    m_fx->control(m_fx->acton(), "POST", u"/_sandbox/records/hardbounce"_s,
        { { u"email"_s, bounced }, { u"origin"_s, u"test"_s } });
    QVERIFY(m_fx->lastStatus() < 300);
    m_fx->control(m_fx->acton(), "POST", u"/_sandbox/records/optout"_s,
        { { u"email"_s, optedOut }, { u"origin"_s, u"test"_s } });
    QVERIFY(m_fx->lastStatus() < 300);

    const RunOutcome out = m_fx->run(m_flow);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    const QString reason
        = m_fx->sfRecords(u"Lead"_s).value(bounced).value(u"EmailBouncedReason"_s).toString();
    QVERIFY2(reason.startsWith(u"Hard bounce (Act-On)"_s), qPrintable(reason));
    QVERIFY(m_fx->sfRecords(u"Contact"_s).value(optedOut).value(u"HasOptedOutOfEmail"_s).toBool());
    const auto changes = m_fx->changes(out.summary.id);
    QCOMPARE(SyncRows::rowsOf(changes, u"salesforce"_s, ChangeOperation::Update, bounced,
                 u"EmailBouncedReason"_s)
                 .size(),
        1);
    QCOMPARE(SyncRows::rowsOf(changes, u"salesforce"_s, ChangeOperation::Update, optedOut,
                 u"HasOptedOutOfEmail"_s)
                 .size(),
        1);

    // Pushed once: the next run leaves them alone.
    const RunOutcome again = m_fx->run(m_flow);
    QVERIFY(again.succeeded());
    QVERIFY(SyncRows::rowsOf(
        m_fx->changes(again.summary.id), u"salesforce"_s, ChangeOperation::Update, bounced)
                .isEmpty());
}

void TestEngineF2::crmBounceReasonSurvivesRowsReadAgain()
{
    // A CRM record with a bounce reason of its own keeps it. The run that adds it to Act-On
    // cannot know the new row's id; the next run reads the row back without the CRM record
    // (only the snapshot then says what the CRM has) and learns the id; a third run reads
    // neither and must not push Act-On's bounce over the CRM's reason.
    const QString email = u"bounce.kept@f2.example"_s;
    const QString ownReason = u"550 mailbox unavailable"_s;
    m_fx->control(m_fx->salesforce(), "POST", u"/_sandbox/records/Contact"_s,
        { { u"FirstName"_s, u"Kept"_s }, { u"LastName"_s, u"Bounce"_s }, { u"Email"_s, email },
            { u"EmailBouncedReason"_s, ownReason } });
    QVERIFY(m_fx->lastStatus() < 300);
    m_fx->control(m_fx->acton(), "POST", u"/_sandbox/records/hardbounce"_s,
        { { u"email"_s, email }, { u"origin"_s, u"test"_s } });
    QVERIFY(m_fx->lastStatus() < 300);
    // A later change elsewhere moves the Salesforce cursor past the contact's overlap window,
    // so the next runs do not read the contact again.
    m_fx->salesforce().advanceClock(3600);
    const QJsonObject other = person(4, u"Contact"_s);
    QVERIFY(m_fx->patchSf(
        u"Contact"_s, other.value(u"Id"_s).toString(), { { u"FirstName"_s, u"Later"_s } }));
    const quint32 bounceKey = LinkSnapshot::fieldKey(u"Hard Bounce");
    const auto knownReason = std::optional<quint64>(LinkSnapshot::valueHash(ownReason));

    const RunOutcome first = m_fx->run(m_flow);
    QVERIFY2(first.succeeded(), qPrintable(first.message));
    QCOMPARE(SyncRows::rowsOf(
                 m_fx->changes(first.summary.id), u"acton"_s, ChangeOperation::Create, email)
                 .size(),
        1);
    QCOMPARE(m_fx->links(m_flow).value(email).hashFor(bounceKey), knownReason);
    for (int i = 0; i < 2; ++i) {
        const RunOutcome out = m_fx->run(m_flow);
        QVERIFY2(out.succeeded(), qPrintable(out.message));
        QCOMPARE(out.summary.mode, RunMode::Incremental);
        QVERIFY2(SyncRows::rowsOf(
                     m_fx->changes(out.summary.id), u"salesforce"_s, ChangeOperation::Update, email)
                     .isEmpty(),
            qPrintable(u"run %1 after the create wrote the contact"_s.arg(i + 1)));
        QCOMPARE(
            m_fx->sfRecords(u"Contact"_s).value(email).value(u"EmailBouncedReason"_s).toString(),
            ownReason);
        QCOMPARE(m_fx->links(m_flow).value(email).hashFor(bounceKey), knownReason);
    }
    QVERIFY(!m_fx->links(m_flow).value(email).marketingId.isEmpty());
}

void TestEngineF2::crmDeleteRemovesActOnContact()
{
    const QJsonObject lead = person(5);
    const QString email = lead.value(u"Email"_s).toString().trimmed().toLower();
    QVERIFY(m_fx->listRows().contains(email));
    QVERIFY(m_fx->deleteSf(u"Lead"_s, lead.value(u"Id"_s).toString()));
    // Salesforce reports deletes per whole minute that has passed (getDeleted).
    m_fx->salesforce().advanceClock(120);
    const RunOutcome out = m_fx->run(m_flow);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    QVERIFY(!m_fx->listRows().contains(email));
    QCOMPARE(
        SyncRows::rowsOf(m_fx->changes(out.summary.id), u"acton"_s, ChangeOperation::Delete, email)
            .size(),
        1);
    QVERIFY(!m_fx->links(m_flow).contains(email));

    // Never the reverse: a contact deleted in Act-On stays in Salesforce.
    const QJsonObject other = person(6);
    const QString otherEmail = other.value(u"Email"_s).toString().trimmed().toLower();
    const QString rowId = m_fx->listRows().value(otherEmail).value(u"_contact_id_"_s).toString();
    m_fx->control(m_fx->acton(), "DELETE", u"/_sandbox/records/%1/%2"_s.arg(m_fx->listId(), rowId));
    const RunOutcome after = m_fx->run(m_flow);
    QVERIFY(after.succeeded());
    QVERIFY(m_fx->sfRecords(u"Lead"_s).contains(otherEmail));
}

void TestEngineF2::previewWritesHistoryOnly()
{
    const QJsonObject lead = person(7);
    const QString email = lead.value(u"Email"_s).toString().trimmed().toLower();
    QVERIFY(m_fx->patchSf(
        u"Lead"_s, lead.value(u"Id"_s).toString(), { { u"FirstName"_s, u"Preview"_s } }));
    const auto rowsBefore = m_fx->listRows();
    const auto cursorsBefore = m_fx->cursors(m_flow);
    const auto linksBefore = m_fx->links(m_flow);
    m_fx->acton().resetCounters();
    m_fx->salesforce().resetCounters();

    const RunOutcome out = m_fx->run(m_flow, /*preview*/ true);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    QCOMPARE(out.summary.mode, RunMode::Preview);
    QCOMPARE(writeCalls(m_fx->acton().counters()), 0);
    QCOMPARE(writeCalls(m_fx->salesforce().counters()), 0);
    QVERIFY(m_fx->acton().counters().value(u"total"_s).toInt() > 0); // it did read
    QCOMPARE(m_fx->listRows(), rowsBefore);
    QCOMPARE(m_fx->cursors(m_flow), cursorsBefore);
    QCOMPARE(m_fx->links(m_flow), linksBefore);
    const auto planned = SyncRows::rowsOf(
        m_fx->changes(out.summary.id), u"acton"_s, ChangeOperation::Update, email, u"First Name"_s);
    QCOMPARE(planned.size(), 1);
    QCOMPARE(planned.first().newValue, u"Preview"_s);

    // The real run then does exactly that.
    const RunOutcome real = m_fx->run(m_flow);
    QVERIFY(real.succeeded());
    QCOMPARE(m_fx->listRows().value(email).value(u"First Name"_s).toString(), u"Preview"_s);
}

void TestEngineF2::secondRequestRunsAgainWhenDone()
{
    QSignalSpy queued(&m_fx->engine(), &SyncEngine::runQueued);
    QSignalSpy started(&m_fx->engine(), &SyncEngine::runStarted);
    QSignalSpy finished(&m_fx->engine(), &SyncEngine::runFinished);
    RunRequest r;
    r.flowId = m_flow;
    r.credentials = m_fx->credentials();
    m_fx->engine().requestRun(r);
    QVERIFY(started.wait(10000));
    m_fx->engine().requestRun(r); // while running: once more when done
    m_fx->engine().requestRun(r); // and again: still only once more
    QCOMPARE(queued.size(), 3);
    QCOMPARE(queued.at(1).at(1).toInt(), 0);
    QVERIFY(QTest::qWaitFor([&] { return finished.size() >= 2; }, 60000));
    QTest::qWait(300);
    QCOMPARE(finished.size(), 2);
    QVERIFY(finished.at(0).first().value<RunOutcome>().runAgainQueued);
    QVERIFY(finished.at(1).first().value<RunOutcome>().succeeded());
    QVERIFY(m_fx->engine().isIdle());
    int count = 0;
    const auto rows = m_fx->listRows({}, &count);
    QCOMPARE(count, rows.size());
}

void TestEngineF2::cancelStopsWithinOneSecond()
{
    Sandbox::FaultSettings slow;
    slow.latencyMs = 400;
    m_fx->salesforce().setFaults(slow);
    QSignalSpy started(&m_fx->engine(), &SyncEngine::runStarted);
    QSignalSpy finished(&m_fx->engine(), &SyncEngine::runFinished);
    RunRequest r;
    r.flowId = m_flow;
    r.full = true;
    r.credentials = m_fx->credentials();
    m_fx->engine().requestRun(r);
    QVERIFY(started.wait(10000));
    QTest::qWait(200);
    QElapsedTimer timer;
    timer.start();
    m_fx->engine().cancel(m_flow);
    // The promise is one second; the bound leaves room for a loaded machine (two test
    // processes on two cores) and still fails a cancel that waits for the run to end
    // (tens of seconds at 400 ms per call).
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 5000));
    qInfo("cancel took %lld ms", timer.elapsed());
    QVERIFY2(timer.elapsed() <= 5000, qPrintable(QString::number(timer.elapsed())));
    m_fx->salesforce().setFaults({});
    const RunOutcome out = finished.first().first().value<RunOutcome>();
    QCOMPARE(out.summary.status, RunStatus::Cancelled);
    QVERIFY(!out.message.isEmpty());
    QCOMPARE(m_fx->runRow(out.summary.id).status, RunStatus::Cancelled);
    for (const RunSummary &s : m_fx->runs(m_flow))
        QVERIFY(RunSummary::isFinal(s.status));
    // The next run completes and leaves no duplicate.
    const RunOutcome next = m_fx->run(m_flow);
    QVERIFY2(next.succeeded(), qPrintable(next.message));
    int count = 0;
    const auto rows = m_fx->listRows({}, &count);
    QCOMPARE(count, rows.size());
}

namespace {

/// Every contact of the Act-On list @p listName is linked in @p flow and has a create row in
/// run @p runId; returns how many there are (-1 after a failed check).
int checkEveryRowRecorded(
    Test::EngineFixture &fx, qint64 flow, qint64 runId, const QString &listName)
{
    int rowCount = 0;
    const auto rows = fx.listRows(listName, &rowCount);
    if (rowCount != rows.size())
        return -1;
    const auto links = fx.links(flow);
    QSet<QString> created;
    for (const RecordChange &c : fx.changes(runId)) {
        if (c.system == u"acton"_s && c.operation == ChangeOperation::Create)
            created.insert(c.recordKey);
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (!links.contains(it.key()) || !created.contains(it.key())) {
            qWarning("not recorded: %s", qPrintable(it.key()));
            return -1;
        }
    }
    return created.size() == rows.size() ? int(rows.size()) : -1;
}

/// An F2 flow whose first run writes groups of 5 people, each one Act-On upsert that takes
/// 250 ms, three groups at a time; 0 when it could not be added.
qint64 addSlowGroupsFlow(Test::EngineFixture &fx)
{
    const qint64 flow = fx.addF2Flow(
        Test::EngineFixture::salesforceMap(), { { u"applyBatch"_s, 5 } });
    Sandbox::FaultSettings slow;
    slow.latencyMs = 250;
    fx.acton().setFaults(slow);
    return flow;
}

} // namespace

void TestEngineF2::cancelDuringWritesKeepsWhatWasWritten()
{
    // A flow of its own, so its first (full) run creates every Act-On contact in groups.
    Test::EngineFixture fx(Sandbox::DemoDataset::generate(77, 60));
    QVERIFY(fx.ok());
    const qint64 flow = addSlowGroupsFlow(fx);
    QVERIFY(flow > 0);
    // Cancel once the first group is recorded, while the next group's upload is in flight
    // (its calls take 250 ms each).
    const int kCancelAfterMs = qEnvironmentVariableIntValue("F2_CANCEL_AFTER_MS") > 0
        ? qEnvironmentVariableIntValue("F2_CANCEL_AFTER_MS")
        : 300;
    bool cancelled = false;
    fx.engine().setKillHook([&](const QString &checkpoint) {
        if (checkpoint == u"mid-apply"_s && !cancelled) {
            cancelled = true;
            QTimer::singleShot(kCancelAfterMs, &fx.engine(), [&fx, flow] { fx.engine().cancel(flow); });
        }
        return false;
    });
    const RunOutcome out = fx.run(flow, false, true);
    fx.engine().setKillHook({});
    fx.acton().setFaults({});
    QVERIFY(cancelled);
    QCOMPARE(out.summary.status, RunStatus::Cancelled);

    // Every contact Act-On has is linked and in the history; nothing else is.
    const int kept = checkEveryRowRecorded(fx, flow, out.summary.id, u"CRM contacts"_s);
    QVERIFY2(kept > 5, qPrintable(QString::number(kept)));
    QVERIFY2(kept < fx.cleanCrmPeople().size(), "the cancel came too late to test anything");
    qInfo("cancel kept %d written contacts of %lld", kept, qlonglong(fx.cleanCrmPeople().size()));

    // The next run completes without duplicates.
    const RunOutcome next = fx.run(flow);
    QVERIFY2(next.succeeded(), qPrintable(next.message));
    int rowCount = 0;
    const auto after = fx.listRows({}, &rowCount);
    QCOMPARE(rowCount, after.size());
    QCOMPARE(after.size(), fx.cleanCrmPeople().size());
}


void TestEngineF2::groupsInFlightOverlapAndAllLand()
{
    // Groups of 21 people (CSV merges, each an Act-On import job) into lists made
    // beforehand. The first status poll of the first job says "still pending", so that
    // job's answer comes a second later.
    Test::EngineFixture fx(Sandbox::DemoDataset::generate(79, 90));
    QVERIFY(fx.ok());
    const QStringList headings { u"E-mail Address"_s, u"First Name"_s, u"Last Name"_s,
        u"Company"_s, u"Job Title"_s, u"Business Phone"_s, u"Score"_s, u"Opt-Out"_s,
        u"Hard Bounce"_s, u"External ID"_s, u"Type"_s };
    const QString serialList = fx.acton().createList(u"One by one"_s, u"LeadBridge"_s, headings);
    const QString overlapList = fx.acton().createList(u"CRM contacts"_s, u"LeadBridge"_s, headings);
    Sandbox::FaultSettings pending;
    pending.jobPendingNext = 1;

    // One group at a time: Act-On never has two imports of this run open.
    const qint64 serial = fx.addF2Flow(Test::EngineFixture::salesforceMap(),
        { { u"applyBatch"_s, 21 }, { u"groupsInFlight"_s, 1 }, { u"listId"_s, serialList } });
    QVERIFY(serial > 0);
    QVERIFY(FlowRepository(fx.journal()).rename(serial, u"One by one"_s));
    fx.acton().setFaults(pending);
    const RunOutcome one = fx.run(serial, false, true);
    QVERIFY2(one.succeeded(), qPrintable(one.message));
    QCOMPARE(fx.acton().jobsOutstandingMax(), 1);
    const int created = one.summary.counts.created;
    QVERIFY2(created > 63, qPrintable(QString::number(created)));
    QCOMPARE(checkEveryRowRecorded(fx, serial, one.summary.id, u"One by one"_s), created);

    // The default: the next groups are uploaded while Act-On runs the first imports.
    FlowRepository flows(fx.journal());
    auto copy = flows.duplicate(serial, u"CRM contacts"_s);
    QVERIFY2(copy, qPrintable(copy.errorString()));
    Flow overlapping = copy.value();
    overlapping.settings = { { u"applyBatch"_s, 21 }, { u"listId"_s, overlapList } };
    QVERIFY(flows.update(overlapping));
    const qint64 flow = overlapping.id;
    fx.acton().setFaults(pending);
    const RunOutcome out = fx.run(flow, false, true);
    fx.acton().setFaults({});
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    QCOMPARE(out.summary.status, RunStatus::Succeeded);
    QVERIFY2(fx.acton().jobsOutstandingMax() >= 2,
        qPrintable(QString::number(fx.acton().jobsOutstandingMax())));
    QVERIFY(fx.acton().jobsOutstandingMax() <= CrmContactSyncRunner::kGroupsInFlight);
    QCOMPARE(out.summary.counts.created, created);
    QCOMPARE(checkEveryRowRecorded(fx, flow, out.summary.id, u"CRM contacts"_s), created);

    // The journal agrees with Act-On: the next run has nothing to do.
    const RunOutcome again = fx.run(flow);
    QVERIFY2(again.succeeded(), qPrintable(again.message));
    QCOMPARE(again.summary.counts.created + again.summary.counts.updated, 0);
}

void TestEngineF2::failureWithGroupsInFlightKeepsWhatWasWritten()
{
    Test::EngineFixture fx(Sandbox::DemoDataset::generate(83, 60));
    QVERIFY(fx.ok());
    const qint64 flow = addSlowGroupsFlow(fx);
    QVERIFY(flow > 0);
    // Once the first group is recorded, Act-On answers every call with a server error: the
    // groups in flight fail or finish, and the run ends once each is recorded.
    bool broken = false;
    fx.engine().setKillHook([&](const QString &checkpoint) {
        if (checkpoint == u"mid-apply"_s && !broken) {
            broken = true;
            Sandbox::FaultSettings failing = fx.acton().faults();
            failing.failNext = 100000;
            fx.acton().setFaults(failing);
        }
        return false;
    });
    const RunOutcome out = fx.run(flow, false, true);
    fx.engine().setKillHook({});
    fx.acton().setFaults({});
    QVERIFY(broken);
    QCOMPARE(out.summary.status, RunStatus::Failed);
    QVERIFY2(out.message.contains(u"Act-On"_s), qPrintable(out.message));

    // Every contact Act-On has is linked and has its create row; nothing else does.
    const int kept = checkEveryRowRecorded(fx, flow, out.summary.id, u"CRM contacts"_s);
    QVERIFY2(kept >= 5, qPrintable(QString::number(kept)));
    QVERIFY2(kept < fx.cleanCrmPeople().size(), "the failure came too late to test anything");
    QCOMPARE(int(fx.links(flow).size()), kept);

    // The next run adds the rest, without duplicates.
    const RunOutcome next = fx.run(flow);
    QVERIFY2(next.succeeded(), qPrintable(next.message));
    int rowCount = 0;
    const auto after = fx.listRows({}, &rowCount);
    QCOMPARE(rowCount, after.size());
    QCOMPARE(after.size(), fx.cleanCrmPeople().size());
    QCOMPARE(next.summary.counts.created, int(after.size()) - kept);
}

void TestEngineF2::failedWriteIsRetriedByTheNextIncrementalRun()
{
    Test::EngineFixture fx(Sandbox::DemoDataset::generate(91, 30));
    QVERIFY(fx.ok());
    auto failId = std::make_shared<QString>();
    fx.engine().setConnectorFactory(
        [failId](const ConnectorConfig &config, QNetworkAccessManager *nam) -> Connector * {
            if (config.account.kind == AccountKind::Salesforce)
                return new FailOnceSalesforce(config, nam, failId);
            return nullptr;
        });
    const qint64 flow = fx.addF2Flow();
    QVERIFY(flow > 0);
    const RunOutcome first = fx.run(flow);
    QVERIFY2(first.succeeded(), qPrintable(first.message));

    // Two people change their phone in Act-On; Salesforce refuses the first write of one.
    const auto people = fx.cleanCrmPeople();
    QStringList contacts;
    for (auto it = people.cbegin(); it != people.cend(); ++it) {
        if (it.value().value(u"_object"_s).toString() == u"Contact"_s)
            contacts.append(it.key());
    }
    contacts.sort();
    QVERIFY(contacts.size() >= 2);
    const QString refused = contacts.at(0);
    const QString accepted = contacts.at(1);
    fx.salesforce().advanceClock(60);
    fx.acton().advanceClock(60);
    QVERIFY(fx.patchListRow(refused, { { u"Business Phone"_s, u"+1 555 0111"_s } }));
    // The accepted change is much newer: a cursor at the newest change seen (less any
    // overlap) would leave the refused one behind.
    fx.acton().advanceClock(6 * 3600);
    QVERIFY(fx.patchListRow(accepted, { { u"Business Phone"_s, u"+1 555 0122"_s } }));
    *failId = fx.sfRecords(u"Contact"_s).value(refused).value(u"Id"_s).toString();
    QVERIFY(!failId->isEmpty());
    const RunOutcome failing = fx.run(flow);
    QCOMPARE(failing.summary.mode, RunMode::Incremental);
    QCOMPARE(failing.summary.status, RunStatus::SucceededWithErrors);
    QVERIFY(failId->isEmpty()); // the refusal happened
    QCOMPARE(fx.sfRecords(u"Contact"_s).value(accepted).value(u"Phone"_s).toString(),
        u"+1 555 0122"_s);
    QVERIFY(fx.sfRecords(u"Contact"_s).value(refused).value(u"Phone"_s).toString()
        != u"+1 555 0111"_s);

    // Nothing changes; the next incremental run writes the refused record.
    const RunOutcome retry = fx.run(flow);
    QVERIFY2(retry.succeeded(), qPrintable(retry.message));
    QCOMPARE(retry.summary.mode, RunMode::Incremental);
    QCOMPARE(retry.summary.status, RunStatus::Succeeded);
    QCOMPARE(fx.sfRecords(u"Contact"_s).value(refused).value(u"Phone"_s).toString(),
        u"+1 555 0111"_s);
    const auto pushed = SyncRows::rowsOf(fx.changes(retry.summary.id), u"salesforce"_s,
        ChangeOperation::Update, refused, u"Phone"_s);
    QCOMPARE(pushed.size(), 1);
    // And once written, the cursor moves on: a further run has nothing to do.
    const RunOutcome quiet = fx.run(flow);
    QVERIFY(quiet.succeeded());
    QCOMPARE(quiet.summary.counts.updated, 0);
}

void TestEngineF2::fieldAddedDuringFullRunIsBackfilled()
{
    Test::EngineFixture fx(Sandbox::DemoDataset::generate(55, 30));
    QVERIFY(fx.ok());
    const qint64 flow = fx.addF2Flow();
    QVERIFY(flow > 0);
    QVERIFY(fx.needsFullSync(flow));
    // While the first (full) run is going, the map gains "Business City" (Salesforce City).
    FieldMap bigger = Test::EngineFixture::salesforceMap();
    bigger.addRow(FieldMapRow::make(*StandardFields::byName(u"Business City"_s), u"City"_s,
        u"MailingCity"_s, true));
    bool changed = false;
    fx.engine().setKillHook([&](const QString &checkpoint) {
        if (checkpoint == u"after-fetch"_s && !changed) {
            FieldMapRepository maps(fx.journal());
            const auto saved = maps.save(flow, bigger);
            changed = saved.ok() && saved.value().fullSyncMarked;
        }
        return false;
    });
    const RunOutcome first = fx.run(flow);
    fx.engine().setKillHook({});
    QVERIFY(changed);
    QVERIFY2(first.succeeded(), qPrintable(first.message));
    QCOMPARE(first.summary.mode, RunMode::Full);
    // The run read the older map: the flag stays, the next run is full and fills the field.
    QVERIFY(fx.needsFullSync(flow));
    // Act-On merges only into the list's own columns: the admin adds the column there.
    QVERIFY(fx.acton().addColumn(fx.listId(), u"Business City"_s));
    const RunOutcome second = fx.run(flow);
    QVERIFY2(second.succeeded(), qPrintable(second.message));
    QCOMPARE(second.summary.mode, RunMode::Full);
    QVERIFY(!fx.needsFullSync(flow));
    const auto leads = fx.sfRecords(u"Lead"_s);
    const auto rows = fx.listRows();
    int filled = 0;
    for (auto it = leads.cbegin(); it != leads.cend(); ++it) {
        const QString city = it.value().value(u"City"_s).toString().trimmed();
        if (city.isEmpty() || !rows.contains(it.key()))
            continue;
        QCOMPARE(rows.value(it.key()).value(u"Business City"_s).toString(), city);
        ++filled;
    }
    QVERIFY(filled > 0);
    const RunOutcome third = fx.run(flow);
    QCOMPARE(third.summary.mode, RunMode::Incremental);
}

void TestEngineF2::missingCredentialsFailWithOneSentence()
{
    QSignalSpy finished(&m_fx->engine(), &SyncEngine::runFinished);
    RunRequest r;
    r.flowId = m_flow;
    m_fx->engine().requestRun(r); // no secrets
    QVERIFY(finished.wait(30000));
    const RunOutcome out = finished.first().first().value<RunOutcome>();
    QCOMPARE(out.summary.status, RunStatus::Failed);
    QVERIFY(!out.message.isEmpty());
    QVERIFY(!out.message.contains(u'\n'));
    QCOMPARE(m_fx->runRow(out.summary.id).errorSummary, out.message);

    // An unknown flow: refused with a sentence, nothing recorded.
    r.flowId = 999999;
    m_fx->engine().requestRun(r);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().first().value<RunOutcome>().summary.status, RunStatus::Failed);
    QVERIFY(!finished.last().first().value<RunOutcome>().message.isEmpty());
}

void TestEngineF2::fullRunDecision()
{
    FlowRepository flows(m_fx->journal());
    Flow flow = flows.get(m_flow).value();
    QString reason;
    QCOMPARE(m_fx->engine().needsFullRun(flow).value(), false);
    // A full run 15 days ago is too old.
    QSqlQuery q(m_fx->journal().database());
    q.exec(u"UPDATE runs SET started_at = '2000-01-01T00:00:00.000Z' WHERE mode = 'full'"_s);
    QCOMPARE(m_fx->engine().needsFullRun(flow, &reason).value(), true);
    QCOMPARE(reason, u"The last full run is more than 14 days old."_s);
    const RunOutcome out = m_fx->run(m_flow);
    QVERIFY(out.succeeded());
    QCOMPARE(out.summary.mode, RunMode::Full);
    QCOMPARE(m_fx->engine().needsFullRun(flow).value(), false);
    // The cadence is the flow's own setting (the flow editor's "Full sync: every N days").
    q.exec(u"UPDATE runs SET started_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-3 days') "
           "WHERE mode = 'full'"_s);
    QCOMPARE(m_fx->engine().needsFullRun(flow).value(), false);
    flow.settings.insert(u"fullSyncDays"_s, 2);
    QCOMPARE(SyncEngine::fullSyncDays(flow), 2);
    QCOMPARE(m_fx->engine().needsFullRun(flow, &reason).value(), true);
    QCOMPARE(reason, u"The last full run is more than 2 days old."_s);
    flow.settings.insert(u"fullSyncDays"_s, 0); // out of range: the default again
    QCOMPARE(SyncEngine::fullSyncDays(flow), SyncEngine::kFullSyncDays);
    flow.settings.insert(u"fullSyncDays"_s, u"often"_s);
    QCOMPARE(SyncEngine::fullSyncDays(flow), SyncEngine::kFullSyncDays);
    flow.settings.remove(u"fullSyncDays"_s);
    // A field added to the map marks the flow; the full run clears the mark.
    FieldMap map = Test::EngineFixture::salesforceMap();
    map.addRow(FieldMapRow::make(
        *StandardFields::byName(u"Lead Source"_s), u"LeadSource"_s, u"LeadSource"_s));
    FieldMapRepository maps(m_fx->journal());
    QVERIFY(maps.save(m_flow, map).value().fullSyncMarked);
    QVERIFY(m_fx->needsFullSync(m_flow));
    // Act-On merges only into the list's own columns: the admin adds the column there.
    QVERIFY(m_fx->acton().addColumn(m_fx->listId(), u"Lead Source"_s));
    const RunOutcome marked = m_fx->run(m_flow);
    QVERIFY(marked.succeeded());
    QCOMPARE(marked.summary.mode, RunMode::Full);
    QVERIFY(!m_fx->needsFullSync(m_flow));
}

void TestEngineF2::pipelinerContactsSyncBothWays()
{
    Test::EngineFixture fx(Sandbox::DemoDataset::generate(2026, 60));
    QVERIFY(fx.ok());
    const qint64 flow = fx.addPipelinerF2Flow(
        Test::FlowFieldMaps::pipelinerContacts(true, true), u"Pipeliner contacts"_s);
    QVERIFY(flow > 0);
    const RunOutcome out = fx.run(flow);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    const auto contacts = fx.plRecords(u"Contacts"_s, /*uniqueOnly*/ true);
    QVERIFY(contacts.size() > 5);
    int count = 0;
    const auto rows = fx.listRows(u"Pipeliner contacts"_s, &count);
    QCOMPARE(count, rows.size());
    for (auto it = contacts.cbegin(); it != contacts.cend(); ++it) {
        QVERIFY2(rows.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(rows.value(it.key()).value(u"Last Name"_s).toString(),
            it.value().value(u"last_name"_s).toString().trimmed());
    }
    const auto links = fx.links(flow, CrmKind::Pipeliner);
    QCOMPARE(links.size(), fx.plRecords(u"Contacts"_s).size()); // one per e-mail
    QCOMPARE(links.value(contacts.cbegin().key()).crmId,
        contacts.cbegin().value().value(u"id"_s).toString());

    // Pipeliner → Act-On, and the Act-On score → Pipeliner (batch-modify).
    QStringList emails = contacts.keys();
    emails.sort();
    const QJsonObject a = contacts.value(emails.at(0));
    const QJsonObject b = contacts.value(emails.at(1));
    QVERIFY(
        fx.patchPl(u"Contacts"_s, a.value(u"id"_s).toString(), { { u"first_name"_s, u"Pia"_s } }));
    QVERIFY(fx.patchListRow(emails.at(1), { { u"Score"_s, u"55"_s } }, u"Pipeliner contacts"_s));
    const RunOutcome second = fx.run(flow);
    QVERIFY2(second.succeeded(), qPrintable(second.message));
    QCOMPARE(second.summary.mode, RunMode::Incremental);
    QCOMPARE(
        fx.listRows(u"Pipeliner contacts"_s).value(emails.at(0)).value(u"First Name"_s).toString(),
        u"Pia"_s);
    QCOMPARE(
        fx.plRecords(u"Contacts"_s).value(emails.at(1)).value(u"cf_acton_score"_s).toInt(), 55);
    QCOMPARE(SyncRows::rowsOf(fx.changes(second.summary.id), u"pipeliner"_s,
                 ChangeOperation::Update, emails.at(1), u"cf_acton_score"_s)
                 .size(),
        1);
    Q_UNUSED(b);
}

void TestEngineF2::engineHostRunsOffTheCallersThread()
{
    // The GUI façade: the run happens on the engine thread, values come back queued.
    const QJsonObject lead = person(8);
    const QString email = lead.value(u"Email"_s).toString().trimmed().toLower();
    QVERIFY(m_fx->patchSf(
        u"Lead"_s, lead.value(u"Id"_s).toString(), { { u"FirstName"_s, u"Hosted"_s } }));
    EngineHost host;
    QSignalSpy queued(&host, &EngineHost::runQueued);
    QSignalSpy started(&host, &EngineHost::runStarted);
    QSignalSpy progress(&host, &EngineHost::runProgress);
    QSignalSpy finished(&host, &EngineHost::runFinished);
    QThread *progressThread = nullptr;
    connect(&host, &EngineHost::runProgress, this,
        [&progressThread] { progressThread = QThread::currentThread(); });
    RunRequest r;
    r.flowId = m_flow;
    r.trigger = RunTrigger::Manual;
    r.credentials = m_fx->credentials();
    host.requestRun(r);
    QVERIFY(finished.wait(60000));
    const RunOutcome out = finished.first().first().value<RunOutcome>();
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    QCOMPARE(out.summary.trigger, RunTrigger::Manual);
    QCOMPARE(queued.size(), 1);
    QCOMPARE(started.size(), 1);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progressThread, QThread::currentThread()); // delivered on the caller's thread
    QVERIFY(host.engineThread() != QThread::currentThread());
    QCOMPARE(m_fx->listRows().value(email).value(u"First Name"_s).toString(), u"Hosted"_s);
}

QTEST_GUILESS_MAIN(TestEngineF2)
#include "tst_engine_f2.moc"
