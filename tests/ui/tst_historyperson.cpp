// History → Find a person… on the built-in sandbox, as a person uses it: the demo flows F1
// (ON24 → Act-On), F2 (Salesforce ↔ Act-On) and F4 (Act-On → Pipeliner) run on the engine
// thread against the in-process emulators, then one person who went through all three is
// typed into the search field and Return pressed; the timeline lists that person's changes
// from the three flows newest first with the linked records on top, exactly as the journal
// recorded them. Also: the search answers off the GUI thread, bad input gets a sentence, an
// unknown address the empty state, Escape goes back to the runs. With
// LEADBRIDGE_SCREENSHOT_DIR set, the window is saved as person-timeline.png there.
#include "core/engine/AccountService.h"
#include "core/engine/DemoFlows.h"
#include "core/engine/EngineHost.h"
#include "core/engine/RunLauncher.h"
#include "core/model/RunWords.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "tests/support/AppTestEnvironment.h"
#include "tests/support/TestEnv.h"
#include "tests/support/ui/AppWindowFixture.h"
#include "ui/HistoryPage.h"
#include "ui/MainWindow.h"
#include "ui/accounts/ErrorBanner.h"
#include "ui/history/PersonTimelineModel.h"
#include "ui/history/PersonTimelineView.h"

#include <QDir>
#include <QLineEdit>
#include <QMap>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

class TestHistoryPerson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void timelineAcrossF1F2AndF4();
    void badInputGetsASentence();
    void unknownPersonShowsTheEmptyState();
    void escapeGoesBackToTheRuns();

private:
    RunOutcome runFlow(qint64 flowId);
    /// Types @p text into "Find a person…" and presses Return; waits for the answer.
    void search(const QString &text);

    Test::AppWindowFixture m_app;
    QMap<FlowKind, Flow> m_flows;
};

void TestHistoryPerson::initTestCase()
{
    LEADBRIDGE_START_SANDBOX_APP(m_app, u"tst_historyperson"_s);
    const auto flows = FlowRepository(m_app.journal()).list();
    QVERIFY(flows);
    for (const Flow &f : flows.value())
        m_flows.insert(f.kind, f);
    for (FlowKind kind : { FlowKind::WebinarImport, FlowKind::CrmContactSync, FlowKind::LeadHandoff })
        QVERIFY2(m_flows.contains(kind), "Try the sandbox made no demo flow of this kind");
    QVERIFY(m_app.showHistoryWindow(QSize(1280, 720)));
    m_app.window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_app.window()));
    m_app.window()->setCurrentPage(u"history"_s);
}

void TestHistoryPerson::cleanupTestCase()
{
    m_app.close();
}

RunOutcome TestHistoryPerson::runFlow(qint64 flowId)
{
    RunOutcome outcome;
    bool done = false;
    QString launchError;
    const auto finished
        = connect(m_app.engine(), &EngineHost::runFinished, this, [&](const RunOutcome &o) {
              if (o.summary.flowId == flowId) {
                  outcome = o;
                  done = true;
              }
          });
    const auto failed = connect(m_app.launcher(), &RunLauncher::launchFailed, this,
        [&](qint64 id, const QString &sentence) {
            if (id == flowId) {
                launchError = sentence;
                done = true;
            }
        });
    RunRequest request;
    request.flowId = flowId;
    m_app.launcher()->launch(request);
    const bool ended = QTest::qWaitFor([&done] { return done; }, 300000);
    disconnect(finished);
    disconnect(failed);
    if (!ended)
        qWarning("the run of flow %lld did not end within 5 minutes", flowId);
    if (!launchError.isEmpty())
        qWarning("%s", qPrintable(launchError));
    return outcome;
}

void TestHistoryPerson::search(const QString &text)
{
    QLineEdit *field = m_app.history()->personSearch();
    field->clear();
    field->setFocus();
    QTest::keyClicks(field, text);
    QSignalSpy loaded(m_app.history()->personTimeline(), &PersonTimelineView::loaded);
    QTest::keyClick(field, Qt::Key_Return);
    // The answer comes from the worker thread: never within the key press itself.
    QCOMPARE(loaded.count(), 0);
    QVERIFY(loaded.wait(30000));
}

