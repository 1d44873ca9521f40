// Preview → plan view → Apply this plan on the built-in sandbox, as a person uses it: an F2
// flow (Salesforce leads → Act-On) has run once; two leads get a new first name in
// Salesforce. Preview in the toolbar ends in the plan view (both updates, with before →
// after, filtered by operation, system and text, and the API calls applying needs). Then one
// of the two leads changes again in Salesforce, and Apply this plan is clicked: the other
// lead's change is written exactly as previewed, the changed one is not written — it is
// listed as Skip with the new plan and the reason — and the next Sync Now writes it. A
// preview applied once cannot be applied again; Review plan… is only for previews. The held
// lead's timeline, open in History, shows the write of the next run when it ends. With
// LEADBRIDGE_SCREENSHOT_DIR set, the plan view is saved there as plan.png.
#include "core/engine/AccountService.h"
#include "tests/support/TestEnv.h"
#include "tests/support/ui/AppWindowFixture.h"
#include "tests/support/ui/SandboxControl.h"
#include "ui/FlowsPage.h"
#include "ui/HistoryPage.h"
#include "ui/MainWindow.h"
#include "ui/RunController.h"
#include "ui/Translations.h"
#include "ui/flows/ForecastView.h"
#include "ui/history/ChangeListModel.h"
#include "ui/history/PersonTimelineModel.h"
#include "ui/history/PersonTimelineView.h"
#include "ui/history/PlanDialog.h"
#include "ui/history/RunListModel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

class TestApplyPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void reviewPlanIsOnlyForPreviews();
    void applyWritesThePlanAndReplansAChangedRecord();

private:
    /// Triggers the toolbar action @p name and waits for the run it starts to end.
    RunOutcome runFromToolbar(const QString &name);
    /// The Act-On row of @p email on the flow's list.
    QJsonObject listRow(const QString &email);
    /// Rows of the plan view matching @p op (-1: all), @p system (empty: all) and @p search.
    qint64 planRows(PlanDialog *dialog, int op, const QString &system, const QString &search);

    Test::AppWindowFixture m_app;
    qint64 m_flowId = 0;
    QUrl m_acton;
    QUrl m_salesforce;
    QString m_listId;
};

void TestApplyPlan::initTestCase()
{
    LEADBRIDGE_START_SANDBOX_APP(m_app, u"tst_applyplan"_s);
    // The English plural forms ("1 record was …"), as the app installs them.
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English)));
    m_flowId = m_app.addContactSync(
        u"Plan contacts"_s, { { "Company", "Company", "" } }, &m_salesforce, &m_acton);
    QVERIFY(m_flowId > 0);
    QVERIFY(m_salesforce.isValid() && m_acton.isValid());
    QVERIFY(m_app.showWindow(QSize(1280, 800)));
    m_app.window()->setCurrentPage(u"flows"_s);
    QVERIFY(m_app.flows()->selectFlow(m_flowId));

    const RunOutcome first = runFromToolbar(u"syncNowAction"_s);
    QVERIFY2(first.succeeded(), qPrintable(first.message));
    m_listId = m_app.actOnListOf(first.summary.id);
    QVERIFY(!m_listId.isEmpty());
}

void TestApplyPlan::cleanupTestCase()
{
    m_app.close();
}

RunOutcome TestApplyPlan::runFromToolbar(const QString &name)
{
    QSignalSpy ended(m_app.controller(), &RunController::runEnded);
    auto *action = m_app.window()->findChild<QAction *>(name);
    if (!action || !action->isEnabled()) {
        qWarning("%s is missing or disabled", qPrintable(name));
        return {};
    }
    action->trigger();
    if (!ended.wait(300000))
        qWarning("the run did not end within 5 minutes");
    return ended.isEmpty() ? RunOutcome() : ended.first().first().value<RunOutcome>();
}

QJsonObject TestApplyPlan::listRow(const QString &email)
{
    return Test::SandboxControl::listRows(m_acton, m_listId).value(email);
}

qint64 TestApplyPlan::planRows(
    PlanDialog *dialog, int op, const QString &system, const QString &search)
{
    dialog->operationFilter()->setCurrentIndex(dialog->operationFilter()->findData(op));
    dialog->systemFilter()->setCurrentIndex(dialog->systemFilter()->findData(system));
    dialog->searchField()->setText(search);
    // The search waits for typing to pause, or goes at once on Enter: no timing in the test.
    // Enter searches and nothing else: it must not press Apply or Close.
    const PlanDialog::Stage stage = dialog->stage();
    QTest::keyClick(dialog->searchField(), Qt::Key_Return);
    if (dialog->stage() != stage || !dialog->isVisible())
        return -1;
    return dialog->model()->totalCount();
}

