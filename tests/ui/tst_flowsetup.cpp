// Flow setup in the window, as a person does it (issue 10): each of the four kinds made from
// an empty flow list entirely through the widgets — New Flow…, the kind's form with its live
// look-ups (Act-On lists, Salesforce reports and campaigns, CRM users, on the engine thread
// against the in-process sandbox), Create — then run with Sync Now and checked in the
// sandbox and the journal. Plus Edit (rename), Duplicate, Pause/Resume, Delete (history
// stays), the schedule dialog's 4-hour Salesforce minimum, the default schedule of a new
// flow, inline validation sentences, a look-up failure sentence with Retry, unlinking an
// account that flows use (move, delete), and the State cell's layout.
#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/engine/RunLauncher.h"
#include "core/mapping/FieldMap.h"
#include "core/model/ScheduleRules.h"
#include "core/sandbox/SandboxEndpoint.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/FieldMapRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/store/RunRepository.h"
#include "core/store/ScheduleRepository.h"
#include "tests/support/AppTestEnvironment.h"
#include "tests/support/KeychainProbe.h"
#include "tests/support/RawHttp.h"
#include "tests/support/TestEnv.h"
#include "tests/support/ui/AppWindowFixture.h"
#include "ui/AccountsPage.h"
#include "ui/FlowsPage.h"
#include "ui/HistoryPage.h"
#include "ui/MainWindow.h"
#include "ui/RunController.h"
#include "ui/Translations.h"
#include "ui/accounts/AccountListModel.h"
#include "ui/accounts/UnlinkAccountDialog.h"
#include "ui/flows/CrmContactSyncForm.h"
#include "ui/flows/FlowEditorDialog.h"
#include "ui/flows/FlowListModel.h"
#include "ui/flows/FlowRunChart.h"
#include "ui/flows/FlowStateDelegate.h"
#include "ui/flows/LeadHandoffForm.h"
#include "ui/flows/ListSyncForm.h"
#include "ui/flows/LookupChecklist.h"
#include "ui/flows/LookupCombo.h"
#include "ui/flows/ScheduleDialog.h"
#include "ui/flows/WebinarImportForm.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QToolBar>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

namespace {
constexpr int kLookupTimeout = 30000;
}

class TestFlowSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void webinarImportMadeInTheWindow();
    void crmContactSyncMadeInTheWindow();
    void listSyncMadeInTheWindow();
    void leadHandoffMadeInTheWindowHandsOverLeads();
    void editRenameDuplicatePauseResumeDelete();
    void scheduleDialogKeepsSalesforceFourHoursApart();
    void lookupFailureSaysWhatToDo();
    void unlinkMovesOrDeletesTheFlows();
    void stateCellFitsTextAndBar();
    void screenshots();

private:
    FlowEditorDialog *openNewFlow(FlowKind kind);
    void chooseAccount(QComboBox *combo, const QString &accountName);
    void waitLoaded(LookupField *field);
    void pick(LookupCombo *combo, const QString &name);
    qint64 create(FlowEditorDialog *dialog);
    RunOutcome syncNow(qint64 flowId);
    QString cell(qint64 flowId, int column) const;
    qint64 accountId(const QString &name) const;
    QUrl sandboxUrl(const QString &emulator) const;
    Flow stored(qint64 flowId) { return FlowRepository(m_app.journal()).get(flowId).value(); }

    Test::AppWindowFixture m_app;
    qint64 m_webinarFlow = 0;
    qint64 m_contactFlow = 0;
    qint64 m_listFlow = 0;
    qint64 m_handoffFlow = 0;
    qint64 m_badActOn = 0;
};

void TestFlowSetup::initTestCase()
{
    QVERIFY(m_app.env().start(u"tst_flowsetup"_s));
    // English plurals ("Every 6 hours") come from the English catalogue, as in the app.
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English)));

    LEADBRIDGE_REQUIRE_KEYCHAIN(m_app.store());

    const AccountOperationResult sandbox = m_app.openWithSandbox();
    QVERIFY2(sandbox.ok, qPrintable(sandbox.message));
    // "Try the sandbox" also makes demo flows; this test builds its own from nothing.
    FlowRepository flows(m_app.journal());
    const QList<Flow> demo = flows.list().value();
    for (const Flow &f : demo) {
        const Status removed = flows.remove(f.id);
        QVERIFY2(removed, qPrintable(removed.errorString()));
    }
    QVERIFY(flows.list()->isEmpty());

    QVERIFY(m_app.showWindow(QSize(1280, 800), true));
    m_app.window()->setCurrentPage(u"flows"_s);
    QVERIFY(m_app.flows()->isShowingEmptyState());
}

void TestFlowSetup::cleanupTestCase()
{
    m_app.close();
}

qint64 TestFlowSetup::accountId(const QString &name) const
{
    const QList<Account> all = m_app.accounts()->accounts().value();
    for (const Account &a : all) {
        if (a.name == name)
            return a.id;
    }
    return 0;
}

QUrl TestFlowSetup::sandboxUrl(const QString &emulator) const
{
    for (const BuiltInSandbox::Endpoint &e : m_app.accounts()->sandboxEndpoints()) {
        if (e.name == emulator)
            return e.baseUrl;
    }
    return {};
}

