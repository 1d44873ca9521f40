// Undo a run end to end (docs/undo.md): SyncEngine + UndoRunner against the Act-On and
// Salesforce emulators. An F2 run updates records on both sides and adds an Act-On contact;
// one of its records is changed again; the undo's preview writes nothing, the undo restores
// the old values in the emulators, removes the Act-On contact, leaves the changed record alone
// with its reason, keeps the cursors, and the next run writes nothing back. An F4 run's
// Salesforce leads stay (skips with the reason). Failure paths: undo of a preview, of an
// unknown run, and an Act-On error in the middle of an undo (an Error row, not a crash).
#include "core/connectors/acton/ActOnConnector.h"
#include "core/engine/UndoRunCheck.h"
#include "core/sandbox/DemoDataset.h"
#include "tests/support/EngineFixture.h"
#include "tests/support/LeadHandoffCase.h"
#include "tests/support/SyncRows.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace LeadBridge;
using namespace Qt::StringLiterals;
using LeadBridge::Test::SyncRows;

namespace {

/// Act-On as it is, except that every upsert fails as a whole with a server error.
class FailingUpsertActOn : public ActOnConnector
{
public:
    using ActOnConnector::ActOnConnector;
    void write(const WriteRequest &request, Result<WriteResult> done) override
    {
        if (request.operation != WriteRequest::Operation::Upsert)
            return ActOnConnector::write(request, std::move(done));
        QTimer::singleShot(0, this, [done] {
            done(WriteResult(),
                ApiError(ApiError::Kind::Server,
                    u"Act-On answered with a server error (500). Try again later."_s,
                    u"test: upsert refused"_s));
        });
    }
};

QString emailOf(const QJsonObject &record)
{
    return record.value(u"Email"_s).toString().trimmed().toLower();
}

} // namespace

class TestEngineUndo : public Test::LeadHandoffCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void undoRestoresRemovesAndLeavesChangedRecordsAlone();
    void undoOfAPreviewOrAnUnknownRunIsRefused();
    void actOnErrorMidUndoIsAnErrorRow();
    void crmRecordsAddedByF4AreLeftWithAReason(); // own fixture
    void cleanupTestCase();

private:
    QJsonObject person(int nth, const QString &object = u"Lead"_s)
    {
        return SyncRows::person(m_fx->cleanCrmPeople(), nth, object);
    }
    RunOutcome undo(qint64 runId, bool preview)
    {
        RunRequest request;
        request.flowId = m_flow2;
        request.preview = preview;
        request.undoOfRunId = runId;
        return m_fx->runRequest(request);
    }

    std::unique_ptr<Test::EngineFixture> m_fx;
    qint64 m_flow2 = 0;
    qint64 m_previewRun = 0;
};

void TestEngineUndo::initTestCase()
{
    m_fx = std::make_unique<Test::EngineFixture>(Sandbox::DemoDataset::generate(2026, 80));
    QVERIFY(m_fx->ok());
    m_flow2 = m_fx->addF2Flow();
    QVERIFY(m_flow2 > 0);
    const RunOutcome first = m_fx->run(m_flow2);
    QVERIFY2(first.succeeded(), qPrintable(first.message));
}

void TestEngineUndo::cleanupTestCase()
{
    m_fx.reset();
}

