// Mapping editor: a Score row offers the Act-On account's score sheets, looked up live from
// the Act-On emulator (the demo world has "Score" and "Product Score"), and the sheet picked
// is saved as the row's scoreName.
#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/mapping/FieldMap.h"
#include "core/sandbox/SandboxThread.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/FieldMapRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "tests/support/TestEnv.h"
#include "ui/mapping/FieldMapTableModel.h"
#include "ui/mapping/MappingEditor.h"

#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadBridge;
using M = FieldMapTableModel;

class TestMappingScoreSheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void scoreRowOffersTheAccountsSheetsAndSavesTheChoice();

private:
    qint64 link(AccountKind kind, const QString &emulator, const QStringList &settingKeys,
        const QStringList &secretKeys, const QString &urlKey);

    std::unique_ptr<Test::ScopedDataDir> m_dataDir;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    Sandbox::SandboxThread m_sandbox;
    Journal m_journal;
    CredentialStore m_store;
    std::unique_ptr<EngineHost> m_engine;
    std::unique_ptr<AccountService> m_accounts;
};

void TestMappingScoreSheet::initTestCase()
{
    m_dataDir = std::make_unique<Test::ScopedDataDir>();
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir->path());

    QSignalSpy probe(&m_store, &CredentialStore::finished);
    m_store.write(QStringLiteral("probe"), QStringLiteral("probe"), QByteArray("x"));
    QVERIFY(probe.wait(10000));
    if (probe.constFirst().at(1).value<CredentialResult>().error
        == CredentialResult::ErrorKind::KeychainUnavailable)
        QSKIP("No keychain reachable: run inside scripts/with-keyring.sh");
    m_store.remove(QStringLiteral("probe"), QStringLiteral("probe"));

    Sandbox::SandboxConfig config;
    config.emulators = { QStringLiteral("salesforce"), QStringLiteral("acton") };
    config.size = 60;
    QVERIFY2(m_sandbox.start(config), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_journal.open());
    m_engine = std::make_unique<EngineHost>();
    m_accounts = std::make_unique<AccountService>(m_journal, &m_store, m_engine.get());
}

void TestMappingScoreSheet::cleanupTestCase()
{
    m_accounts.reset();
    m_engine.reset();
    m_journal.close();
    m_sandbox.stop();
}

qint64 TestMappingScoreSheet::link(AccountKind kind, const QString &emulator,
    const QStringList &settingKeys, const QStringList &secretKeys, const QString &urlKey)
{
    QVariantMap creds;
    for (const auto &e : m_sandbox.endpoints()) {
        if (e.name == emulator)
            creds = e.credentials;
    }
    QVariantMap settings;
    settings.insert(urlKey, m_sandbox.baseUrl(emulator).toString());
    for (const QString &k : settingKeys)
        settings.insert(k, creds.value(k));
    if (kind == AccountKind::Salesforce)
        settings.insert(QStringLiteral("authMethod"), QStringLiteral("password"));
    CredentialBundle secrets;
    for (const QString &k : secretKeys)
        secrets.secrets.insert(k, creds.value(k).toString().toUtf8());
    AccountOperationResult result;
    bool finished = false;
    m_accounts->link(kind, QStringLiteral("Sandbox ") + emulator, settings, secrets,
        [&](const AccountOperationResult &r) {
            result = r;
            finished = true;
        });
    if (!QTest::qWaitFor([&] { return finished; }, 30000) || !result.ok) {
        qWarning() << "link" << emulator << result.message;
        return 0;
    }
    return result.accountId;
}

void TestMappingScoreSheet::scoreRowOffersTheAccountsSheetsAndSavesTheChoice()
{
    const qint64 sf = link(AccountKind::Salesforce, QStringLiteral("salesforce"),
        { QStringLiteral("clientId"), QStringLiteral("username") },
        { QStringLiteral("password"), QStringLiteral("securityToken"),
            QStringLiteral("clientSecret") },
        QStringLiteral("loginUrl"));
    const qint64 acton = link(AccountKind::ActOn, QStringLiteral("acton"),
        { QStringLiteral("clientId"), QStringLiteral("username") },
        { QStringLiteral("password"), QStringLiteral("clientSecret") }, QStringLiteral("baseUrl"));
    QVERIFY(sf > 0 && acton > 0);
    Flow flow;
    flow.kind = FlowKind::CrmContactSync;
    flow.name = QStringLiteral("Scores");
    flow.sourceAccountId = sf;
    flow.targetAccountId = acton;
    const auto added = FlowRepository(m_journal).add(flow);
    QVERIFY(added);

    MappingEditor editor(m_journal, m_accounts.get(), &m_store, m_engine.get(), added->id);
    editor.resize(1280, 720);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isLoadingScoreSheets(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isLoadingFields(), 30000);
    // The live look-up: the default sheet first, then the account's other sheets.
    QCOMPARE(editor.model()->scoreSheets(),
        QStringList({ QStringLiteral("Score"), QStringLiteral("Product Score") }));

    const int scoreRow = editor.model()->map().indexOf(QStringLiteral("Score"));
    QVERIFY(scoreRow >= 0);
    const QModelIndex cell = editor.model()->index(scoreRow, M::ScoreSheetColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("Default score sheet"));
    QVERIFY(cell.flags() & Qt::ItemIsEditable);
    // Not offered on other rows.
    const int first = editor.model()->map().indexOf(QStringLiteral("First Name"));
    QVERIFY(!(editor.model()->index(first, M::ScoreSheetColumn).flags() & Qt::ItemIsEditable));

    // Pick the second sheet with the keyboard in the table's picker.
    const QModelIndex viewCell = editor.proxy()->mapFromSource(cell);
    editor.table()->setCurrentIndex(viewCell);
    editor.table()->setFocus();
    QTest::keyClick(editor.table(), Qt::Key_F2);
    QComboBox *picker = nullptr;
    QTRY_VERIFY((picker = editor.table()->findChild<QComboBox *>(QStringLiteral("scoreSheetPicker")))
        != nullptr);
    QStringList offered;
    for (int i = 0; i < picker->count(); ++i)
        offered.append(picker->itemText(i));
    QCOMPARE(offered,
        QStringList({ QStringLiteral("Default score sheet"), QStringLiteral("Product Score") }));
    picker->setCurrentIndex(picker->findText(QStringLiteral("Product Score")));
    QTest::keyClick(picker, Qt::Key_Return);
    QTRY_COMPARE(cell.data().toString(), QStringLiteral("Product Score"));

    QVERIFY(editor.save());
    const auto stored = FieldMapRepository(m_journal).load(added->id);
    QVERIFY(stored.ok() && stored.value());
    const FieldMap saved = *stored.value();
    QCOMPARE(saved.row(saved.indexOf(QStringLiteral("Score"))).scoreName,
        QStringLiteral("Product Score"));
}

QTEST_MAIN(TestMappingScoreSheet)
#include "tst_mapping_scoresheet.moc"
