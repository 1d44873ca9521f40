// AppSession start-up: a journal of an older schema is upgraded on a worker thread while the
// GUI thread keeps running its event loop; a current or foreign journal is left to open().
#include "Version.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/store/JournalSchema.h"
#include "core/util/AppPaths.h"
#include "tests/support/TestEnv.h"
#include "ui/AppSession.h"
#include "ui/MainWindow.h"

#include <QFile>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace LeadBridge;

class TestAppSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void olderJournalIsUpgradedOffTheGuiThread();
    void currentJournalOpensWithoutUpgrade();
    void foreignFileIsNeitherUpgradedNorOpened();

private:
    static AppSession::Options quietOptions();
    QTemporaryDir m_settingsDir;
};

void TestAppSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationDomain(QStringLiteral(LEADBRIDGE_ORG_DOMAIN));
    QCoreApplication::setApplicationName(QStringLiteral(LEADBRIDGE_NAME));
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

AppSession::Options TestAppSession::quietOptions()
{
    AppSession::Options options;
    options.scheduler = false;
    options.tray = false;
    return options;
}

void TestAppSession::olderJournalIsUpgradedOffTheGuiThread()
{
    Test::ScopedDataDir dataDir;
    const QString path = AppPaths::journalPath();
    const int latest = Journal::latestSchemaVersion();
    {
        // A journal as the previous release left it, with one flow in it.
        Journal old;
        QVERIFY(old.open(path, QStringLiteral("old"),
            JournalSchema::migrations().mid(0, JournalSchema::migrations().size() - 1)));
        QCOMPARE(old.schemaVersion(), latest - 1);
        QSqlQuery insert(old.database());
        QVERIFY(insert.exec(QStringLiteral(
            "INSERT INTO flows (name, kind, created_at, updated_at) VALUES "
            "('Old flow', 'list_sync', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
    }
    QVERIFY(Journal::needsUpgrade(path));

    // A timer posted before start() can only fire inside start() if the GUI thread kept
    // running its event loop while the upgrade ran.
    bool eventLoopRan = false;
    QTimer::singleShot(0, this, [&eventLoopRan] { eventLoopRan = true; });
    AppSession session;
    session.start(quietOptions());

    QVERIFY(session.upgradedInBackground());
    QVERIFY(eventLoopRan);
    QVERIFY(session.isJournalOpen());
    QCOMPARE(session.journal().schemaVersion(), latest);
    QVERIFY(!Journal::needsUpgrade(path));
    const auto flows = FlowRepository(session.journal()).list();
    QVERIFY(flows);
    QCOMPARE(flows->size(), 1);
    QCOMPARE(flows->first().name, QStringLiteral("Old flow"));
}

void TestAppSession::currentJournalOpensWithoutUpgrade()
{
    Test::ScopedDataDir dataDir;
    {
        Journal current;
        QVERIFY(current.open(AppPaths::journalPath(), QStringLiteral("current")));
    }
    QVERIFY(!Journal::needsUpgrade(AppPaths::journalPath()));
    AppSession session;
    session.start(quietOptions());
    QVERIFY(!session.upgradedInBackground());
    QVERIFY(session.isJournalOpen());
}

void TestAppSession::foreignFileIsNeitherUpgradedNorOpened()
{
    Test::ScopedDataDir dataDir;
    QFile foreign(AppPaths::journalPath());
    QVERIFY(foreign.open(QIODevice::WriteOnly));
    foreign.write("this is somebody's shopping list, not a database\n");
    foreign.close();

    QVERIFY(!Journal::needsUpgrade(AppPaths::journalPath()));
    AppSession session;
    session.start(quietOptions());
    QVERIFY(!session.upgradedInBackground());
    QVERIFY(!session.isJournalOpen());
    QVERIFY2(session.journal().errorString().contains(QStringLiteral("not a LeadBridge journal")),
        qPrintable(session.journal().errorString()));
    QFile again(AppPaths::journalPath());
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), QByteArray("this is somebody's shopping list, not a database\n"));
}

QTEST_MAIN(TestAppSession)
#include "tst_appsession.moc"