FlowEditorDialog *TestFlowSetup::openNewFlow(FlowKind kind)
{
    const bool empty = m_app.flows()->isShowingEmptyState();
    QPushButton *button = m_app.flows()->findChild<QPushButton *>(
        empty ? u"emptyNewFlowButton"_s : u"newFlowButton"_s);
    if (!button || !button->isVisible() || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    FlowEditorDialog *dialog = m_app.flows()->flowEditor();
    if (!dialog)
        return nullptr;
    auto *kinds = dialog->findChild<QComboBox *>(u"flowKindCombo"_s);
    kinds->setFocus();
    // Choose the kind with the keyboard, as a person tabbing through the dialog would.
    while (kinds->currentData().toInt() != int(kind)) {
        const int before = kinds->currentIndex();
        QTest::keyClick(
            kinds, kinds->currentIndex() < kinds->findData(int(kind)) ? Qt::Key_Down : Qt::Key_Up);
        if (kinds->currentIndex() == before)
            return nullptr;
    }
    return dialog;
}

void TestFlowSetup::chooseAccount(QComboBox *combo, const QString &accountName)
{
    const int i = combo->findText(accountName, Qt::MatchStartsWith);
    QVERIFY2(i >= 0, qPrintable(accountName));
    combo->setCurrentIndex(i);
}

void TestFlowSetup::waitLoaded(LookupField *field)
{
    QTRY_VERIFY_WITH_TIMEOUT(field->state() != LookupField::State::Loading, kLookupTimeout);
    QVERIFY2(field->state() == LookupField::State::Loaded, qPrintable(field->statusText()));
}

void TestFlowSetup::pick(LookupCombo *combo, const QString &name)
{
    // Type part of the name into the searchable combo, then take the listed item.
    QLineEdit *edit = combo->combo()->lineEdit();
    edit->selectAll();
    QTest::keyClicks(edit, name.left(4));
    const int i = combo->combo()->findText(name, Qt::MatchStartsWith);
    QVERIFY2(i >= 0, qPrintable(name));
    combo->combo()->setCurrentIndex(i);
    QCOMPARE(combo->currentName(), name);
}

qint64 TestFlowSetup::create(FlowEditorDialog *dialog)
{
    if (!dialog->okButton()->isEnabled()) {
        qWarning("Create is disabled: %s", qPrintable(dialog->problemText()));
        return 0;
    }
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    if (accepted.isEmpty()) {
        qWarning("Not created: %s", qPrintable(dialog->problemText()));
        return 0;
    }
    return m_app.flows()->selectedFlowId();
}

RunOutcome TestFlowSetup::syncNow(qint64 flowId)
{
    if (!m_app.flows()->selectFlow(flowId))
        return {};
    QSignalSpy ended(m_app.controller(), &RunController::runEnded);
    QSignalSpy refused(m_app.controller(), &RunController::runRefused);
    auto *bar = m_app.window()->findChild<QToolBar *>(u"syncToolBar"_s);
    QAction *sync = m_app.window()->findChild<QAction *>(u"syncNowAction"_s);
    if (!sync->isEnabled())
        return {};
    QTest::mouseClick(bar->widgetForAction(sync), Qt::LeftButton);
    QElapsedTimer t;
    t.start();
    while (ended.isEmpty() && refused.isEmpty() && t.elapsed() < 240000)
        QTest::qWait(50);
    if (!refused.isEmpty()) {
        RunOutcome o;
        o.message = refused.constFirst().at(1).toString();
        return o;
    }
    return ended.isEmpty() ? RunOutcome() : ended.constFirst().constFirst().value<RunOutcome>();
}

QString TestFlowSetup::cell(qint64 flowId, int column) const
{
    return m_app.flows()
        ->model()
        ->index(m_app.flows()->model()->rowOf(flowId), column)
        .data()
        .toString();
}

// ---------------------------------------------------------------------------------- F1

void TestFlowSetup::webinarImportMadeInTheWindow()
{
    FlowEditorDialog *dialog = openNewFlow(FlowKind::WebinarImport);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"New Flow"_s);
    auto *form = qobject_cast<WebinarImportForm *>(dialog->form());
    QVERIFY(form && form->isVisible());
    QVERIFY2(form->clientText().startsWith(u"Client "_s), qPrintable(form->clientText()));
    // Seed defaults: 48 hours of late-attendance look-back, 90 days of backfill.
    QCOMPARE(form->lookBackSpin()->value(), 48);
    QCOMPARE(form->backfillEdit()->date(), QDate::currentDate().addDays(-90));

    // Inline validation: a look-back shorter than ON24's on-demand lag is refused.
    form->lookBackSpin()->setFocus();
    form->lookBackSpin()->selectAll();
    QTest::keyClicks(form->lookBackSpin(), u"6"_s);
    QCOMPARE(form->lookBackSpin()->value(), 6);
    QVERIFY(!dialog->okButton()->isEnabled());
    QCOMPARE(dialog->problemText(),
        u"ON24 publishes on-demand attendance up to 12 hours late. Choose a look-back of at "
        "least 12 hours."_s);
    form->lookBackSpin()->selectAll();
    QTest::keyClicks(form->lookBackSpin(), u"24"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(dialog->problemText().isEmpty());
    // Backfill six months, typed into the date field.
    form->backfillEdit()->setDate(QDate::currentDate().addMonths(-6));
    auto *name = dialog->findChild<QLineEdit *>(u"flowNameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Webinars to Act-On"_s);

    m_webinarFlow = create(dialog);
    QVERIFY(m_webinarFlow > 0);
    QVERIFY(!m_app.flows()->isShowingEmptyState());
    QCOMPARE(m_app.flows()->selectedFlowId(), m_webinarFlow);
    const Flow f = stored(m_webinarFlow);
    QCOMPARE(f.name, u"Webinars to Act-On"_s);
    QCOMPARE(f.settings.value(u"lookBackHours"_s).toInt(), 24);
    QCOMPARE(f.settings.value(u"backfillFrom"_s).toString(),
        QDate::currentDate().addMonths(-6).toString(Qt::ISODate));
    // Default schedule of a new webinar import: every 6 hours.
    const auto schedule = ScheduleRepository(m_app.journal()).get(m_webinarFlow);
    QVERIFY(schedule);
    QCOMPARE(schedule->kind, Schedule::Kind::Interval);
    QCOMPARE(schedule->intervalMinutes, 360);
    QCOMPARE(cell(m_webinarFlow, FlowListModel::ScheduleColumn),
        ScheduleRules::describe(ScheduleRules::defaultFor(FlowKind::WebinarImport)));
    QCOMPARE(cell(m_webinarFlow, FlowListModel::StatusColumn), u"Idle"_s);
    QCOMPARE(cell(m_webinarFlow, FlowListModel::LastRunColumn), u"Never"_s);
    QVERIFY(m_app.flows()->messageText().contains(u"default schedule (%1)"_s.arg(
        ScheduleRules::describe(ScheduleRules::defaultFor(FlowKind::WebinarImport)))));

    const RunOutcome run = syncNow(m_webinarFlow);
    QVERIFY2(run.summary.id > 0 && run.succeeded(), qPrintable(run.message));
    QVERIFY(run.summary.counts.created > 0);
    QVERIFY(cell(m_webinarFlow, FlowListModel::LastRunColumn).startsWith(u"Succeeded"_s));
    QCOMPARE(m_app.flows()->runChart()->runs().size(), 1);
}

// ---------------------------------------------------------------------------------- F2

void TestFlowSetup::crmContactSyncMadeInTheWindow()
{
    FlowEditorDialog *dialog = openNewFlow(FlowKind::CrmContactSync);
    QVERIFY(dialog);
    chooseAccount(dialog->findChild<QComboBox *>(u"sourceAccountCombo"_s), u"Sandbox Salesforce"_s);
    auto *form = qobject_cast<CrmContactSyncForm *>(dialog->form());
    QVERIFY(form);
    waitLoaded(form->listPicker());
    QVERIFY(form->listPicker()->items().size() > 0);
    // Defaults: two-way, CRM wins, leads and contacts, hard bounces to EmailBouncedReason.
    QCOMPARE(form->policyCombo()->currentText(), form->policyCombo()->itemText(0));
    QCOMPARE(form->conflictCombo()->currentData().toString(), u"crm-wins"_s);
    QVERIFY(form->leadsCheck()->isChecked() && form->contactsCheck()->isChecked());
    QCOMPARE(form->bounceFieldEdit()->placeholderText(), u"EmailBouncedReason"_s);

    // Neither leads nor contacts: refused inline with the runner's own words.
    form->leadsCheck()->click();
    form->contactsCheck()->click();
    QVERIFY(!dialog->okButton()->isEnabled());
    QCOMPARE(dialog->problemText(),
        u"This flow reads neither leads nor contacts. Choose at least one."_s);
    form->contactsCheck()->click();
    QVERIFY(dialog->okButton()->isEnabled());

    form->policyCombo()->setCurrentIndex(1); // one-way
    form->conflictCombo()->setCurrentIndex(form->conflictCombo()->findData(u"newest-wins"_s));
    QLineEdit *list = form->listPicker()->combo()->lineEdit();
    list->selectAll();
    QTest::keyClicks(list, u"Widget contacts"_s);
    auto *name = dialog->findChild<QLineEdit *>(u"flowNameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Salesforce contacts"_s);
    m_contactFlow = create(dialog);
    QVERIFY(m_contactFlow > 0);
    const Flow f = stored(m_contactFlow);
    QCOMPARE(f.settings.value(u"listName"_s).toString(), u"Widget contacts"_s);
    QCOMPARE(f.settings.value(u"conflictRule"_s).toString(), u"newest-wins"_s);
    QCOMPARE(f.settings.value(u"syncLeads"_s).toBool(), false);
    QCOMPARE(f.settings.value(u"syncContacts"_s).toBool(), true);
    // The pre-mapped field map with the chosen policy; the default schedule, every 4 hours.
    const auto map = FieldMapRepository(m_app.journal()).load(m_contactFlow);
    QVERIFY(map && map->has_value());
    QCOMPARE(map->value().policy(), PushPolicy::CrmToMarketingOnly);
    QVERIFY(map->value().rowCount() > 5);
    QCOMPARE(cell(m_contactFlow, FlowListModel::ScheduleColumn),
        ScheduleRules::describe(ScheduleRules::defaultFor(FlowKind::CrmContactSync)));

    const RunOutcome run = syncNow(m_contactFlow);
    QVERIFY2(run.summary.id > 0 && run.succeeded(), qPrintable(run.message));
    QVERIFY(run.summary.counts.created > 0);

    // The list the run created is now one of the Act-On lists the editor offers.
    QVERIFY(m_app.flows()->selectFlow(m_contactFlow));
    FlowEditorDialog *edit = m_app.flows()->editFlow();
    QVERIFY(edit);
    auto *editForm = qobject_cast<CrmContactSyncForm *>(edit->form());
    waitLoaded(editForm->listPicker());
    bool listed = false;
    for (const LookupItem &i : editForm->listPicker()->items())
        listed |= i.name == u"Widget contacts"_s;
    QVERIFY(listed);
    QCOMPARE(editForm->listPicker()->currentName(), u"Widget contacts"_s);
    QCOMPARE(editForm->policyCombo()->currentIndex(), 1);
    edit->reject();
}

// ---------------------------------------------------------------------------------- F3

void TestFlowSetup::listSyncMadeInTheWindow()
{
    FlowEditorDialog *dialog = openNewFlow(FlowKind::ListSync);
    QVERIFY(dialog);
    auto *form = qobject_cast<ListSyncForm *>(dialog->form());
    QVERIFY(form);
    // Seed 003 defaults: all leads into "All Salesforce Leads"; only pull-add is on.
    QCOMPARE(form->sourceCombo()->currentData().toString(), u"leads"_s);
    QCOMPARE(form->listPicker()->currentName(), u"All Salesforce Leads"_s);
    QVERIFY(form->pullAddCheck()->isChecked());
    QVERIFY(!form->pullUpdateCheck()->isChecked() && !form->pullRemoveCheck()->isChecked());
    QVERIFY(!form->pushAddCheck()->isChecked() && !form->pushUpdateCheck()->isChecked());
    QVERIFY(form->pushFieldList()->count() > 3);
    for (int i = 0; i < form->pushFieldList()->count(); ++i)
        QCOMPARE(form->pushFieldList()->item(i)->checkState(), Qt::Unchecked);

    // A campaign: the picker lists the org's campaigns.
    form->sourceCombo()->setCurrentIndex(form->sourceCombo()->findData(u"campaign"_s));
    QVERIFY(form->campaignPicker()->isVisible());
    waitLoaded(form->campaignPicker());
    QVERIFY(form->campaignPicker()->items().size() > 0);
    QVERIFY(!dialog->okButton()->isEnabled());
    QCOMPARE(dialog->problemText(),
        u"The list sync reads a Salesforce campaign, but no campaign is chosen. Choose the "
        "campaign in the flow settings."_s);
    // Seed 003: with "Update existing records" a campaign's member status is always pushed;
    // the form says so, and asks for no push field.
    QVERIFY(!form->campaignStatusNote()->isVisible());
    form->pushUpdateCheck()->click();
    QVERIFY(form->campaignStatusNote()->isVisible());
    QVERIFY(form->campaignStatusNote()->text().contains(u"always pushed"_s));
    QVERIFY(!dialog->problemText().contains(u"Choose at least one field"_s));
    form->pushUpdateCheck()->click();
    QVERIFY(!form->campaignStatusNote()->isVisible());

    // A report, picked from the live list; the list name follows it.
    form->sourceCombo()->setCurrentIndex(form->sourceCombo()->findData(u"report"_s));
    waitLoaded(form->reportPicker());
    pick(form->reportPicker(), u"Webinar leads"_s);
    form->pushUpdateCheck()->click();
    QVERIFY(!form->campaignStatusNote()->isVisible()); // campaigns only
    form->pushUpdateCheck()->click();
    QCOMPARE(form->listPicker()->currentName(), u"Salesforce report Webinar leads"_s);

    // Update existing records with no field chosen: refused inline.
    form->pullUpdateCheck()->click();
    QVERIFY(!dialog->okButton()->isEnabled());
    QCOMPARE(dialog->problemText(),
        u"Choose at least one field for “Update existing list records”, or clear that option."_s);
    QVERIFY(ListSyncForm::setFieldChecked(form->pullFieldList(), u"Job Title"_s, true));
    QVERIFY(dialog->okButton()->isEnabled());
    form->pushAddCheck()->click();
    form->pushAddAsCombo()->setCurrentIndex(1); // as contacts

    m_listFlow = create(dialog);
    QVERIFY(m_listFlow > 0);
    const Flow f = stored(m_listFlow);
    QCOMPARE(f.settings.value(u"source"_s).toString(), u"report"_s);
    QVERIFY(!f.settings.value(u"reportId"_s).toString().isEmpty());
    QCOMPARE(f.settings.value(u"listName"_s).toString(), u"Salesforce report Webinar leads"_s);
    QCOMPARE(f.settings.value(u"pullUpdate"_s).toBool(), true);
    QCOMPARE(
        f.settings.value(u"pullUpdateFields"_s).toStringList(), QStringList { u"Job Title"_s });
    QCOMPARE(f.settings.value(u"pushAddNew"_s).toBool(), true);
    QCOMPARE(f.settings.value(u"pushAddAs"_s).toString(), u"contact"_s);
    QCOMPARE(f.settings.value(u"pushUpdate"_s).toBool(), false);
    // Daily at 02:00 by default (outside business hours).
    QCOMPARE(cell(m_listFlow, FlowListModel::ScheduleColumn),
        u"Daily at %1"_s.arg(ScheduleRules::timeText(QTime(2, 0))));

    const RunOutcome run = syncNow(m_listFlow);
    QVERIFY2(run.summary.id > 0 && run.succeeded(), qPrintable(run.message));
    QVERIFY(run.summary.counts.created > 0);
}

// ---------------------------------------------------------------------------------- F4

void TestFlowSetup::leadHandoffMadeInTheWindowHandsOverLeads()
{
    FlowEditorDialog *dialog = openNewFlow(FlowKind::LeadHandoff);
    QVERIFY(dialog);
    chooseAccount(dialog->findChild<QComboBox *>(u"targetAccountCombo"_s), u"Sandbox Pipeliner"_s);
    auto *form = qobject_cast<LeadHandoffForm *>(dialog->form());
    QVERIFY(form);
    QCOMPARE(form->thresholdSpin()->value(), 50);
    QCOMPARE(form->timeEdit()->time(), QTime(8, 0));
    QVERIFY(form->allListsRadio()->isChecked());
    waitLoaded(form->listPicker());
    waitLoaded(form->ownerPicker());
    QVERIFY(form->ownerPicker()->items().size() >= 2);
    // No owner yet: the runner's sentence, inline, and Create stays disabled.
    QVERIFY(!dialog->okButton()->isEnabled());
    QCOMPARE(dialog->problemText(),
        u"The lead handoff has no lead owner. Choose the user who owns the new leads and "
        "contacts."_s);

    // The owner is the second CRM user, picked by typing in the searchable list.
    const LookupItem owner = form->ownerPicker()->items().at(1);
    pick(form->ownerPicker(), owner.name);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problemText()));
    // Only one list, chosen with the filter.
    form->chosenListsRadio()->click();
    QCOMPARE(dialog->problemText(), u"Choose at least one Act-On list, or choose All lists."_s);
    LookupChecklist *lists = form->listPicker();
    QVERIFY(lists->list()->count() > 0);
    // The list with the most members gives the run the most to do: take the first one the
    // sandbox lists whose name is a webinar or a campaign list.
    LookupItem chosen;
    for (const LookupItem &i : lists->items()) {
        if (i.name == u"Newsletter subscribers"_s)
            chosen = i;
    }
    QVERIFY(!chosen.id.isEmpty());
    QTest::keyClicks(lists->filter(), u"Newsl"_s);
    int visible = 0;
    for (int i = 0; i < lists->list()->count(); ++i)
        visible += lists->list()->item(i)->isHidden() ? 0 : 1;
    QVERIFY(visible >= 1 && visible <= lists->list()->count());
    QVERIFY(lists->setItemChecked(chosen.id, true));
    // Threshold and time typed in.
    form->thresholdSpin()->selectAll();
    QTest::keyClicks(form->thresholdSpin(), u"80"_s);
    form->timeEdit()->setTime(QTime(9, 30));
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problemText()));
    auto *name = dialog->findChild<QLineEdit *>(u"flowNameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Hot leads to sales"_s);

    m_handoffFlow = create(dialog);
    QVERIFY(m_handoffFlow > 0);
    const Flow f = stored(m_handoffFlow);
    QCOMPARE(f.settings.value(u"scoreThreshold"_s).toInt(), 80);
    QCOMPARE(f.settings.value(u"ownerId"_s).toString(), owner.id);
    QCOMPARE(f.settings.value(u"lists"_s).toStringList(), QStringList { chosen.id });
    const auto schedule = ScheduleRepository(m_app.journal()).get(m_handoffFlow);
    QVERIFY(schedule);
    QCOMPARE(schedule->kind, Schedule::Kind::Daily);
    QCOMPARE(schedule->dailyTime, QTime(9, 30));

    const RunOutcome run = syncNow(m_handoffFlow);
    QVERIFY2(run.summary.id > 0 && run.succeeded(), qPrintable(run.message));
    QVERIFY2(run.summary.counts.created > 0, "no lead was handed over");

    // The journal: one row per new lead naming the chosen owner, every score ≥ 80.
    const auto changes = RunRepository(m_app.journal()).changes(run.summary.id);
    QVERIFY(changes);
    QStringList leadNames;
    for (const RecordChange &c : changes.value()) {
        if (c.operation != ChangeOperation::Create || !c.object.startsWith(u"Lead"_s))
            continue;
        if (c.field == u"owner"_s)
            QCOMPARE(c.newValue, owner.id);
        if (c.field == u"cf_acton_score"_s)
            QVERIFY2(c.newValue.toDouble() >= 80, qPrintable(c.newValue));
        if (c.field == u"name"_s)
            leadNames.append(c.newValue);
    }
    QVERIFY(!leadNames.isEmpty());
    // In the sandbox Pipeliner: those leads exist, named "First Last (List name)", owned by
    // the chosen user, with the Act-On score at or above the threshold.
    Test::RawHttp http;
    const Test::RawReply leads
        = http.get(QUrl(sandboxUrl(u"pipeliner"_s).toString() + u"/_sandbox/records/Leads"_s));
    QCOMPARE(leads.status, 200);
    int found = 0;
    for (const QJsonValue &v : leads.json().value(u"records"_s).toArray()) {
        const QJsonObject lead = v.toObject();
        if (!leadNames.contains(lead.value(u"name"_s).toString()))
            continue;
        ++found;
        QCOMPARE(lead.value(u"owner_id"_s).toString(), owner.id);
        QVERIFY(lead.value(u"cf_acton_score"_s).toDouble() >= 80);
        QVERIFY(lead.value(u"name"_s).toString().endsWith(u" (%1)"_s.arg(chosen.name)));
    }
    QCOMPARE(found, leadNames.size());
}