void TestEngineUndo::undoRestoresRemovesAndLeavesChangedRecordsAlone()
{
    const QJsonObject ada = person(0);
    const QJsonObject bea = person(1);
    const QJsonObject cyd = person(0, u"Contact"_s);
    QVERIFY(!ada.isEmpty() && !bea.isEmpty() && !cyd.isEmpty());
    const QString adaEmail = emailOf(ada);
    const QString beaEmail = emailOf(bea);
    const QString cydEmail = emailOf(cyd);
    const QString adaFirst = m_fx->listRows().value(adaEmail).value(u"First Name"_s).toString();
    const QString cydPhone
        = m_fx->sfRecords(u"Contact"_s).value(cydEmail).value(u"Phone"_s).toString();
    QVERIFY(!adaFirst.isEmpty());
    QVERIFY(cydPhone != u"+44 20 7946 0001"_s);

    // Run N: a CRM change flows to Act-On (Ada, Bea), an Act-On change to Salesforce (Cyd),
    // and a new Salesforce lead becomes an Act-On contact (Dora). A full run reads both
    // sides, so it records the values it replaced.
    QVERIFY(m_fx->patchSf(u"Lead"_s, ada.value(u"Id"_s).toString(), { { u"FirstName"_s, u"Ottilie"_s } }));
    QVERIFY(m_fx->patchSf(u"Lead"_s, bea.value(u"Id"_s).toString(), { { u"LastName"_s, u"Beforeundo"_s } }));
    QVERIFY(m_fx->patchListRow(cydEmail, { { u"Business Phone"_s, u"+44 20 7946 0001"_s } }));
    const QString doraEmail = u"dora.undo@example.com"_s;
    m_fx->control(m_fx->salesforce(), "POST", u"/_sandbox/records/Lead"_s,
        { { u"FirstName"_s, u"Dora"_s }, { u"LastName"_s, u"Undo"_s }, { u"Email"_s, doraEmail },
            { u"Company"_s, u"Undo Ltd"_s } });
    QCOMPARE(m_fx->lastStatus(), 201);
    const RunOutcome run = m_fx->run(m_flow2, false, true);
    QVERIFY2(run.succeeded(), qPrintable(run.message));
    const qint64 n = run.summary.id;
    QCOMPARE(m_fx->listRows().value(adaEmail).value(u"First Name"_s).toString(), u"Ottilie"_s);
    QCOMPARE(m_fx->sfRecords(u"Contact"_s).value(cydEmail).value(u"Phone"_s).toString(),
        u"+44 20 7946 0001"_s);
    QVERIFY(m_fx->listRows().contains(doraEmail));
    const auto written = SyncRows::rowsOf(
        m_fx->changes(n), u"acton"_s, ChangeOperation::Update, adaEmail, u"First Name"_s);
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.first().oldValue, adaFirst);

    // Bea is changed again in Act-On after the run.
    QVERIFY(m_fx->patchListRow(beaEmail, { { u"Last Name"_s, u"Edited in Act-On"_s } }));
    const auto cursors = m_fx->cursors(m_flow2);
    const int listRowsBefore = int(m_fx->listRows().size());

    // The preview: the plan in the history, nothing written.
    const RunOutcome preview = undo(n, true);
    QVERIFY2(preview.succeeded(), qPrintable(preview.message));
    m_previewRun = preview.summary.id;
    QCOMPARE(preview.summary.mode, RunMode::Preview);
    QCOMPARE(preview.summary.undoOfRunId, n);
    QCOMPARE(m_fx->runRow(preview.summary.id).undoOfRunId, n);
    const auto planned = m_fx->changes(preview.summary.id);
    const auto restoreAda = SyncRows::rowsOf(
        planned, u"acton"_s, ChangeOperation::Update, adaEmail, u"First Name"_s);
    QCOMPARE(restoreAda.size(), 1);
    QCOMPARE(restoreAda.first().oldValue, u"Ottilie"_s);
    QCOMPARE(restoreAda.first().newValue, adaFirst);
    QCOMPARE(SyncRows::rowsOf(planned, u"acton"_s, ChangeOperation::Delete, doraEmail).size(), 1);
    const auto restoreCyd = SyncRows::rowsOf(
        planned, u"salesforce"_s, ChangeOperation::Update, cydEmail, u"Phone"_s);
    QCOMPARE(restoreCyd.size(), 1);
    QCOMPARE(restoreCyd.first().newValue, cydPhone);
    const auto beaAlone = SyncRows::rowsOf(
        planned, u"acton"_s, ChangeOperation::Skip, beaEmail, u"Last Name"_s);
    QCOMPARE(beaAlone.size(), 1);
    QVERIFY2(beaAlone.first().reason.contains(u"Changed since run %1"_s.arg(n))
            && beaAlone.first().reason.contains(u"Edited in Act-On"_s),
        qPrintable(beaAlone.first().reason));
    QCOMPARE(m_fx->listRows().value(adaEmail).value(u"First Name"_s).toString(), u"Ottilie"_s);
    QCOMPARE(m_fx->listRows().size(), listRowsBefore);

    // Apply: a new run, "undo of run N".
    const RunOutcome applied = undo(n, false);
    QVERIFY2(applied.succeeded(), qPrintable(applied.message));
    QCOMPARE(applied.summary.status, RunStatus::Succeeded);
    QCOMPARE(applied.summary.mode, RunMode::Incremental);
    QCOMPARE(m_fx->runRow(applied.summary.id).undoOfRunId, n);
    const auto rows = m_fx->listRows();
    QCOMPARE(rows.value(adaEmail).value(u"First Name"_s).toString(), adaFirst);
    QVERIFY(!rows.contains(doraEmail));
    QCOMPARE(rows.size(), listRowsBefore - 1);
    QCOMPARE(rows.value(beaEmail).value(u"Last Name"_s).toString(), u"Edited in Act-On"_s);
    QCOMPARE(m_fx->sfRecords(u"Contact"_s).value(cydEmail).value(u"Phone"_s).toString(), cydPhone);
    // The CRM keeps what it has: Ada's own change and Dora's lead.
    QCOMPARE(m_fx->sfRecords(u"Lead"_s).value(adaEmail).value(u"FirstName"_s).toString(),
        u"Ottilie"_s);
    QVERIFY(m_fx->sfRecords(u"Lead"_s).contains(doraEmail));
    const auto done = m_fx->changes(applied.summary.id);
    QCOMPARE(SyncRows::rowsOf(done, u"acton"_s, ChangeOperation::Skip, beaEmail).size(), 1);
    QCOMPARE(SyncRows::rowsOf(done, u"acton"_s, ChangeOperation::Delete, doraEmail).size(), 1);
    QCOMPARE(applied.summary.counts.deleted, 1);
    QVERIFY(applied.summary.counts.updated >= 2);
    // Cursors stay; snapshots follow the restored values; Dora keeps her link.
    QCOMPARE(m_fx->cursors(m_flow2), cursors);
    const auto links = m_fx->links(m_flow2);
    QVERIFY(links.contains(doraEmail));
    QCOMPARE(links.value(adaEmail).hashFor(LinkSnapshot::fieldKey(u"First Name"))
                 .value_or(0),
        LinkSnapshot::valueHash(adaFirst));
    QCOMPARE(links.value(cydEmail).hashFor(LinkSnapshot::fieldKey(u"Business Phone"))
                 .value_or(0),
        LinkSnapshot::valueHash(cydPhone));

    // The next run does not sync the undone changes back: Cyd's phone (restored in
    // Salesforce) and Dora (removed from Act-On; Salesforce still has her lead, and this run
    // reads it again: Salesforce reads overlap by five minutes). Ada's first name is the
    // exception docs/undo.md names: her change came from Salesforce, which still holds it, and
    // the overlap reads her lead again, so it is copied to Act-On once more.
    const RunOutcome next = m_fx->run(m_flow2);
    QVERIFY2(next.succeeded(), qPrintable(next.message));
    QCOMPARE(next.summary.mode, RunMode::Incremental);
    const auto after = m_fx->changes(next.summary.id);
    for (const QString &email : { cydEmail, doraEmail }) {
        for (const QString &system : { u"acton"_s, u"salesforce"_s }) {
            for (ChangeOperation op :
                { ChangeOperation::Create, ChangeOperation::Update, ChangeOperation::Delete })
                QVERIFY2(SyncRows::rowsOf(after, system, op, email).isEmpty(),
                    qPrintable(email + u' ' + system));
        }
    }
    QVERIFY(SyncRows::rowsOf(after, u"salesforce"_s, ChangeOperation::Update, adaEmail).isEmpty());
    QVERIFY(!m_fx->listRows().contains(doraEmail));
    QCOMPARE(m_fx->sfRecords(u"Contact"_s).value(cydEmail).value(u"Phone"_s).toString(), cydPhone);

    // Undoing run N again leaves everything alone: later runs changed it since.
    const RunOutcome again = undo(n, true);
    QVERIFY2(again.succeeded(), qPrintable(again.message));
    const auto secondPlan = m_fx->changes(again.summary.id);
    QVERIFY(SyncRows::rowsOf(secondPlan, u"acton"_s, ChangeOperation::Update).isEmpty());
    QVERIFY(SyncRows::rowsOf(secondPlan, u"acton"_s, ChangeOperation::Delete).isEmpty());
    const auto cydNow
        = SyncRows::rowsOf(secondPlan, u"salesforce"_s, ChangeOperation::Skip, cydEmail);
    QCOMPARE(cydNow.size(), 1);
    QVERIFY2(cydNow.first().reason.contains(u"by run %1"_s.arg(applied.summary.id)),
        qPrintable(cydNow.first().reason));
}

