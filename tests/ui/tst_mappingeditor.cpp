// The mapping editor driven like a person would, against a sandbox Salesforce org linked
// through AccountService (secrets in the keychain: run inside scripts/with-keyring.sh):
// fields discovered on open, pickers opened and filled by typing, allow push toggled with
// Space, email/score errors appearing and clearing in the banner, save, reopen (a new editor
// on the same journal), export then import, the sample panel, schema drift after a field is
// deleted in the CRM, a describe failure, and the Flows page around it.
#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/mapping/FieldMapJson.h"
#include "core/model/Flow.h"
#include "core/sandbox/Sandbox.h"
#include "core/sandbox/SandboxThread.h"
#include "core/sandbox/salesforce/SalesforceEmulator.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/FieldMapRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "tests/support/KeychainProbe.h"
#include "tests/support/TestEnv.h"
#include "tests/support/TestSettings.h"
#include "ui/FlowsPage.h"
#include "ui/accounts/ErrorBanner.h"
#include "ui/flows/FlowEditorDialog.h"
#include "ui/flows/FlowListModel.h"
#include "ui/mapping/AddFieldDialog.h"
#include "ui/mapping/FieldMapTableModel.h"
#include "ui/mapping/MappingEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace LeadBridge;
using M = FieldMapTableModel;

namespace {
/// Closes the completion list (a person would pick from it or type on) and presses Enter.
/// Waits until the editor has asked the CRM for its fields and heard back.
void waitLoaded(MappingEditor &editor)
{
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isLoadingFields(), 30000);
}

void finishTyping(QComboBox *picker)
{
    if (auto *popup = picker->completer() ? picker->completer()->popup() : nullptr)
        popup->hide();
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
}
} // namespace

class TestMappingEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mapByKeyboardSaveReopenExportImport();
    void samplePanelShowsRealValues();
    void schemaDriftIsFlaggedOnReopen();
    void describeFailureShowsBanner();
    void flowsPageListsCreatesAndOpensEditor();
    void screenshot();

private:
    std::unique_ptr<MappingEditor> openEditor(qint64 flowId);
    AccountOperationResult linkSalesforce(const QString &name, const QString &password);
    qint64 addFlow(const QString &name, qint64 crmAccount);
    QModelIndex cell(MappingEditor &editor, const QString &field, int column) const;
    void go(MappingEditor &editor, const QString &field, int column);
    void pick(MappingEditor &editor, const QString &typed);
    QStringList issueTexts(MappingEditor &editor) const;
    bool hasIssueStarting(MappingEditor &editor, const QString &start) const;

    std::unique_ptr<Test::ScopedDataDir> m_dataDir;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    Sandbox::SandboxThread m_sandbox;
    Journal m_journal;
    CredentialStore m_store;
    std::unique_ptr<EngineHost> m_engine;
    std::unique_ptr<AccountService> m_accounts;
    qint64 m_salesforceId = 0;
    qint64 m_actOnId = 0;
    qint64 m_flowId = 0;
};

void TestMappingEditor::initTestCase()
{
    m_dataDir = std::make_unique<Test::ScopedDataDir>();
    m_settingsDir = std::make_unique<QTemporaryDir>();
    Test::TestSettings::useIniIn(m_settingsDir->path());

    LEADBRIDGE_REQUIRE_KEYCHAIN(m_store);

    Sandbox::SandboxConfig config;
    config.emulators = { QStringLiteral("salesforce") };
    config.size = 200;
    QVERIFY2(m_sandbox.start(config), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_journal.open());
    m_engine = std::make_unique<EngineHost>();
    m_accounts = std::make_unique<AccountService>(m_journal, &m_store, m_engine.get());

    const AccountOperationResult linked
        = linkSalesforce(QStringLiteral("Sandbox Salesforce"), QString());
    QVERIFY2(linked.ok, qPrintable(linked.message));
    m_salesforceId = linked.accountId;
    Account actOn;
    actOn.kind = AccountKind::ActOn;
    actOn.name = QStringLiteral("Marketing");
    actOn.settings.insert(QStringLiteral("baseUrl"), QStringLiteral("http://127.0.0.1:9"));
    const auto added = AccountRepository(m_journal).add(actOn);
    QVERIFY(added);
    m_actOnId = added->id;
    m_flowId = addFlow(QStringLiteral("Salesforce contacts"), m_salesforceId);
    QVERIFY(m_flowId > 0);
}

