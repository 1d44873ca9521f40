// History → Undo run… on the built-in sandbox, as a person uses it: an F2 flow (Salesforce ↔
// Act-On) runs on the engine thread against the in-process emulators, two Salesforce leads are
// changed and a full run writes the changes to Act-On; one of the two Act-On rows is edited
// again. The run is selected in History and "Undo run…" clicked: the dialog shows the plan
// (one value to restore, the edited row left alone with its reason), Apply undo runs it as a
// new run, and the sandbox holds the old value again while the edited row keeps its edit.
// "Undo run…" is disabled, with the reason as its tooltip, for a preview. With
// LEADBRIDGE_SCREENSHOT_DIR set, the dialog is saved there as undo.png.
#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/engine/RunLauncher.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/Journal.h"
#include "tests/support/AppTestEnvironment.h"
#include "tests/support/TestEnv.h"
#include "tests/support/ui/AppWindowFixture.h"
#include "tests/support/ui/SandboxControl.h"
#include "ui/HistoryPage.h"
#include "ui/MainWindow.h"
#include "ui/history/RunListModel.h"
#include "ui/history/UndoDialog.h"

#include <QAction>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

class TestUndoRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void undoIsDisabledForAPreview();
    void undoRestoresTheSandboxAndLeavesAnEditedRowAlone();

private:
    RunOutcome runFlow(bool preview, bool full);
    /// Act-On rows of the flow's list by lower-cased e-mail.
    QHash<QString, QJsonObject> listRows();
    /// Selects run @p runId in History (refreshing it first).
    void selectRun(qint64 runId);

    Test::AppWindowFixture m_app;
    qint64 m_flowId = 0;
    QUrl m_acton;
    QUrl m_salesforce;
    QString m_listId;
};

void TestUndoRun::initTestCase()
{
    LEADBRIDGE_START_SANDBOX_APP(m_app, u"tst_undorun"_s);
    QVERIFY(m_app.showHistoryWindow(QSize(1280, 760)));
    m_app.history()->setRunServices(m_app.launcher(), m_app.engine());
    m_app.window()->setCurrentPage(u"history"_s);
    m_flowId = m_app.addContactSync(
        u"Undo contacts"_s, { { "Company", "Company", "" } }, &m_salesforce, &m_acton);
    QVERIFY(m_flowId > 0 && m_salesforce.isValid() && m_acton.isValid());

    const RunOutcome first = runFlow(false, true);
    QVERIFY2(first.succeeded(), qPrintable(first.message));
    m_listId = m_app.actOnListOf(first.summary.id);
    QVERIFY(!m_listId.isEmpty());
}

void TestUndoRun::cleanupTestCase()
{
    m_app.close();
}

RunOutcome TestUndoRun::runFlow(bool preview, bool full)
{
    RunOutcome outcome;
    bool done = false;
    const auto finished
        = connect(m_app.engine(), &EngineHost::runFinished, this, [&](const RunOutcome &o) {
              if (o.summary.flowId == m_flowId) {
                  outcome = o;
                  done = true;
              }
          });
    const auto failed = connect(
        m_app.launcher(), &RunLauncher::launchFailed, this, [&](qint64, const QString &sentence) {
            outcome.message = sentence;
            done = true;
        });
    RunRequest request;
    request.flowId = m_flowId;
    request.preview = preview;
    request.full = full;
    m_app.launcher()->launch(request);
    if (!QTest::qWaitFor([&done] { return done; }, 300000))
        qWarning("the run did not end within 5 minutes");
    disconnect(finished);
    disconnect(failed);
    return outcome;
}

QHash<QString, QJsonObject> TestUndoRun::listRows()
{
    return Test::SandboxControl::listRows(m_acton, m_listId);
}

void TestUndoRun::selectRun(qint64 runId)
{
    m_app.history()->refresh();
    QVERIFY(QTest::qWaitFor([&] { return m_app.history()->selectRun(runId); }, 10000));
    QCOMPARE(m_app.history()->selectedRunId(), runId);
}

void TestUndoRun::undoIsDisabledForAPreview()
{
    const RunOutcome preview = runFlow(true, false);
    QVERIFY2(preview.succeeded(), qPrintable(preview.message));
    selectRun(preview.summary.id);
    QVERIFY(!m_app.history()->undoButton()->isEnabled());
    QVERIFY(!m_app.history()->undoAction()->isEnabled());
    QCOMPARE(m_app.history()->undoButton()->toolTip(),
        u"Run %1 was a preview and wrote nothing, so there is nothing to undo."_s.arg(
            preview.summary.id));
    // Still asked (e.g. from a shortcut): the banner says why, no dialog opens.
    QVERIFY(!m_app.history()->undoSelectedRun());
    QVERIFY(m_app.history()->undoDialog() == nullptr);
}