// ------------------------------------------------------------------- manage flows

void TestFlowSetup::editRenameDuplicatePauseResumeDelete()
{
    QVERIFY(m_handoffFlow > 0);
    QVERIFY(m_app.flows()->selectFlow(m_handoffFlow));
    // Edit… (Ctrl+E on the table) opens the same editor with the stored settings.
    QApplication::setActiveWindow(m_app.window());
    QVERIFY(QTest::qWaitForWindowActive(m_app.window()));
    m_app.flows()->table()->setFocus();
    QTest::keyClick(m_app.flows()->table(), Qt::Key_E, Qt::ControlModifier);
    FlowEditorDialog *edit = m_app.flows()->flowEditor();
    QVERIFY(edit);
    QCOMPARE(edit->windowTitle(), u"Edit “Hot leads to sales”"_s);
    auto *form = qobject_cast<LeadHandoffForm *>(edit->form());
    QVERIFY(form);
    QCOMPARE(form->thresholdSpin()->value(), 80);
    QCOMPARE(form->timeEdit()->time(), QTime(9, 30));
    QVERIFY(form->chosenListsRadio()->isChecked());
    waitLoaded(form->ownerPicker());
    QCOMPARE(form->ownerPicker()->currentId(),
        stored(m_handoffFlow).settings.value(u"ownerId"_s).toString());
    auto *name = edit->findChild<QLineEdit *>(u"flowNameEdit"_s);
    form->thresholdSpin()->selectAll();
    QTest::keyClicks(form->thresholdSpin(), u"90"_s);
    // A name another flow has is refused when saving, with the store's sentence.
    name->selectAll();
    QTest::keyClicks(name, u"Salesforce contacts"_s);
    QTest::mouseClick(edit->okButton(), Qt::LeftButton);
    QVERIFY(edit->isVisible());
    QVERIFY2(
        edit->problemText().contains(u"Salesforce contacts"_s), qPrintable(edit->problemText()));
    name->selectAll();
    QTest::keyClicks(name, u"Hot leads"_s);
    QVERIFY2(edit->okButton()->isEnabled(), qPrintable(edit->problemText()));
    QTest::mouseClick(edit->okButton(), Qt::LeftButton);
    QVERIFY2(!edit->isVisible(), qPrintable(edit->problemText()));
    QCOMPARE(cell(m_handoffFlow, FlowListModel::NameColumn), u"Hot leads"_s);
    QCOMPARE(stored(m_handoffFlow).settings.value(u"scoreThreshold"_s).toInt(), 90);

    // Duplicate: a paused copy with the same settings and schedule.
    QTest::mouseClick(
        m_app.flows()->findChild<QPushButton *>(u"duplicateButton"_s), Qt::LeftButton);
    const qint64 copy = m_app.flows()->selectedFlowId();
    QVERIFY(copy > 0 && copy != m_handoffFlow);
    QCOMPARE(cell(copy, FlowListModel::NameColumn), u"Hot leads (2)"_s);
    QCOMPARE(cell(copy, FlowListModel::StatusColumn), u"Paused"_s);
    QCOMPARE(cell(copy, FlowListModel::ScheduleColumn), u"Paused"_s);
    QCOMPARE(cell(copy, FlowListModel::NextRunColumn), u"—"_s);
    QCOMPARE(stored(copy).settings.value(u"scoreThreshold"_s).toInt(), 90);
    QVERIFY(m_app.flows()->messageText().contains(u"starts paused"_s));
    auto *pause = m_app.flows()->findChild<QPushButton *>(u"pauseResumeButton"_s);
    QCOMPARE(pause->text(), u"&Resume"_s);
    // Resume, then pause again, with the button.
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(cell(copy, FlowListModel::StatusColumn), u"Idle"_s);
    QVERIFY(stored(copy).enabled);
    QCOMPARE(pause->text(), u"&Pause"_s);
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(!stored(copy).enabled);
    QVERIFY(m_app.flows()
                ->model()
                ->index(m_app.flows()->model()->rowOf(copy), FlowListModel::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"Sync Now still runs it"_s));

    // Delete… the copy: the confirmation says what goes and what stays.
    QTest::mouseClick(
        m_app.flows()->findChild<QPushButton *>(u"deleteFlowButton"_s), Qt::LeftButton);
    auto *box = m_app.flows()->findChild<QMessageBox *>(u"deleteFlowConfirmation"_s);
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(u"record links"_s));
    QVERIFY(box->informativeText().contains(u"history stays"_s));
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmDeleteFlowButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_app.flows()->model()->rowOf(copy), -1);
    QVERIFY(!FlowRepository(m_app.journal()).get(copy));

    // Deleting a flow that ran keeps its runs in History.
    const int runsBefore = int(RunRepository(m_app.journal()).list(m_listFlow)->size());
    QVERIFY(runsBefore > 0);
    QVERIFY(m_app.flows()->selectFlow(m_listFlow));
    QApplication::setActiveWindow(m_app.window());
    QVERIFY(QTest::qWaitForWindowActive(m_app.window()));
    m_app.flows()->table()->setFocus();
    QTest::keyClick(m_app.flows()->table(), Qt::Key_Delete);
    box = m_app.flows()->findChild<QMessageBox *>(u"deleteFlowConfirmation"_s);
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmDeleteFlowButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_app.flows()->model()->rowOf(m_listFlow), -1);
    QCOMPARE(int(RunRepository(m_app.journal()).list(m_listFlow)->size()), runsBefore);
    QVERIFY(m_app.flows()->messageText().contains(u"runs stay in History"_s));
}