void TestMappingEditor::cleanupTestCase()
{
    m_accounts.reset();
    m_engine.reset();
    m_journal.close();
    m_sandbox.stop();
}

AccountOperationResult TestMappingEditor::linkSalesforce(
    const QString &name, const QString &password)
{
    QVariantMap creds;
    for (const auto &e : m_sandbox.endpoints()) {
        if (e.name == QLatin1String("salesforce"))
            creds = e.credentials;
    }
    QVariantMap settings;
    settings.insert(
        QStringLiteral("loginUrl"), m_sandbox.baseUrl(QStringLiteral("salesforce")).toString());
    settings.insert(QStringLiteral("authMethod"), QStringLiteral("password"));
    settings.insert(QStringLiteral("clientId"), creds.value(QStringLiteral("clientId")));
    settings.insert(QStringLiteral("username"), creds.value(QStringLiteral("username")));
    CredentialBundle secrets;
    secrets.secrets.insert(QStringLiteral("password"),
        (password.isEmpty() ? creds.value(QStringLiteral("password")).toString() : password)
            .toUtf8());
    secrets.secrets.insert(QStringLiteral("securityToken"),
        creds.value(QStringLiteral("securityToken")).toString().toUtf8());
    secrets.secrets.insert(QStringLiteral("clientSecret"),
        creds.value(QStringLiteral("clientSecret")).toString().toUtf8());
    AccountOperationResult result;
    bool finished = false;
    m_accounts->link(
        AccountKind::Salesforce, name, settings, secrets, [&](const AccountOperationResult &r) {
            result = r;
            finished = true;
        });
    if (!QTest::qWaitFor([&] { return finished; }, 30000))
        qWarning("link did not finish");
    return result;
}

qint64 TestMappingEditor::addFlow(const QString &name, qint64 crmAccount)
{
    Flow flow;
    flow.kind = FlowKind::CrmContactSync;
    flow.name = name;
    flow.sourceAccountId = crmAccount;
    flow.targetAccountId = m_actOnId;
    const auto added = FlowRepository(m_journal).add(flow);
    return added ? added->id : 0;
}

std::unique_ptr<MappingEditor> TestMappingEditor::openEditor(qint64 flowId)
{
    auto editor = std::make_unique<MappingEditor>(
        m_journal, m_accounts.get(), &m_store, m_engine.get(), flowId);
    editor->resize(1180, 720);
    editor->show();
    return editor;
}

QModelIndex TestMappingEditor::cell(MappingEditor &editor, const QString &field, int column) const
{
    const int row = editor.model()->map().indexOf(field);
    return row < 0 ? QModelIndex()
                   : editor.proxy()->mapFromSource(editor.model()->index(row, column));
}

void TestMappingEditor::go(MappingEditor &editor, const QString &field, int column)
{
    const QModelIndex index = cell(editor, field, column);
    QVERIFY2(index.isValid(), qPrintable(field));
    editor.table()->setFocus();
    editor.table()->setCurrentIndex(index);
    QCOMPARE(editor.table()->currentIndex(), index);
}

/// Opens the picker of the current cell with F2, types @p typed and presses Enter.
void TestMappingEditor::pick(MappingEditor &editor, const QString &typed)
{
    QTest::keyClick(editor.table(), Qt::Key_F2);
    auto *picker = editor.table()->findChild<QComboBox *>(QStringLiteral("fieldPicker"));
    QVERIFY(picker);
    QVERIFY(picker->count() > 20); // the discovered fields are listed
    picker->lineEdit()->selectAll();
    QTest::keyClick(picker->lineEdit(), Qt::Key_Backspace);
    if (!typed.isEmpty())
        QTest::keyClicks(picker->lineEdit(), typed);
    finishTyping(picker);
    QTRY_VERIFY(!editor.table()->findChild<QComboBox *>(QStringLiteral("fieldPicker")));
}

QStringList TestMappingEditor::issueTexts(MappingEditor &editor) const
{
    QStringList out;
    for (int i = 0; i < editor.issueList()->count(); ++i)
        out.append(editor.issueList()->item(i)->text());
    return out;
}

bool TestMappingEditor::hasIssueStarting(MappingEditor &editor, const QString &start) const
{
    for (const QString &text : issueTexts(editor)) {
        if (text.startsWith(start))
            return true;
    }
    return false;
}