void TestApplyPlan::reviewPlanIsOnlyForPreviews()
{
    m_app.window()->setCurrentPage(u"history"_s);
    m_app.history()->refresh();
    const qint64 fullRun = m_app.count(u"SELECT max(id) FROM runs"_s);
    QVERIFY(m_app.history()->selectRun(fullRun));
    QVERIFY(!m_app.history()->reviewPlanButton()->isEnabled());
    QCOMPARE(m_app.history()->reviewPlanButton()->toolTip(),
        u"Run %1 is not a preview. Select a run whose mode is Preview, or press Preview on the "
        "Flows page."_s.arg(fullRun));
    QVERIFY(!m_app.history()->reviewSelectedPlan());
    QVERIFY(m_app.history()->planDialog() == nullptr);
    m_app.window()->setCurrentPage(u"flows"_s);
}

void TestApplyPlan::applyWritesThePlanAndReplansAChangedRecord()
{
    // Two leads on the list with a first name, renamed in Salesforce.
    QStringList emails;
    QStringList ids;
    QHash<QString, QString> firstNames;
    for (const QJsonValue &v : Test::SandboxControl::records(m_salesforce, u"Lead"_s)) {
        const QJsonObject lead = v.toObject();
        const QString email = lead.value(u"Email"_s).toString().trimmed().toLower();
        const QString first = listRow(email).value(u"First Name"_s).toString();
        if (lead.value(u"IsDeleted"_s).toBool() || email.isEmpty() || first.isEmpty())
            continue;
        emails.append(email);
        ids.append(lead.value(u"Id"_s).toString());
        firstNames.insert(email, first);
        if (emails.size() == 2)
            break;
    }
    QCOMPARE(emails.size(), 2);
    for (const QString &id : std::as_const(ids))
        QCOMPARE(Test::SandboxControl::patch(
                     m_salesforce, u"Lead"_s, id, { { u"FirstName"_s, u"Pia"_s } }),
            200);

    // Preview in the toolbar: the plan view opens with both updates.
    const RunOutcome preview = runFromToolbar(u"previewAction"_s);
    QVERIFY2(preview.succeeded(), qPrintable(preview.message));
    QTRY_VERIFY_WITH_TIMEOUT(m_app.history()->planDialog() != nullptr, 10000);
    PlanDialog *dialog = m_app.history()->planDialog();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->previewRunId(), preview.summary.id);
    QCOMPARE(dialog->stage(), PlanDialog::Stage::Reviewing);
    QVERIFY2(dialog->summaryText().contains(u": 0 to create, 2 to update, 0 to delete"_s),
        qPrintable(dialog->summaryText()));
    QCOMPARE(dialog->statusText(), u"Review the plan, then click Apply this plan to write it."_s);
    QVERIFY(dialog->applyButton()->isEnabled());
    // Enter never writes: Close is the dialog's default button.
    QVERIFY(dialog->closeButton()->isDefault());
    QVERIFY(!dialog->applyButton()->isDefault());
    // Filters: operation, system and text.
    const int update = int(ChangeOperation::Update);
    QCOMPARE(planRows(dialog, update, u"acton"_s, emails.at(0)), 1);
    const RecordChange row = dialog->model()->changeAt(0);
    QCOMPARE(row.field, u"First Name"_s);
    // An incremental run reads only the changed Salesforce lead, so Act-On's value is not
    // known before the write (an empty "before").
    QCOMPARE(row.newValue, u"Pia"_s);
    // The system filter offers the systems the plan writes to: Act-On only here.
    QCOMPARE(dialog->systemFilter()->count(), 2);
    QCOMPARE(dialog->systemFilter()->itemText(1), u"Act-On"_s);
    QCOMPARE(planRows(dialog, update, u"acton"_s, u"no-such-person@example.org"_s), 0);
    QCOMPARE(planRows(dialog, int(ChangeOperation::Delete), QString(), QString()), 0);
    QCOMPARE(planRows(dialog, update, QString(), u"Pia"_s), 2);
    // The API calls applying it needs.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->forecastView()->isBusy(), 60000);
    QVERIFY2(dialog->forecastView()->summaryText().contains(u"API call"_s),
        qPrintable(dialog->forecastView()->summaryText()));
    // Nothing was written by the preview.
    QCOMPARE(
        listRow(emails.at(0)).value(u"First Name"_s).toString(), firstNames.value(emails.at(0)));
    const QString shots = qEnvironmentVariable("LEADBRIDGE_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        planRows(dialog, -1, QString(), QString());
        QVERIFY(dialog->grab().save(QDir(shots).filePath(u"plan.png"_s), "PNG"));
    }

    // The second lead changes again after the preview; then Apply this plan.
    QCOMPARE(Test::SandboxControl::patch(
                 m_salesforce, u"Lead"_s, ids.at(1), { { u"FirstName"_s, u"Paula"_s } }),
        200);
    QSignalSpy applied(dialog, &PlanDialog::applyFinished);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QCOMPARE(dialog->stage(), PlanDialog::Stage::Applying);
    QVERIFY(applied.wait(120000));
    const RunOutcome outcome = applied.first().first().value<RunOutcome>();
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
    QCOMPARE(dialog->stage(), PlanDialog::Stage::Applied);
    QCOMPARE(outcome.summary.appliesPreviewRunId, preview.summary.id);
    QCOMPARE(outcome.summary.counts.updated, 1);

    // Written as previewed; the re-planned lead is not written.
    QCOMPARE(listRow(emails.at(0)).value(u"First Name"_s).toString(), u"Pia"_s);
    QCOMPARE(
        listRow(emails.at(1)).value(u"First Name"_s).toString(), firstNames.value(emails.at(1)));
    QCOMPARE(dialog->statusText(),
        u"Run %1 applied this plan: 0 created, 1 updated, 0 deleted. 1 record was not written "
        "as previewed, because it changed since the preview; the table shows it as Skip with "
        "the new plan. Press Preview again to review it."_s.arg(outcome.summary.id));
    QCOMPARE(planRows(dialog, int(ChangeOperation::Skip), u"acton"_s, emails.at(1)), 1);
    const RecordChange held = dialog->model()->changeAt(0);
    QCOMPARE(held.field, u"First Name"_s);
    QCOMPARE(held.newValue, u"Paula"_s);
    QCOMPARE(held.reason,
        u"Not written: this record changed after preview %1, and the plan for it is now "
        "“Update” as shown. Press Preview again to review it."_s.arg(preview.summary.id));
    QCOMPARE(dialog->closeButton()->text(), u"Close"_s);

    // History shows the run as the preview's, selected.
    QCOMPARE(m_app.history()->selectedRunId(), outcome.summary.id);
    const int historyRow = m_app.history()->runModel()->rowOfRun(outcome.summary.id);
    QVERIFY(historyRow >= 0);
    QCOMPARE(
        m_app.history()->runModel()->index(historyRow, RunListModel::ModeColumn).data().toString(),
        u"Applies preview %1"_s.arg(preview.summary.id));
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_app.history()->planDialog() == nullptr, 5000);

    // The preview is spent: its plan view says so and Apply stays disabled.
    QVERIFY(m_app.history()->reviewPlan(preview.summary.id));
    dialog = m_app.history()->planDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->applyButton()->isEnabled());
    const QString spent = u"Preview %1 was applied already, by run %2."_s.arg(preview.summary.id)
                              .arg(outcome.summary.id);
    QCOMPARE(dialog->applyButton()->toolTip(), spent);
    QCOMPARE(dialog->statusText(), spent);
    QVERIFY(!dialog->apply());
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_app.history()->planDialog() == nullptr, 5000);

    // The held lead's timeline, open in History while the next run goes.
    QVERIFY(m_app.history()->findPerson(emails.at(1)));
    QTRY_VERIFY_WITH_TIMEOUT(!m_app.history()->personTimeline()->isLoading(), 10000);
    const auto wrotePaula = [this, &emails] {
        const PersonTimelineModel *model = m_app.history()->personTimeline()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            const RecordChange &c = model->changeAt(r).change;
            if (c.operation == ChangeOperation::Update && c.newValue == u"Paula"_s
                && c.system == u"acton"_s)
                return true;
        }
        return false;
    };
    QVERIFY(!wrotePaula());

    // The held lead was left for the next run (its cursor held): Sync Now writes it.
    m_app.window()->setCurrentPage(u"flows"_s);
    QVERIFY(m_app.flows()->selectFlow(m_flowId));
    const RunOutcome next = runFromToolbar(u"syncNowAction"_s);
    QVERIFY2(next.succeeded(), qPrintable(next.message));
    QCOMPARE(listRow(emails.at(1)).value(u"First Name"_s).toString(), u"Paula"_s);
    QCOMPARE(listRow(emails.at(0)).value(u"First Name"_s).toString(), u"Pia"_s);
    // The timeline on show follows the run that ended (History refreshes it).
    QVERIFY(m_app.history()->isShowingPerson());
    QTRY_VERIFY_WITH_TIMEOUT(wrotePaula(), 10000);
}

QTEST_MAIN(TestApplyPlan)
#include "tst_applyplan.moc"