void TestFlowSetup::scheduleDialogKeepsSalesforceFourHoursApart()
{
    QVERIFY(m_app.flows()->selectFlow(m_contactFlow));
    QTest::mouseClick(m_app.flows()->findChild<QPushButton *>(u"scheduleButton"_s), Qt::LeftButton);
    ScheduleDialog *dialog = m_app.flows()->scheduleDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->intervalRadio()->isChecked());
    QCOMPARE(dialog->hoursSpin()->value(), 4);
    QVERIFY(!dialog->pausedLabel()->isVisible());
    dialog->hoursSpin()->selectAll();
    QTest::keyClicks(dialog->hoursSpin(), u"2"_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    QCOMPARE(dialog->problemText(),
        u"Salesforce allows a sync at most every 4 hours. Choose 4 hours or more, or a daily "
        "time."_s);
    dialog->hoursSpin()->selectAll();
    QTest::keyClicks(dialog->hoursSpin(), u"8"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    Schedule eight;
    eight.intervalMinutes = 480;
    QCOMPARE(cell(m_contactFlow, FlowListModel::ScheduleColumn), ScheduleRules::describe(eight));
    QCOMPARE(ScheduleRepository(m_app.journal()).get(m_contactFlow)->intervalMinutes, 480);

    // Daily at 06:00, then off.
    dialog = m_app.flows()->editSchedule();
    dialog->dailyRadio()->click();
    dialog->timeEdit()->setTime(QTime(6, 0));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(cell(m_contactFlow, FlowListModel::ScheduleColumn),
        u"Daily at %1"_s.arg(ScheduleRules::timeText(QTime(6, 0))));
    dialog = m_app.flows()->editSchedule();
    dialog->offRadio()->click();
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(cell(m_contactFlow, FlowListModel::ScheduleColumn), u"Off"_s);
    QVERIFY(!ScheduleRepository(m_app.journal()).get(m_contactFlow));

    // A flow that reads no Salesforce account may run every hour; a paused one says so.
    QVERIFY(m_app.flows()->selectFlow(m_webinarFlow));
    QTest::mouseClick(
        m_app.flows()->findChild<QPushButton *>(u"pauseResumeButton"_s), Qt::LeftButton);
    dialog = m_app.flows()->editSchedule();
    QVERIFY(dialog->pausedLabel()->isVisible());
    dialog->hoursSpin()->selectAll();
    QTest::keyClicks(dialog->hoursSpin(), u"1"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->reject();
    QTest::mouseClick(
        m_app.flows()->findChild<QPushButton *>(u"pauseResumeButton"_s), Qt::LeftButton);
    QVERIFY(stored(m_webinarFlow).enabled);
}

void TestFlowSetup::lookupFailureSaysWhatToDo()
{
    // An Act-On account that answers nowhere (no secrets, a closed port).
    Account bad;
    bad.kind = AccountKind::ActOn;
    bad.name = u"Old Act-On"_s;
    bad.settings.insert(u"baseUrl"_s, u"http://127.0.0.1:9"_s);
    bad.settings.insert(u"username"_s, u"nobody@example.com"_s);
    const auto added = AccountRepository(m_app.journal()).add(bad);
    QVERIFY(added);
    m_badActOn = added->id;
    Q_EMIT m_app.accounts()->accountsChanged();

    FlowEditorDialog *dialog = openNewFlow(FlowKind::LeadHandoff);
    QVERIFY(dialog);
    chooseAccount(dialog->findChild<QComboBox *>(u"sourceAccountCombo"_s), u"Old Act-On"_s);
    auto *form = qobject_cast<LeadHandoffForm *>(dialog->form());
    LookupChecklist *lists = form->listPicker();
    QTRY_VERIFY_WITH_TIMEOUT(lists->state() == LookupField::State::Failed, kLookupTimeout);
    const QString sentence = lists->statusText();
    QVERIFY2(sentence.startsWith(u"LeadBridge could not load the Act-On lists: "_s),
        qPrintable(sentence));
    QVERIFY2(sentence.endsWith(u" Check the account on the Accounts page, then click Retry."_s),
        qPrintable(sentence));
    QVERIFY(lists->retryButton()->isVisible());
    QSignalSpy answered(lists, &LookupField::loaded);
    QTest::mouseClick(lists->retryButton(), Qt::LeftButton);
    QVERIFY(answered.count() == 1 || answered.wait(kLookupTimeout));
    QCOMPARE(answered.constFirst().constFirst().toBool(), false);
    QCOMPARE(lists->statusText(), sentence);
    // The owner picker asks the CRM, which works: one failure does not hold the others up.
    waitLoaded(form->ownerPicker());
    dialog->reject();
}

void TestFlowSetup::unlinkMovesOrDeletesTheFlows()
{
    QVERIFY(m_badActOn > 0);
    auto *accountsPage = qobject_cast<AccountsPage *>(m_app.window()->page(u"accounts"_s));
    m_app.window()->setCurrentPage(u"accounts"_s);
    const auto selectAccount = [&](const QString &name) {
        QAbstractItemModel *model = accountsPage->table()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, AccountListModel::NameColumn).data().toString() == name) {
                accountsPage->table()->setCurrentIndex(model->index(r, 0));
                return true;
            }
        }
        return false;
    };
    auto *unlink = accountsPage->findChild<QPushButton *>(u"unlinkAccountButton"_s);

    // Sandbox Act-On is used by three flows: move them to "Old Act-On", then unlink.
    const qint64 sandboxActOn = accountId(u"Sandbox Act-On"_s);
    QVERIFY(sandboxActOn > 0);
    const int using_ = int(FlowRepository(m_app.journal()).usingAccount(sandboxActOn)->size());
    QVERIFY(using_ >= 3);
    QVERIFY(selectAccount(u"Sandbox Act-On"_s));
    QTest::mouseClick(unlink, Qt::LeftButton);
    UnlinkAccountDialog *dialog = accountsPage->unlinkDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->flowList()->count(), using_);
    QVERIFY(dialog->moveRadio()->isChecked());
    QCOMPARE(dialog->targetCombo()->currentText(), u"Old Act-On (Act-On)"_s);
    QTest::mouseClick(dialog->unlinkButton(), Qt::LeftButton);
    QTRY_COMPARE(accountId(u"Sandbox Act-On"_s), 0);
    QCOMPARE(int(FlowRepository(m_app.journal()).usingAccount(m_badActOn)->size()), using_);
    QCOMPARE(stored(m_contactFlow).targetAccountId, m_badActOn);
    QVERIFY(stored(m_contactFlow).needsFullSync);

    // Sandbox ON24 is used by the webinar import, and no other ON24 account is linked:
    // only "Delete these flows" is offered. The flow goes, its runs stay.
    const int runs = int(RunRepository(m_app.journal()).list(m_webinarFlow)->size());
    QVERIFY(runs > 0);
    QVERIFY(selectAccount(u"Sandbox ON24"_s));
    QTest::mouseClick(unlink, Qt::LeftButton);
    dialog = accountsPage->unlinkDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->moveRadio()->isEnabled());
    QVERIFY(dialog->deleteRadio()->isChecked());
    QCOMPARE(dialog->flowList()->count(), 1);
    QTest::mouseClick(dialog->unlinkButton(), Qt::LeftButton);
    QTRY_COMPARE(accountId(u"Sandbox ON24"_s), 0);
    QVERIFY(!FlowRepository(m_app.journal()).get(m_webinarFlow));
    QCOMPARE(int(RunRepository(m_app.journal()).list(m_webinarFlow)->size()), runs);
    m_app.window()->setCurrentPage(u"flows"_s);
    QCOMPARE(m_app.flows()->model()->rowOf(m_webinarFlow), -1);
}