void TestMappingEditor::mapByKeyboardSaveReopenExportImport()
{
    auto editor = openEditor(m_flowId);
    QSignalSpy loaded(editor.get(), &MappingEditor::fieldsLoaded);
    QCOMPARE(editor->schemaStatusText(), QStringLiteral("Loading fields…"));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.constFirst().at(0).toBool(), true);
    QVERIFY2(editor->schemaStatusText().contains(QStringLiteral("Lead and")),
        qPrintable(editor->schemaStatusText()));
    QCOMPARE(editor->modifiedText(), QStringLiteral("● Not saved yet"));
    // The pre-map found the org's score field.
    QCOMPARE(editor->model()
                 ->map()
                 .row(editor->model()->map().indexOf(QStringLiteral("Score")))
                 .leadField,
        QStringLiteral("Score__c"));

    // Remove the email row with the Delete key: the banner says email must be mapped.
    go(*editor, QStringLiteral("E-mail Address"), M::MarketingColumn);
    QTest::keyClick(editor->table(), Qt::Key_Delete);
    QCOMPARE(editor->model()->map().indexOf(QStringLiteral("E-mail Address")), -1);
    QVERIFY(editor->findChild<QWidget *>(QStringLiteral("validationBanner"))->isVisible());
    QVERIFY2(hasIssueStarting(*editor, QStringLiteral("The map has no email field.")),
        qPrintable(issueTexts(*editor).join(u'\n')));
    QVERIFY(!editor->findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());

    // Add it back through Add Field…, typing the name.
    QTest::mouseClick(
        editor->findChild<QPushButton *>(QStringLiteral("addFieldButton")), Qt::LeftButton);
    QTRY_VERIFY(editor->addFieldDialog());
    AddFieldDialog *dialog = editor->addFieldDialog();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("fieldNameEdit")),
        QStringLiteral("E-mail Address"));
    QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("fieldTypeCombo"))->isEnabled());
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(editor->model()->map().indexOf(QStringLiteral("E-mail Address")) >= 0);
    QVERIFY(!hasIssueStarting(*editor, QStringLiteral("The map has no email field.")));
    QVERIFY(
        hasIssueStarting(*editor, QStringLiteral("“E-mail Address” has no Salesforce source.")));
    // The new row's Lead cell is current: pick the field by typing its API name.
    QCOMPARE(
        editor->proxy()->mapToSource(editor->table()->currentIndex()).column(), int(M::LeadColumn));
    pick(*editor, QStringLiteral("email"));
    const int emailRow = editor->model()->map().indexOf(QStringLiteral("E-mail Address"));
    QCOMPARE(editor->model()->map().row(emailRow).leadField, QStringLiteral("Email"));
    QVERIFY(
        !hasIssueStarting(*editor, QStringLiteral("“E-mail Address” has no Salesforce source.")));
    // Contact column: start typing on the cell itself (type-to-search) — a label works too.
    QTest::keyClick(editor->table(), Qt::Key_Right);
    QTest::keyClick(editor->table(), 'E');
    auto *picker = editor->table()->findChild<QComboBox *>(QStringLiteral("fieldPicker"));
    QVERIFY(picker);
    QCOMPARE(picker->currentText(), QStringLiteral("E"));
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("mail (Email)"));
    finishTyping(picker);
    QTRY_COMPARE(editor->model()->map().row(emailRow).contactField, QStringLiteral("Email"));
    QCOMPARE(editor->model()->index(emailRow, M::ContactColumn).data().toString(),
        QStringLiteral("Email"));

    // Clear the score sources: "score must be mapped" appears, then picking it clears it.
    go(*editor, QStringLiteral("Score"), M::LeadColumn);
    pick(*editor, QString());
    go(*editor, QStringLiteral("Score"), M::ContactColumn);
    pick(*editor, QString());
    QVERIFY2(hasIssueStarting(*editor, QStringLiteral("No score field is mapped to Salesforce.")),
        qPrintable(issueTexts(*editor).join(u'\n')));
    QVERIFY(!editor->canSave());
    // Clicking the problem focuses its row.
    for (int i = 0; i < editor->issueList()->count(); ++i) {
        if (editor->issueList()->item(i)->text().startsWith(QStringLiteral("No score field")))
            editor->focusIssue(editor->issueList()->item(i));
    }
    QCOMPARE(editor->proxy()->mapToSource(editor->table()->currentIndex()).row(),
        editor->model()->map().indexOf(QStringLiteral("Score")));
    go(*editor, QStringLiteral("Score"), M::LeadColumn);
    pick(*editor, QStringLiteral("Score__c"));
    go(*editor, QStringLiteral("Score"), M::ContactColumn);
    pick(*editor, QStringLiteral("score"));
    QVERIFY(!hasIssueStarting(*editor, QStringLiteral("No score field is mapped")));
    QCOMPARE(editor->model()
                 ->map()
                 .row(editor->model()->map().indexOf(QStringLiteral("Score")))
                 .contactField,
        QStringLiteral("Score__c"));

    // Space toggles allow push; a score row does not give in.
    go(*editor, QStringLiteral("Job Title"), M::AllowPushColumn);
    QTest::keyClick(editor->table(), Qt::Key_Space);
    QCOMPARE(editor->model()
                 ->map()
                 .row(editor->model()->map().indexOf(QStringLiteral("Job Title")))
                 .allowPush,
        false);
    // The score row's toggle is disabled (it cannot even become the current cell).
    const QModelIndex scorePush = cell(*editor, QStringLiteral("Score"), M::AllowPushColumn);
    QVERIFY(!(scorePush.flags() & Qt::ItemIsEnabled));
    QVERIFY(scorePush.data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Score fields always push")));
    QVERIFY(editor->model()->map().effectiveAllowPush(
        editor->model()->map().indexOf(QStringLiteral("Score"))));

    // The filter box narrows the table.
    QTest::keyClicks(
        editor->findChild<QLineEdit *>(QStringLiteral("filterEdit")), QStringLiteral("mail"));
    QVERIFY(editor->proxy()->rowCount() < editor->model()->rowCount());
    QVERIFY(cell(*editor, QStringLiteral("E-mail Address"), M::MarketingColumn).isValid());
    editor->findChild<QLineEdit *>(QStringLiteral("filterEdit"))->clear();

    // Save.
    QVERIFY(editor->canSave());
    QTest::mouseClick(
        editor->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(editor->modifiedText(), QStringLiteral("All changes saved"));
    QVERIFY(editor->banner()->text().startsWith(QStringLiteral("Saved.")));
    const FieldMap saved = editor->model()->map();
    QCOMPARE(saved.revision(), 1);
    QVERIFY(FlowRepository(m_journal).get(m_flowId)->needsFullSync);

    // Reopen: a new editor reads the journal and finds the map intact.
    editor.reset();
    auto reopened = openEditor(m_flowId);
    waitLoaded(*reopened);
    QCOMPARE(reopened->model()->map(), saved);
    QCOMPARE(reopened->modifiedText(), QStringLiteral("All changes saved"));
    QVERIFY(!hasIssueStarting(*reopened, QStringLiteral("No score field")));

    // Export, change, import: the same map again.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("map.json"));
    QVERIFY(reopened->exportTo(file));
    go(*reopened, QStringLiteral("Job Title"), M::MarketingColumn);
    QTest::keyClick(reopened->table(), Qt::Key_Delete);
    QCOMPARE(reopened->modifiedText(), QStringLiteral("● Unsaved changes"));
    QVERIFY(reopened->importFrom(file));
    QCOMPARE(reopened->model()->map().rows(), saved.rows());
    QCOMPARE(reopened->model()->map().policy(), saved.policy());
    QVERIFY(!reopened->model()->isModified());
    // A broken file changes nothing and says why.
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({"format":"leadbridge.fieldmap","version":99,"rows":[]})");
    out.close();
    QVERIFY(!reopened->importFrom(bad));
    QVERIFY2(reopened->banner()->text().contains(QStringLiteral("was not imported")),
        qPrintable(reopened->banner()->text()));
    QCOMPARE(reopened->model()->map().rows(), saved.rows());
}

void TestMappingEditor::samplePanelShowsRealValues()
{
    auto editor = openEditor(m_flowId);
    waitLoaded(*editor);
    go(*editor, QStringLiteral("E-mail Address"), M::LeadColumn);
    QTRY_VERIFY_WITH_TIMEOUT(editor->sampleList()->count() > 0, 20000);
    QVERIFY2(editor->sampleCaption().startsWith(QStringLiteral("Lead field “Email”")),
        qPrintable(editor->sampleCaption()));
    QVERIFY(editor->sampleList()->count() <= 5);
    for (int i = 0; i < editor->sampleList()->count(); ++i)
        QVERIFY(editor->sampleList()->item(i)->text().contains(u'@'));
    // A relationship path reads through the join.
    go(*editor, QStringLiteral("Company"), M::ContactColumn);
    QTRY_VERIFY_WITH_TIMEOUT(
        editor->sampleCaption().startsWith(QStringLiteral("Contact field “Account.Name”"))
            && !editor->sampleCaption().contains(QStringLiteral("loading")),
        20000);
    QVERIFY2(editor->sampleCaption().startsWith(QStringLiteral("Contact field “Account.Name”")),
        qPrintable(editor->sampleCaption()));
    if (!editor->sampleCaption().startsWith(QStringLiteral("Contact field “Account.Name” — ")))
        qWarning() << editor->sampleCaption();
    QVERIFY2(editor->sampleList()->count() > 0, qPrintable(editor->sampleCaption()));
}

void TestMappingEditor::schemaDriftIsFlaggedOnReopen()
{
    // A saved map with a custom field read from a custom Lead field.
    FieldMapRepository repo(m_journal);
    const auto stored = repo.load(m_flowId);
    QVERIFY(stored.ok() && stored.value().has_value());
    FieldMap map = *stored.value();
    map.addRow(FieldMapRow::make(
        MarketingField::custom(QStringLiteral("Customer Id"), MarketingFieldType::Text),
        QStringLiteral("External_Id__c"), {}));
    QVERIFY(repo.save(m_flowId, map));
    {
        auto editor = openEditor(m_flowId);
        QSignalSpy loaded(editor.get(), &MappingEditor::fieldsLoaded);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(cell(*editor, QStringLiteral("Customer Id"), M::LeadColumn)
                     .data(M::IssueSeverityRole)
                     .toInt(),
            -1);
    }
    // The admin deletes the field in Salesforce.
    bool removed = false;
    QVERIFY(m_sandbox.invoke([&](Sandbox::Sandbox &sandbox) {
        auto *sf = qobject_cast<Sandbox::SalesforceEmulator *>(
            sandbox.emulator(QStringLiteral("salesforce")));
        removed = sf && sf->removeField(QStringLiteral("Lead"), QStringLiteral("External_Id__c"));
    }));
    QVERIFY(removed);

    auto editor = openEditor(m_flowId);
    waitLoaded(*editor);
    const QModelIndex lead = cell(*editor, QStringLiteral("Customer Id"), M::LeadColumn);
    QCOMPARE(lead.data(M::IssueSeverityRole).toInt(), 0);
    QVERIFY(!lead.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QString expected = QStringLiteral(
        "Lead field “External_Id__c” (mapped to “Customer Id”) no longer exists in Salesforce.");
    QVERIFY2(lead.data(Qt::ToolTipRole).toString().contains(expected),
        qPrintable(lead.data(Qt::ToolTipRole).toString()));
    QVERIFY2(hasIssueStarting(*editor, expected), qPrintable(issueTexts(*editor).join(u'\n')));
    QVERIFY(!editor->canSave());
    // Clearing the column (the fix the message asks for) makes the map savable again.
    go(*editor, QStringLiteral("Customer Id"), M::LeadColumn);
    pick(*editor, QString());
    QVERIFY(!hasIssueStarting(*editor, expected));
    QVERIFY2(editor->canSave(), qPrintable(issueTexts(*editor).join(u'\n')));
}

void TestMappingEditor::describeFailureShowsBanner()
{
    const AccountOperationResult linked
        = linkSalesforce(QStringLiteral("Wrong password org"), QStringLiteral("not-the-password"));
    QVERIFY(linked.saved);
    QVERIFY(!linked.ok);
    const qint64 flow = addFlow(QStringLiteral("Broken org sync"), linked.accountId);
    auto editor = openEditor(flow);
    waitLoaded(*editor);
    QVERIFY(editor->banner()->isVisible());
    QVERIFY2(
        editor->banner()->text().startsWith(QStringLiteral(
            "LeadBridge could not list the fields of Salesforce account “Wrong password org”")),
        qPrintable(editor->banner()->text()));
    QCOMPARE(editor->schemaStatusText(), QStringLiteral("Fields not loaded"));
    QVERIFY(editor->findChild<QPushButton *>(QStringLiteral("reloadFieldsButton"))->isVisible());
    // Still editable: the pre-map is there, the score row waits for a field.
    QVERIFY(editor->model()->rowCount() > 10);
    QVERIFY(hasIssueStarting(*editor, QStringLiteral("No score field is mapped")));
}

void TestMappingEditor::flowsPageListsCreatesAndOpensEditor()
{
    FlowsPage page;
    QSignalSpy current(&page, &FlowsPage::currentFlowChanged);
    QVERIFY(page.isShowingEmptyState());
    page.setServices(&m_journal, m_accounts.get(), &m_store, m_engine.get());
    page.show();
    QVERIFY(!page.isShowingEmptyState());
    const int before = page.model()->rowCount();
    QVERIFY(before >= 2);
    QVERIFY(page.selectedFlowId() > 0);
    QVERIFY(!current.isEmpty());
    QCOMPARE(page.model()
                 ->index(page.model()->rowOf(m_flowId), FlowListModel::KindColumn)
                 .data()
                 .toString(),
        QStringLiteral("CRM contact sync"));
    QCOMPARE(page.model()
                 ->index(page.model()->rowOf(m_flowId), FlowListModel::AccountsColumn)
                 .data()
                 .toString(),
        QStringLiteral("Sandbox Salesforce → Marketing"));

    // New Flow…: a webinar import needs an ON24 account, which is not linked.
    QTest::mouseClick(
        page.findChild<QPushButton *>(QStringLiteral("newFlowButton")), Qt::LeftButton);
    QTRY_VERIFY(page.flowEditor());
    FlowEditorDialog *dialog = page.flowEditor();
    dialog->setKind(FlowKind::WebinarImport);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("newFlowHint"))
                ->text()
                .contains(QStringLiteral("ON24")));
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->setKind(FlowKind::ListSync);
    auto *source = dialog->findChild<QComboBox *>(QStringLiteral("sourceAccountCombo"));
    auto *target = dialog->findChild<QComboBox *>(QStringLiteral("targetAccountCombo"));
    for (int i = 0; i < source->count(); ++i)
        QVERIFY(source->itemText(i).endsWith(QStringLiteral("(Salesforce)")));
    QCOMPARE(target->count(), 1);
    QCOMPARE(target->itemText(0), QStringLiteral("Marketing (Act-On)"));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("flowNameEdit"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Webinar attendees list"));
    QTRY_VERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_COMPARE(page.model()->rowCount(), before + 1);
    const auto flows = FlowRepository(m_journal).list().value();
    const auto created = std::find_if(flows.cbegin(), flows.cend(),
        [](const Flow &f) { return f.name == QLatin1String("Webinar attendees list"); });
    QVERIFY(created != flows.cend());
    QCOMPARE(created->kind, FlowKind::ListSync);
    QCOMPARE(created->targetAccountId, m_actOnId);
    QCOMPARE(page.selectedFlowId(), created->id);

    // Edit Mapping… opens the editor of the selected flow.
    QVERIFY(page.selectFlow(m_flowId));
    QTest::mouseClick(
        page.findChild<QPushButton *>(QStringLiteral("editMappingButton")), Qt::LeftButton);
    QTRY_VERIFY(page.mappingEditor());
    QCOMPARE(page.mappingEditor()->flowId(), m_flowId);
    waitLoaded(*page.mappingEditor());
    QVERIFY(page.mappingEditor()->schemaStatusText().contains(QStringLiteral("Lead and")));
}

/// With LEADBRIDGE_SCREENSHOT_DIR set, saves mapping-editor.png there (the docs picture):
/// the saved map with the drifted row, auto-map suggestions and examples for the email field.
void TestMappingEditor::screenshot()
{
    const QString dir = qEnvironmentVariable("LEADBRIDGE_SCREENSHOT_DIR");
    auto editor = openEditor(m_flowId);
    editor->resize(1240, 780);
    waitLoaded(*editor);
    editor->autoMap();
    go(*editor, QStringLiteral("E-mail Address"), M::LeadColumn);
    QTRY_VERIFY_WITH_TIMEOUT(editor->sampleList()->count() > 0, 20000);
    const QImage image = editor->grab().toImage();
    QVERIFY(!image.isNull());
    if (dir.isEmpty())
        QSKIP("Set LEADBRIDGE_SCREENSHOT_DIR to save mapping-editor.png");
    QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("mapping-editor.png"))));
}

QTEST_MAIN(TestMappingEditor)
#include "tst_mappingeditor.moc"