void TestEngineUndo::undoOfAPreviewOrAnUnknownRunIsRefused()
{
    QVERIFY(m_previewRun > 0);
    const RunOutcome ofPreview = undo(m_previewRun, false);
    QCOMPARE(ofPreview.summary.status, RunStatus::Failed);
    QCOMPARE(ofPreview.message,
        u"Run %1 was a preview and wrote nothing, so there is nothing to undo."_s.arg(m_previewRun));
    QCOMPARE(UndoRunCheck::problem(m_fx->journal(), m_previewRun), ofPreview.message);

    const RunOutcome unknown = undo(987654, true);
    QCOMPARE(unknown.summary.status, RunStatus::Failed);
    QVERIFY2(unknown.message.startsWith(u"There is no run 987654 in the history."_s),
        qPrintable(unknown.message));
    QVERIFY(UndoRunCheck::problem(m_fx->journal(), 987654).startsWith(u"There is no run 987654"_s));

    // A run that wrote nothing.
    const RunOutcome idle = m_fx->run(m_flow2);
    QVERIFY(idle.succeeded());
    if (idle.summary.counts.created + idle.summary.counts.updated + idle.summary.counts.deleted
        == 0)
        QCOMPARE(UndoRunCheck::problem(m_fx->journal(), idle.summary.id),
            u"Run %1 wrote nothing, so there is nothing to undo."_s.arg(idle.summary.id));
}