void TestUndoRun::undoRestoresTheSandboxAndLeavesAnEditedRowAlone()
{
    // Two Salesforce leads that are on the Act-On list, changed in Salesforce.
    const QHash<QString, QJsonObject> rows = listRows();
    QList<QJsonObject> leads;
    for (const QJsonValue &v :
        Test::SandboxControl::call(m_salesforce, "GET", u"/_sandbox/records/Lead?limit=100000"_s)
            .value(u"records"_s)
            .toArray()) {
        const QJsonObject lead = v.toObject();
        const QString email = lead.value(u"Email"_s).toString().trimmed().toLower();
        if (lead.value(u"IsDeleted"_s).toBool() || !rows.contains(email)
            || rows.value(email).value(u"First Name"_s).toString().isEmpty())
            continue;
        leads.append(lead);
        if (leads.size() == 2)
            break;
    }
    QCOMPARE(leads.size(), 2);
    const QString restoredEmail = leads.at(0).value(u"Email"_s).toString().trimmed().toLower();
    const QString editedEmail = leads.at(1).value(u"Email"_s).toString().trimmed().toLower();
    const QString restoredFirst = rows.value(restoredEmail).value(u"First Name"_s).toString();
    for (const QJsonObject &lead : leads) {
        Test::SandboxControl::call(m_salesforce, "PATCH",
            u"/_sandbox/records/Lead/%1"_s.arg(lead.value(u"Id"_s).toString()),
            { { u"FirstName"_s, u"Undine"_s } });
    }
    const RunOutcome run = runFlow(false, true);
    QVERIFY2(run.succeeded(), qPrintable(run.message));
    QCOMPARE(listRows().value(restoredEmail).value(u"First Name"_s).toString(), u"Undine"_s);
    // The second row is edited in Act-On after the run.
    Test::SandboxControl::call(m_acton, "PATCH",
        u"/_sandbox/records/%1/%2"_s.arg(m_listId,
            rows.value(editedEmail).value(u"_contact_id_"_s).toString()),
        { { u"First Name"_s, u"Edited later"_s } });
    QCOMPARE(listRows().value(editedEmail).value(u"First Name"_s).toString(), u"Edited later"_s);

    // History: select the run, click Undo run…, and the plan comes.
    selectRun(run.summary.id);
    QVERIFY(m_app.history()->undoButton()->isEnabled());
    QTest::mouseClick(m_app.history()->undoButton(), Qt::LeftButton);
    UndoDialog *dialog = m_app.history()->undoDialog();
    QVERIFY(dialog);
    QSignalSpy planned(dialog, &UndoDialog::previewFinished);
    QVERIFY(planned.count() == 1 || planned.wait(120000));
    QCOMPARE(dialog->stage(), UndoDialog::Stage::Planned);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->summaryText(),
        u"Undo of run %1. To restore: 1. To delete: 0. Left alone: 1."_s.arg(run.summary.id));
    // Nothing written by the preview.
    QCOMPARE(listRows().value(restoredEmail).value(u"First Name"_s).toString(), u"Undine"_s);
    QTableWidget *table = dialog->table();
    int restoreRow = -1;
    int aloneRow = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 2)->text() == restoredEmail && table->item(r, 3)->text() == u"First Name"_s)
            restoreRow = r;
        if (table->item(r, 2)->text() == editedEmail && table->item(r, 3)->text() == u"First Name"_s)
            aloneRow = r;
    }
    QVERIFY(restoreRow >= 0 && aloneRow >= 0);
    QCOMPARE(table->item(restoreRow, 0)->text(), u"Restore"_s);
    QCOMPARE(table->item(restoreRow, 4)->text(), u"Undine"_s);
    QCOMPARE(table->item(restoreRow, 5)->text(), restoredFirst);
    QCOMPARE(table->item(aloneRow, 0)->text(), u"Left alone"_s);
    QCOMPARE(table->item(aloneRow, 6)->text(),
        u"Changed since run %1: now “Edited later”, so it is left alone."_s.arg(run.summary.id));
    QVERIFY(dialog->applyButton()->isEnabled());

    const QString shots = qEnvironmentVariable("LEADBRIDGE_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        table->scrollToItem(table->item(aloneRow, 0));
        QVERIFY(dialog->grab().save(QDir(shots).filePath(u"undo.png"_s), "PNG"));
    }

    // Apply undo: a new run, and the sandbox holds the old value again.
    QSignalSpy applied(dialog, &UndoDialog::applyFinished);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QCOMPARE(dialog->stage(), UndoDialog::Stage::Applying);
    QVERIFY(applied.wait(120000));
    QCOMPARE(dialog->stage(), UndoDialog::Stage::Applied);
    const RunOutcome undone = applied.first().first().value<RunOutcome>();
    QVERIFY2(undone.succeeded(), qPrintable(undone.message));
    QCOMPARE(undone.summary.undoOfRunId, run.summary.id);
    QCOMPARE(listRows().value(restoredEmail).value(u"First Name"_s).toString(), restoredFirst);
    QCOMPARE(listRows().value(editedEmail).value(u"First Name"_s).toString(), u"Edited later"_s);
    QCOMPARE(dialog->cancelButton()->text(), u"Close"_s);

    // History shows it as the undo of the run, selected.
    QCOMPARE(m_app.history()->selectedRunId(), undone.summary.id);
    const int row = m_app.history()->runModel()->rowOfRun(undone.summary.id);
    QVERIFY(row >= 0);
    QCOMPARE(m_app.history()->runModel()->index(row, RunListModel::ModeColumn).data().toString(),
        u"Undo of run %1"_s.arg(run.summary.id));
    QVERIFY(m_app.history()->runDetailText().contains(
        u"This run is the undo of run %1."_s.arg(run.summary.id)));
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return m_app.history()->undoDialog() == nullptr; }, 5000));
}

QTEST_MAIN(TestUndoRun)
#include "tst_undorun.moc"