void TestFlowSetup::stateCellFitsTextAndBar()
{
    // At every width the text and the bar stay inside the cell and never overlap.
    for (int width = 20; width <= 900; width += 7) {
        const QRect cellRect(10, 5, width, 26);
        const auto l = FlowStateDelegate::layoutFor(cellRect, true);
        QVERIFY(cellRect.contains(l.bar));
        QVERIFY(cellRect.contains(l.text) || l.text.width() <= 0);
        QVERIFY2(!l.text.intersects(l.bar), qPrintable(QString::number(width)));
        QVERIFY(l.bar.width() > 0);
    }
    // A running row draws without an index widget over the cell.
    const qint64 id = m_app.flows()->model()->flow(0).id;
    FlowListModel::RunState state;
    state.running = true;
    state.phase = u"Reading Salesforce leads…"_s;
    state.done = 40;
    state.total = 100;
    m_app.flows()->model()->setRunState(id, state);
    const QModelIndex idx = m_app.flows()->model()->index(0, FlowListModel::StatusColumn);
    QCOMPARE(idx.data().toString(), u"Running — Reading Salesforce leads…"_s);
    QVERIFY(idx.data(FlowListModel::RunActiveRole).toBool());
    QVERIFY(m_app.flows()->table()->indexWidget(idx) == nullptr);
    for (const int w : { 60, 140, 400 }) {
        m_app.flows()->table()->setColumnWidth(FlowListModel::StatusColumn, w);
        QVERIFY(!m_app.flows()->table()->grab().isNull());
    }
    m_app.flows()->model()->clearRunState(id);
    QCOMPARE(idx.data().toString(), u"Idle"_s);
    m_app.flows()->table()->setColumnWidth(FlowListModel::StatusColumn, 120);
}

void TestFlowSetup::screenshots()
{
    const QString dir = qEnvironmentVariable("LEADBRIDGE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set LEADBRIDGE_SCREENSHOT_DIR to save the flows page picture");
    m_app.window()->setCurrentPage(u"flows"_s);
    QTest::qWait(100);
    QVERIFY(m_app.window()->grab().save(QDir(dir).filePath(u"flows-after-setup.png"_s)));
}

QTEST_MAIN(TestFlowSetup)
#include "tst_flowsetup.moc"