void TestHistoryPerson::timelineAcrossF1F2AndF4()
{
    for (FlowKind kind : { FlowKind::WebinarImport, FlowKind::CrmContactSync, FlowKind::LeadHandoff }) {
        const RunOutcome outcome = runFlow(m_flows.value(kind).id);
        QVERIFY2(outcome.succeeded(),
            qPrintable(m_flows.value(kind).name + u": "_s
                + RunWords::status(outcome.summary.status) + u" "_s + outcome.message));
    }
    m_app.history()->refresh();

    // Somebody the three flows all changed (read straight from the journal).
    QSqlQuery q(m_app.journal().database());
    QVERIFY(q.exec(u"SELECT lower(substr(c.record_key, 1, instr(c.record_key || '|', '|') - 1)) "
                   "AS person FROM record_changes c JOIN runs r ON r.id = c.run_id "
                   "JOIN flows f ON f.id = r.flow_id WHERE c.record_key LIKE '%@%' "
                   "AND f.kind IN ('webinar_import', 'crm_contact_sync', 'lead_handoff') "
                   "AND c.operation IN ('create', 'update') "
                   "GROUP BY person HAVING COUNT(DISTINCT f.kind) = 3 ORDER BY person LIMIT 1"_s));
    QVERIFY2(q.next(), "no demo person went through F1, F2 and F4");
    const QString person = q.value(0).toString();
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM record_changes c JOIN runs r ON r.id = c.run_id "
                   "WHERE (c.record_key = '%1' OR c.record_key LIKE '%1|%') "
                   "AND r.mode <> 'preview'"_s.arg(person)));
    QVERIFY(q.next());
    const int recorded = q.value(0).toInt();
    QVERIFY(q.exec(u"SELECT c.id, f.name, c.system, c.field, c.new_value FROM record_changes c "
                   "JOIN runs r ON r.id = c.run_id JOIN flows f ON f.id = r.flow_id "
                   "WHERE c.record_key = '%1' OR c.record_key LIKE '%1|%' "
                   "ORDER BY c.id DESC LIMIT 1"_s.arg(person)));
    QVERIFY(q.next());
    const QString newestFlow = q.value(1).toString();
    const QString newestSystem = RunWords::system(q.value(2).toString());
    const QString newestField = q.value(3).toString();
    const QString newestValue = q.value(4).toString();

    // Typed in upper case with spaces around: the same person.
    search(u"  "_s + person.toUpper() + u" "_s);
    QVERIFY(m_app.history()->isShowingPerson());
    PersonTimelineView *view = m_app.history()->personTimeline();
    QCOMPARE(view->headingText().section(u' ', 0, 0), person);
    QTableView *table = view->table();
    QAbstractItemModel *model = table->model();
    QVERIFY(model->rowCount() >= recorded);
    QVERIFY2(view->summaryText().contains(u"3 flows"_s), qPrintable(view->summaryText()));
    QVERIFY(view->summaryText().endsWith(u"newest first."_s));

    // What the table shows: the three flows' names, newest run first, the newest row as
    // recorded.
    QSet<QString> flowsShown;
    QList<int> runs;
    for (int row = 0; row < model->rowCount(); ++row) {
        flowsShown.insert(model->index(row, PersonTimelineModel::FlowColumn).data().toString());
        runs.append(model->index(row, PersonTimelineModel::RunColumn).data().toInt());
    }
    for (FlowKind kind : { FlowKind::WebinarImport, FlowKind::CrmContactSync, FlowKind::LeadHandoff })
        QVERIFY2(flowsShown.contains(m_flows.value(kind).name), qPrintable(m_flows.value(kind).name));
    QVERIFY(std::is_sorted(runs.rbegin(), runs.rend()));
    QCOMPARE(model->index(0, PersonTimelineModel::FlowColumn).data().toString(), newestFlow);
    QCOMPARE(model->index(0, PersonTimelineModel::SystemColumn).data().toString(), newestSystem);
    QCOMPARE(model->index(0, PersonTimelineModel::FieldColumn).data().toString(), newestField);
    QCOMPARE(model->index(0, PersonTimelineModel::NewValueColumn).data().toString(), newestValue);
    QVERIFY(!model->index(0, PersonTimelineModel::WhenColumn).data().toString().isEmpty());
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QVERIFY(table->hasFocus());

    // The linked records on top: the person's ids in Act-On, Salesforce and Pipeliner, by flow.
    const QString links = view->linksText();
    for (const QString &system : { u"Act-On"_s, u"Salesforce"_s, u"Pipeliner"_s })
        QVERIFY2(links.contains(system + u": "_s), qPrintable(links));
    QVERIFY2(links.contains(m_flows.value(FlowKind::LeadHandoff).name), qPrintable(links));
    QVERIFY(q.exec(u"SELECT pipeliner_id FROM record_links WHERE email_key LIKE '%1|%' "
                   "AND pipeliner_id IS NOT NULL"_s.arg(person)));
    QVERIFY(q.next());
    QVERIFY2(links.contains(u"Pipeliner: "_s + q.value(0).toString()), qPrintable(links));

    const QString dir = qEnvironmentVariable("LEADBRIDGE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_app.window()->grab().save(QDir(dir).filePath(u"person-timeline.png"_s), "PNG"));
}

void TestHistoryPerson::badInputGetsASentence()
{
    m_app.history()->closePerson();
    QLineEdit *field = m_app.history()->personSearch();
    field->clear();
    QTest::keyClicks(field, u"ada at example"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(!m_app.history()->isShowingPerson());
    QCOMPARE(m_app.history()->banner()->text(),
        u"“ada at example” is not an e-mail address. Type the person's whole address, for "
        "example ada@example.com."_s);
    QVERIFY(field->hasFocus());
    field->clear();
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_app.history()->banner()->text(),
        u"Type the e-mail address of the person to find, for example ada@example.com."_s);
    QVERIFY(!m_app.history()->isShowingPerson());
}

void TestHistoryPerson::unknownPersonShowsTheEmptyState()
{
    search(u"nobody@example.com"_s);
    QVERIFY(m_app.history()->isShowingPerson());
    QVERIFY(m_app.history()->banner()->text().isEmpty());
    PersonTimelineView *view = m_app.history()->personTimeline();
    QCOMPARE(view->summaryText(), u"No changes recorded for nobody@example.com."_s);
    QCOMPARE(view->table()->model()->rowCount(), 0);
    QVERIFY(view->linksText().isEmpty());
}

void TestHistoryPerson::escapeGoesBackToTheRuns()
{
    QVERIFY(m_app.history()->isShowingPerson());
    QTest::keyClick(m_app.history()->personTimeline()->table(), Qt::Key_Escape);
    QVERIFY(!m_app.history()->isShowingPerson());
    QVERIFY(!m_app.history()->isShowingEmptyState());
    QVERIFY(m_app.history()->personSearch()->hasFocus());
    // Alt+P reaches the search field from anywhere on the page, Return searches again.
    m_app.history()->runTable()->setFocus();
    QTest::keyClick(m_app.window(), Qt::Key_P, Qt::AltModifier);
    QVERIFY(m_app.history()->personSearch()->hasFocus());
}

QTEST_MAIN(TestHistoryPerson)
#include "tst_historyperson.moc"