void TestEngineUndo::actOnErrorMidUndoIsAnErrorRow()
{
    const QJsonObject eve = person(5);
    const QJsonObject fin = person(2, u"Contact"_s);
    const QString eveEmail = emailOf(eve);
    const QString finEmail = emailOf(fin);
    const QString finPhone
        = m_fx->sfRecords(u"Contact"_s).value(finEmail).value(u"Phone"_s).toString();
    QVERIFY(m_fx->patchSf(u"Lead"_s, eve.value(u"Id"_s).toString(), { { u"FirstName"_s, u"Errol"_s } }));
    QVERIFY(m_fx->patchListRow(finEmail, { { u"Business Phone"_s, u"+1 555 0199"_s } }));
    const RunOutcome run = m_fx->run(m_flow2, false, true);
    QVERIFY2(run.succeeded(), qPrintable(run.message));

    m_fx->engine().setConnectorFactory(
        [](const ConnectorConfig &config, QNetworkAccessManager *nam) -> Connector * {
            if (config.account.kind == AccountKind::ActOn)
                return new FailingUpsertActOn(config, nam);
            return nullptr;
        });
    const RunOutcome out = undo(run.summary.id, false);
    m_fx->engine().setConnectorFactory({});
    QCOMPARE(out.summary.status, RunStatus::SucceededWithErrors);
    const auto rows = m_fx->changes(out.summary.id);
    const auto errors = SyncRows::rowsOf(rows, u"acton"_s, ChangeOperation::Error, eveEmail);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().reason, u"Act-On answered with a server error (500). Try again later."_s);
    QCOMPARE(out.summary.counts.errors, 1);
    // Act-On kept the run's value; Salesforce was restored all the same.
    QCOMPARE(m_fx->listRows().value(eveEmail).value(u"First Name"_s).toString(), u"Errol"_s);
    QCOMPARE(m_fx->sfRecords(u"Contact"_s).value(finEmail).value(u"Phone"_s).toString(), finPhone);
}

void TestEngineUndo::crmRecordsAddedByF4AreLeftWithAReason()
{
    startBobHandoffToSalesforce();
    QVERIFY(m_flow > 0);
    const RunOutcome run = h->runFull(m_flow);
    QVERIFY2(run.succeeded(), qPrintable(run.message));
    QVERIFY(run.summary.counts.created >= 1);
    const int leads = int(h->sfRecordList(u"Lead"_s).size());

    RunRequest request;
    request.flowId = m_flow;
    request.undoOfRunId = run.summary.id;
    const RunOutcome out = h->runRequest(request);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    QCOMPARE(h->sfRecordList(u"Lead"_s).size(), leads);
    const auto rows = h->changes(out.summary.id);
    const auto skips = SyncRows::rowsOf(rows, u"salesforce"_s, ChangeOperation::Skip);
    QVERIFY(!skips.isEmpty());
    for (const RecordChange &skip : skips)
        QVERIFY2(skip.reason.contains(u"LeadBridge never deletes Salesforce records"_s),
            qPrintable(skip.reason));
    QCOMPARE(out.summary.counts.created + out.summary.counts.updated + out.summary.counts.deleted,
        0);
    h.reset();
}

QTEST_GUILESS_MAIN(TestEngineUndo)
#include "tst_engine_undo.moc"
