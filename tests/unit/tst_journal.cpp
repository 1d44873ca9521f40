#include "core/model/Account.h"
#include "core/model/Flow.h"
#include "core/model/RecordChange.h"
#include "core/model/RunSummary.h"
#include "core/store/AccountRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/store/JournalSchema.h"
#include "core/store/RunRepository.h"
#include "core/store/Transaction.h"
#include "core/util/AppPaths.h"
#include "tests/support/TestEnv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QFile>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <unistd.h>
#include <memory>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

namespace {

/// "1,2,…,last": the schema_version rows of a journal upgraded step by step to @p last.
QString versionList(int last)
{
    QStringList versions;
    for (int v = 1; v <= last; ++v)
        versions.append(QString::number(v));
    return versions.join(u',');
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Runs SQL on a raw connection (no Journal) so tests can hand-make files.
void rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &sql : statements)
            QVERIFY2(query.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QVariant scalar(Journal &journal, const QString &sql)
{
    QSqlQuery query(journal.database());
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

QList<Migration> migrationsUpTo(int version)
{
    QList<Migration> list = JournalSchema::migrations();
    for (int v = list.constLast().version + 1; v <= version; ++v) {
        list.append(Migration { v, QStringLiteral("test step %1").arg(v),
            { QStringLiteral("CREATE TABLE extra_%1 (x TEXT)").arg(v) } });
    }
    return list;
}

Account sampleAccount(const QString &name = QStringLiteral("Acme Salesforce"))
{
    Account a;
    a.kind = AccountKind::Salesforce;
    a.name = name;
    a.settings = { { QStringLiteral("instanceUrl"),
                       QStringLiteral("https://acme.my.salesforce.com") },
        { QStringLiteral("clientId"), QStringLiteral("3MVG9abc") },
        { QStringLiteral("username"), QStringLiteral("admin@acme.example") },
        { QStringLiteral("options"),
            QVariantMap { { QStringLiteral("bulk"), true }, { QStringLiteral("batch"), 200 } } } };
    return a;
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_dataDir = std::make_unique<Test::ScopedDataDir>(); }
    void cleanup() { m_dataDir.reset(); }
    void freshJournalHasSchemaAndPragmas();
    void everyTableAndIndexExists_data();
    void everyTableAndIndexExists();
    void explicitPathAndConnectionName();
    void connectionNameInUseIsRefused();
    void journalAndFolderArePrivate();
    void olderWorldReadableJournalIsTightened();
    void readOnlyJournalIsReportedAsReadOnly();
    void upgradesHandMadeVersion0File();
    void upgradeKeepsDataAcrossSteps();
    void failedMigrationRollsBack();
    void newerSchemaIsRefusedAndUntouched();
    void notAJournalIsRefusedAndUntouched_data();
    void notAJournalIsRefusedAndUntouched();
    void accountRoundTrip();
    void accountSecretsAreRefused_data();
    void accountSecretsAreRefused();
    void accountRemoveRefusedWhileUsedByFlow();
    void flowRoundTrip();
    void runLifecycleWithCounts();
    void changesAndCountsRollBackTogether();
    void valueTypesCrossThreads();
    void readerIsNotBlockedByWriter();
    void concurrentWriterAndReaderThreads();
    void writeAheadLogShrinksAfterALargeCommit();

private:
    // A fresh data folder for every test function (and every data row).
    std::unique_ptr<Test::ScopedDataDir> m_dataDir;
};

void TestJournal::freshJournalHasSchemaAndPragmas()
{
    QVERIFY(!QFile::exists(AppPaths::journalPath()));
    Journal journal;
    const Status status = journal.open();
    QVERIFY2(status.ok(), qPrintable(status.errorString()));
    QCOMPARE(journal.path(), AppPaths::journalPath());
    QVERIFY(QFile::exists(AppPaths::journalPath()));
    QCOMPARE(journal.schemaVersion(), JournalSchema::latestVersion());
    QCOMPARE(Journal::latestSchemaVersion(), JournalSchema::migrations().constLast().version);
    QCOMPARE(scalar(journal, QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), JournalSchema::latestVersion());
    // A fresh journal records every step it applied.
    QCOMPARE(scalar(journal, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), JournalSchema::latestVersion());
    QCOMPARE(journal.pragma(QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(journal.pragma(QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QCOMPARE(journal.pragma(QStringLiteral("synchronous")), QStringLiteral("1")); // NORMAL
    QCOMPARE(journal.pragma(QStringLiteral("busy_timeout")), QStringLiteral("5000"));
    QCOMPARE(journal.pragma(QStringLiteral("journal_size_limit")), QStringLiteral("67108864"));
    // Reopening a current journal applies nothing again.
    journal.close();
    QVERIFY(journal.open());
    QCOMPARE(scalar(journal, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), JournalSchema::latestVersion());
}

void TestJournal::everyTableAndIndexExists_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");
    for (const char *table : { "schema_version", "accounts", "flows", "field_maps", "schedules",
             "runs", "record_changes", "sync_cursors", "record_links", "conflicts" })
        QTest::newRow(table) << QStringLiteral("table") << QString::fromLatin1(table);
    for (const char *index :
        { "flows_source_account", "flows_target_account", "schedules_due", "runs_flow_started",
            "runs_status", "record_changes_run", "record_changes_record", "record_links_salesforce",
            "record_links_pipeliner", "record_links_acton", "record_links_on24",
            "record_changes_run_order", "record_links_email", "record_changes_email_moves",
            "conflicts_unsettled", "conflicts_flow_status" })
        QTest::newRow(index) << QStringLiteral("index") << QString::fromLatin1(index);
}

void TestJournal::everyTableAndIndexExists()
{
    QFETCH(QString, type);
    QFETCH(QString, name);
    Journal journal;
    QVERIFY(journal.open());
    QSqlQuery query(journal.database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = ? AND name = ?"));
    query.addBindValue(type);
    query.addBindValue(name);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestJournal::explicitPathAndConnectionName()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/folder/my.journal"));
    Journal journal;
    QVERIFY(journal.open(path, QStringLiteral("explicit-conn")));
    QCOMPARE(journal.path(), path);
    QCOMPARE(journal.connectionName(), QStringLiteral("explicit-conn"));
    QVERIFY(QSqlDatabase::contains(QStringLiteral("explicit-conn")));
    QVERIFY(QFile::exists(path));
    journal.close();
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("explicit-conn")));
    QVERIFY(!journal.isOpen());
}

void TestJournal::connectionNameInUseIsRefused()
{
    Journal first;
    QVERIFY(first.open(QString(), QStringLiteral("same-name")));
    Journal second;
    const Status status = second.open(QString(), QStringLiteral("same-name"));
    QVERIFY(!status);
    QCOMPARE(second.error(), Journal::Error::CannotOpen);
    QVERIFY(status.errorString().contains(QStringLiteral("already open")));
    QVERIFY(first.isOpen()); // the first connection was not disturbed
}

void TestJournal::journalAndFolderArePrivate()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("new data"));
    const QString path = QDir(folder).filePath(QStringLiteral("journal.sqlite"));
    Journal journal;
    QVERIFY(journal.open(path, QString()));
    {
        // A write so the WAL file exists.
        QSqlQuery query(journal.database());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE probe (x INTEGER)")));
    }
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QCOMPARE(QFile::permissions(folder) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser
                                      | QFileDevice::ExeUser),
        ownerOnly | QFileDevice::ExeOwner);
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
        ownerOnly);
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QCOMPARE(QFile::permissions(path + QStringLiteral("-wal"))
            & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
        ownerOnly);
}

void TestJournal::olderWorldReadableJournalIsTightened()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Journal journal;
        QVERIFY(journal.open(path, QString()));
    }
    const auto worldReadable = QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(path, worldReadable));
    Journal journal;
    QVERIFY(journal.open(path, QString()));
    QVERIFY(!(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
}

void TestJournal::readOnlyJournalIsReportedAsReadOnly()
{
    // Root may write anywhere; tests/cli/test_cli_journal_access.sh covers it as another user.
    if (QFileInfo(QDir::rootPath()).isWritable() && ::geteuid() == 0)
        QSKIP("running as root: permissions do not stop writes (the CLI test covers it)");
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("ro"));
    const QString path = QDir(folder).filePath(QStringLiteral("journal.sqlite"));
    {
        Journal journal;
        QVERIFY(journal.open(path, QString()));
    }
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    Journal journal;
    const Status status = journal.open(path, QString());
    QFile::setPermissions(
        folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!status);
    QCOMPARE(journal.error(), Journal::Error::ReadOnly);
    QVERIFY2(status.errorString().contains(QStringLiteral("read-only")),
        qPrintable(status.errorString()));
    QVERIFY(!status.errorString().contains(QStringLiteral("damaged")));
}

void TestJournal::upgradesHandMadeVersion0File()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    // A pre-release journal: schema_version at 0 and one table of its own.
    rawExec(path,
        { QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at "
                         "TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO schema_version VALUES (0, '2024-01-01T00:00:00.000Z')"),
            QStringLiteral("CREATE TABLE legacy_notes (note TEXT)"),
            QStringLiteral("INSERT INTO legacy_notes VALUES ('keep me'), ('and me')") });
    Journal journal;
    const Status status = journal.open(path);
    QVERIFY2(status.ok(), qPrintable(status.errorString()));
    QCOMPARE(journal.schemaVersion(), JournalSchema::latestVersion());
    QCOMPARE(scalar(journal, QStringLiteral("SELECT COUNT(*) FROM legacy_notes")).toInt(), 2);
    QCOMPARE(
        scalar(journal, QStringLiteral("SELECT note FROM legacy_notes ORDER BY rowid")).toString(),
        QStringLiteral("keep me"));
    QCOMPARE(scalar(journal,
                 QStringLiteral("SELECT group_concat(version) FROM schema_version "
                                "ORDER BY version"))
                 .toString(),
        u"0,"_s + versionList(JournalSchema::latestVersion()));
    QCOMPARE(journal.pragma(QStringLiteral("journal_mode")), QStringLiteral("wal"));
    AccountRepository accounts(journal);
    QVERIFY(accounts.add(sampleAccount()));
}

void TestJournal::upgradeKeepsDataAcrossSteps()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.sqlite"));
    const QList<Migration> onlyV1 = JournalSchema::migrations().mid(0, 1);
    QCOMPARE(onlyV1.constFirst().version, 1);
    qint64 id = 0;
    {
        // A journal as LeadBridge with schema 1 wrote it: an account, a flow, a schedule.
        Journal journal;
        QVERIFY(journal.open(path, QString(), onlyV1));
        QCOMPARE(journal.schemaVersion(), 1);
        AccountRepository accounts(journal);
        const auto added = accounts.add(sampleAccount());
        QVERIFY(added);
        id = added->id;
        QSqlQuery q(journal.database());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO flows (id, kind, name, source_account_id, settings, created_at, "
            "updated_at) VALUES (7, 'crm_contact_sync', 'Contacts', %1, '{}', "
            "'2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')")
                           .arg(id)));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO schedules (flow_id, kind, interval_minutes, next_run_at) VALUES (7, "
            "'interval', 240, '2025-01-01T04:00:00.000Z')")));
    }
    {
        // This version: schema 2 adds flow deletion/attention and schedule retries, schema 3
        // the index that lists a run's changes in the order recorded, schema 4 the indexes
        // of a person's timeline, schema 5 the run an undo undid, schema 6 the conflicts
        // held for review.
        Journal journal;
        const Status status = journal.open(path);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QCOMPARE(journal.schemaVersion(), JournalSchema::latestVersion());
        QCOMPARE(scalar(journal, QStringLiteral("SELECT group_concat(version) FROM schema_version"))
                     .toString(),
            versionList(JournalSchema::latestVersion()));
        QCOMPARE(scalar(journal, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name "
                                                "= 'record_changes_run_order'"))
                     .toInt(),
            1);
        FlowRepository flows(journal);
        const auto flow = flows.get(7);
        QVERIFY2(flow, qPrintable(flow.errorString()));
        QCOMPARE(flow->name, QStringLiteral("Contacts"));
        QVERIFY(flow->attention.isEmpty());
        QCOMPARE(scalar(journal, QStringLiteral("SELECT failures FROM schedules")).toInt(), 0);
        QVERIFY(scalar(journal, QStringLiteral("SELECT retry_at FROM schedules")).isNull());
        QCOMPARE(
            scalar(journal, QStringLiteral("SELECT interval_minutes FROM schedules")).toInt(), 240);
        QVERIFY(scalar(journal, QStringLiteral("SELECT deleted_at FROM flows")).isNull());
    }
    // A later step keeps the data of the earlier ones.
    QList<Migration> next = JournalSchema::migrations();
    next.append(Migration { JournalSchema::latestVersion() + 1, QStringLiteral("account colour"),
        { QStringLiteral("ALTER TABLE accounts ADD COLUMN colour TEXT"),
            QStringLiteral("UPDATE accounts SET colour = 'blue'") } });
    Journal journal;
    const Status status = journal.open(path, QString(), next);
    QVERIFY2(status.ok(), qPrintable(status.errorString()));
    QCOMPARE(journal.schemaVersion(), JournalSchema::latestVersion() + 1);
    QCOMPARE(scalar(journal, QStringLiteral("SELECT group_concat(version) FROM schema_version"))
                 .toString(),
        versionList(JournalSchema::latestVersion() + 1));
    QCOMPARE(scalar(journal, QStringLiteral("SELECT colour FROM accounts")).toString(),
        QStringLiteral("blue"));
    AccountRepository accounts(journal);
    const auto read = accounts.get(id);
    QVERIFY(read);
    QCOMPARE(read->name, QStringLiteral("Acme Salesforce"));
    QCOMPARE(
        read->settings.value(QStringLiteral("clientId")).toString(), QStringLiteral("3MVG9abc"));
    QCOMPARE(FlowRepository(journal).get(7)->name, QStringLiteral("Contacts"));
}

void TestJournal::failedMigrationRollsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.sqlite"));
    {
        Journal journal;
        QVERIFY(journal.open(path));
        AccountRepository accounts(journal);
        QVERIFY(accounts.add(sampleAccount()));
    }
    QList<Migration> broken = JournalSchema::migrations();
    broken.append(Migration { JournalSchema::latestVersion() + 1, QStringLiteral("broken step"),
        { QStringLiteral("CREATE TABLE half_done (x TEXT)"), QStringLiteral("DELETE FROM accounts"),
            QStringLiteral("THIS IS NOT SQL") } });
    Journal journal;
    const Status status = journal.open(path, QString(), broken);
    QVERIFY(!status);
    QCOMPARE(journal.error(), Journal::Error::MigrationFailed);
    QVERIFY(status.errorString().contains(QStringLiteral("could not upgrade")));
    QVERIFY(status.errorString().contains(u"schema %1"_s.arg(JournalSchema::latestVersion())));
    QVERIFY(!journal.isOpen());

    QVERIFY(journal.open(path));
    QCOMPARE(journal.schemaVersion(), JournalSchema::latestVersion());
    QCOMPARE(scalar(journal,
                 QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = "
                                "'half_done'"))
                 .toInt(),
        0);
    QCOMPARE(scalar(journal, QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 1);
}

void TestJournal::newerSchemaIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    const int newer = JournalSchema::latestVersion() + 1;
    {
        Journal future;
        QVERIFY(future.open(path, QString(), migrationsUpTo(newer)));
        QCOMPARE(future.schemaVersion(), newer);
    }
    const QByteArray before = fileHash(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    QVERIFY(!before.isEmpty());

    Journal journal;
    const Status status = journal.open(path);
    QVERIFY(!status);
    QCOMPARE(journal.error(), Journal::Error::NewerSchema);
    QCOMPARE(status.errorString(),
        u"This journal was written by a newer LeadBridge (schema %1; this version understands "
        "up to %2). Install the newer version or choose another data folder."_s.arg(newer).arg(
            JournalSchema::latestVersion()));
    QCOMPARE(journal.errorString(), status.errorString());
    QVERIFY(!journal.isOpen());
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);

    // Still refused the second time, and the newer build can still open it.
    QVERIFY(!journal.open(path));
    QCOMPARE(fileHash(path), before);
    Journal future;
    QVERIFY(future.open(path, QString(), migrationsUpTo(newer)));
}

void TestJournal::notAJournalIsRefusedAndUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("sql");
    QTest::newRow("text file") << QByteArray("name,email\nAda,ada@example.com\n") << QStringList();
    QByteArray noise(8192, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    QTest::newRow("binary noise") << noise << QStringList();
    QByteArray badHeader("SQLite format 3");
    badHeader.append('\0');
    badHeader.append(QByteArray(4080, '\xff'));
    QTest::newRow("damaged sqlite header") << badHeader << QStringList();
    QTest::newRow("another program's database")
        << QByteArray()
        << QStringList { QStringLiteral("CREATE TABLE customers (id INTEGER, name TEXT)"),
               QStringLiteral("INSERT INTO customers VALUES (1, 'Ada')") };
}

void TestJournal::notAJournalIsRefusedAndUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, sql);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    if (sql.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    } else {
        rawExec(path, sql);
    }
    const QByteArray before = fileHash(path);

    Journal journal;
    const Status status = journal.open(path);
    QVERIFY(!status);
    QCOMPARE(journal.error(), Journal::Error::NotAJournal);
    QVERIFY2(status.errorString().contains(QStringLiteral("is not a LeadBridge journal or is "
                                                          "damaged, so LeadBridge left it "
                                                          "untouched")),
        qPrintable(status.errorString()));
    QVERIFY(status.errorString().contains(path));
    QVERIFY(!journal.isOpen());
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestJournal::accountRoundTrip()
{
    Journal journal;
    QVERIFY(journal.open());
    AccountRepository accounts(journal);
    Account input = sampleAccount();
    const auto added = accounts.add(input);
    QVERIFY2(added, qPrintable(added.errorString()));
    QVERIFY(added->id > 0);
    QVERIFY(added->createdAt.isValid());

    auto read = accounts.get(added->id);
    QVERIFY(read);
    QCOMPARE(read->kind, AccountKind::Salesforce);
    QCOMPARE(read->name, input.name);
    QCOMPARE(read->settings, input.settings);
    QCOMPARE(read->status, AccountStatus::Unchecked);
    QVERIFY(!read->lastCheckAt.isValid());
    QCOMPARE(read->createdAt, added->createdAt);

    Account on24;
    on24.kind = AccountKind::On24;
    on24.name = QStringLiteral("Webinars EU");
    on24.settings = { { QStringLiteral("clientId"), 12345 },
        { QStringLiteral("dataCenter"), QStringLiteral("eu") } };
    QVERIFY(accounts.add(on24));

    // Same kind and name twice is refused with a sentence.
    const auto duplicate = accounts.add(sampleAccount());
    QVERIFY(!duplicate);
    QVERIFY(duplicate.errorString().contains(QStringLiteral("same name")));
    Account nameless = sampleAccount(QStringLiteral("   "));
    QCOMPARE(accounts.add(nameless).errorString(), QStringLiteral("Give the account a name."));

    Account changed = *read;
    changed.name = QStringLiteral("Acme Production");
    changed.status = AccountStatus::Linked;
    changed.lastCheckAt = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 123), Qt::UTC);
    changed.settings.insert(QStringLiteral("apiVersion"), QStringLiteral("v60.0"));
    QVERIFY(accounts.update(changed));

    const auto all = accounts.list();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).kind, AccountKind::On24); // ordered by kind, then name
    QCOMPARE(all->at(0).settings.value(QStringLiteral("clientId")).toInt(), 12345);
    const Account &stored = all->at(1);
    QCOMPARE(stored.name, QStringLiteral("Acme Production"));
    QCOMPARE(stored.status, AccountStatus::Linked);
    QCOMPARE(stored.lastCheckAt, changed.lastCheckAt);
    QCOMPARE(
        stored.settings.value(QStringLiteral("apiVersion")).toString(), QStringLiteral("v60.0"));
    QVERIFY(stored.updatedAt >= stored.createdAt);

    QVERIFY(accounts.remove(stored.id));
    QCOMPARE(accounts.list()->size(), 1);
    QCOMPARE(
        accounts.get(stored.id).errorString(), QStringLiteral("The account no longer exists."));
    QVERIFY(!accounts.remove(stored.id));
    changed.id = 9999;
    QVERIFY(!accounts.update(changed));
}

void TestJournal::accountSecretsAreRefused_data()
{
    QTest::addColumn<QVariantMap>("settings");
    QTest::addColumn<QString>("flaggedKey");
    const QString value = QStringLiteral("s3cr3t-VALUE-must-not-persist");
    QTest::newRow("password") << QVariantMap { { QStringLiteral("password"), value } }
                              << QStringLiteral("password");
    QTest::newRow("apiKey") << QVariantMap { { QStringLiteral("apiKey"), value } }
                            << QStringLiteral("apiKey");
    QTest::newRow("client_secret") << QVariantMap { { QStringLiteral("client_secret"), value } }
                                   << QStringLiteral("client_secret");
    QTest::newRow("Security-Token") << QVariantMap { { QStringLiteral("Security-Token"), value } }
                                    << QStringLiteral("Security-Token");
    QTest::newRow("refreshToken") << QVariantMap { { QStringLiteral("refreshToken"), value } }
                                  << QStringLiteral("refreshToken");
    QTest::newRow("nested access_token") << QVariantMap {
        { QStringLiteral("oauth"), QVariantMap { { QStringLiteral("access_token"), value } } }
    } << QStringLiteral("oauth.access_token");
    QTest::newRow("key") << QVariantMap { { QStringLiteral("key"), value } }
                         << QStringLiteral("key");
    QTest::newRow("clean settings")
        << QVariantMap { { QStringLiteral("clientId"), QStringLiteral("abc") },
               { QStringLiteral("instanceUrl"), QStringLiteral("https://x.example") },
               { QStringLiteral("keyField"), QStringLiteral("Email") },
               { QStringLiteral("username"), QStringLiteral("admin") } }
        << QString();
}

void TestJournal::accountSecretsAreRefused()
{
    QFETCH(QVariantMap, settings);
    QFETCH(QString, flaggedKey);
    Journal journal;
    QVERIFY(journal.open());
    AccountRepository accounts(journal);
    Account account = sampleAccount();
    account.settings = settings;
    const auto added = accounts.add(account);
    if (flaggedKey.isEmpty()) {
        QVERIFY2(added, qPrintable(added.errorString()));
        return;
    }
    QVERIFY(!added);
    QCOMPARE(added.errorString(),
        QStringLiteral("The setting “%1” looks like a password, token or key. LeadBridge "
                       "keeps those in the system keychain only, never in the journal.")
            .arg(flaggedKey));
    QCOMPARE(scalar(journal, QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 0);

    // update() refuses too, and the secret reaches neither the file nor its WAL.
    account.settings.clear();
    const auto clean = accounts.add(account);
    QVERIFY(clean);
    Account dirty = *clean;
    dirty.settings = settings;
    QVERIFY(!accounts.update(dirty));
    QCOMPARE(accounts.get(clean->id)->settings, QVariantMap());
    const QByteArray secret("s3cr3t-VALUE-must-not-persist");
    QVERIFY(!fileBytes(journal.path()).contains(secret));
    QVERIFY(!fileBytes(journal.path() + QStringLiteral("-wal")).contains(secret));
}

void TestJournal::accountRemoveRefusedWhileUsedByFlow()
{
    Journal journal;
    QVERIFY(journal.open());
    AccountRepository accounts(journal);
    FlowRepository flows(journal);
    const auto sf = accounts.add(sampleAccount());
    Account acton;
    acton.kind = AccountKind::ActOn;
    acton.name = QStringLiteral("Act-On main");
    const auto ao = accounts.add(acton);
    QVERIFY(sf && ao);
    Flow flow;
    flow.kind = FlowKind::CrmContactSync;
    flow.name = QStringLiteral("Contacts");
    flow.sourceAccountId = sf->id;
    flow.targetAccountId = ao->id;
    QVERIFY(flows.add(flow));
    const Status removed = accounts.remove(sf->id);
    QVERIFY(!removed);
    QCOMPARE(removed.errorString(),
        QStringLiteral("This account is used by 1 flow(s). Delete those flows or link them "
                       "to another account first."));
    QCOMPARE(accounts.list()->size(), 2);
}

void TestJournal::flowRoundTrip()
{
    Journal journal;
    QVERIFY(journal.open());
    AccountRepository accounts(journal);
    FlowRepository flows(journal);
    Account on24;
    on24.kind = AccountKind::On24;
    on24.name = QStringLiteral("ON24 NA");
    Account acton;
    acton.kind = AccountKind::ActOn;
    acton.name = QStringLiteral("Act-On");
    const auto a = accounts.add(on24);
    const auto b = accounts.add(acton);
    QVERIFY(a && b);

    Flow flow;
    flow.kind = FlowKind::WebinarImport;
    flow.name = QStringLiteral("  Webinars to Act-On ");
    flow.sourceAccountId = a->id;
    flow.targetAccountId = b->id;
    flow.settings
        = { { QStringLiteral("pollMinutes"), 360 }, { QStringLiteral("lookBackDays"), 3 } };
    flow.enabled = false;
    const auto added = flows.add(flow);
    QVERIFY2(added, qPrintable(added.errorString()));
    QVERIFY(added->id > 0);

    const auto read = flows.get(added->id);
    QVERIFY(read);
    QCOMPARE(read->kind, FlowKind::WebinarImport);
    QCOMPARE(read->name, QStringLiteral("Webinars to Act-On"));
    QCOMPARE(read->sourceAccountId, a->id);
    QCOMPARE(read->targetAccountId, b->id);
    QCOMPARE(read->settings.value(QStringLiteral("pollMinutes")).toInt(), 360);
    QCOMPARE(read->enabled, false);
    QCOMPARE(read->needsFullSync, true);

    Flow handoff;
    handoff.kind = FlowKind::LeadHandoff;
    handoff.name = QStringLiteral("Hot leads");
    handoff.sourceAccountId = b->id;
    QVERIFY(flows.add(handoff));
    const auto all = flows.list();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, QStringLiteral("Hot leads"));
    QCOMPARE(all->at(0).targetAccountId, 0);

    // A flow pointing at an account that does not exist is refused by the foreign key.
    Flow orphan = flow;
    orphan.name = QStringLiteral("Orphan"); // (a taken name is refused before the key is tried)
    orphan.sourceAccountId = 424242;
    const auto refused = flows.add(orphan);
    QVERIFY(!refused);
    QVERIFY(refused.errorString().contains(QStringLiteral("accounts still exist")));
    QCOMPARE(flows.list()->size(), 2);
    QCOMPARE(flows.get(777).errorString(), QStringLiteral("The flow no longer exists."));
}

void TestJournal::runLifecycleWithCounts()
{
    Journal journal;
    QVERIFY(journal.open());
    AccountRepository accounts(journal);
    FlowRepository flows(journal);
    RunRepository runs(journal);
    const auto account = accounts.add(sampleAccount());
    Flow flow;
    flow.kind = FlowKind::ListSync;
    flow.name = QStringLiteral("List");
    flow.sourceAccountId = account->id;
    const auto saved = flows.add(flow);
    QVERIFY(saved);

    const auto run = runs.startRun(saved->id, RunTrigger::Cli, RunMode::Full);
    QVERIFY2(run, qPrintable(run.errorString()));
    QCOMPARE(run->status, RunStatus::Running);

    const QString sf = QStringLiteral("salesforce");
    const QString ao = QStringLiteral("acton");
    QList<RecordChange> batch;
    batch.append({ 0, 0, ao, QStringLiteral("Contact"), QStringLiteral("ada@example.com"),
        ChangeOperation::Create, QString(), QString(), QString(), QString() });
    batch.append({ 0, 0, sf, QStringLiteral("Lead"), QStringLiteral("00Q1"),
        ChangeOperation::Update, QStringLiteral("Title"), QStringLiteral("Engineer"),
        QStringLiteral("CTO"), QString() });
    batch.append(
        { 0, 0, sf, QStringLiteral("Lead"), QStringLiteral("00Q1"), ChangeOperation::Update,
            QStringLiteral("Phone"), QString(), QStringLiteral("+1 555 0100"), QString() });
    batch.append({ 0, 0, sf, QStringLiteral("Lead"), QStringLiteral("00Q2"), ChangeOperation::Skip,
        QString(), QString(), QString(), QStringLiteral("No email address") });
    const Status first = runs.addChanges(run->id, batch);
    QVERIFY2(first, qPrintable(first.errorString()));
    QVERIFY(runs.addChanges(run->id,
        { { 0, 0, sf, QStringLiteral("Lead"), QStringLiteral("00Q3"), ChangeOperation::Error,
            QString(), QString(), QString(),
            QStringLiteral("REQUIRED_FIELD_MISSING: LastName") } }));

    QVERIFY(!runs.finishRun(run->id, RunStatus::Running, 0));
    QVERIFY(runs.finishRun(run->id, RunStatus::SucceededWithErrors, 12,
        QStringLiteral("1 record could not be written.")));
    const Status again = runs.finishRun(run->id, RunStatus::Succeeded, 1);
    QVERIFY(!again);
    QCOMPARE(
        again.errorString(), QStringLiteral("This run has already finished or no longer exists."));

    const auto read = runs.get(run->id);
    QVERIFY(read);
    QCOMPARE(read->flowId, saved->id);
    QCOMPARE(read->trigger, RunTrigger::Cli);
    QCOMPARE(read->mode, RunMode::Full);
    QCOMPARE(read->status, RunStatus::SucceededWithErrors);
    QCOMPARE(read->counts, (RunCounts { 1, 1, 0, 1, 0, 1 }));
    QCOMPARE(read->callsUsed, 12);
    QCOMPARE(read->errorSummary, QStringLiteral("1 record could not be written."));
    QVERIFY(read->finishedAt >= read->startedAt);

    const auto changes = runs.changes(run->id);
    QVERIFY(changes);
    QCOMPARE(changes->size(), 5);
    QCOMPARE(changes->at(1).field, QStringLiteral("Title"));
    QCOMPARE(changes->at(1).oldValue, QStringLiteral("Engineer"));
    QCOMPARE(changes->at(1).newValue, QStringLiteral("CTO"));
    QCOMPARE(changes->at(3).operation, ChangeOperation::Skip);
    QCOMPARE(changes->at(3).reason, QStringLiteral("No email address"));
    QCOMPARE(changes->at(4).operation, ChangeOperation::Error);
    // A NULL old value stays distinguishable from "" only in SQL; the model reads it as empty.
    QCOMPARE(scalar(journal,
                 QStringLiteral("SELECT COUNT(*) FROM record_changes WHERE field = "
                                "'Phone' AND old_value IS NULL"))
                 .toInt(),
        1);

    const auto second = runs.startRun(saved->id, RunTrigger::Schedule, RunMode::Preview);
    QVERIFY(second);
    const auto history = runs.list(saved->id);
    QVERIFY(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).id, second->id); // newest first
    QCOMPARE(history->at(0).status, RunStatus::Running);
    QCOMPARE(runs.list(saved->id, 1)->size(), 1);
    QCOMPARE(runs.list(saved->id + 1000)->size(), 0);
    QVERIFY(!runs.startRun(saved->id + 1000, RunTrigger::Manual, RunMode::Incremental));
}

void TestJournal::changesAndCountsRollBackTogether()
{
    Journal journal;
    QVERIFY(journal.open());
    AccountRepository accounts(journal);
    FlowRepository flows(journal);
    RunRepository runs(journal);
    const auto account = accounts.add(sampleAccount());
    Flow flow;
    flow.kind = FlowKind::CrmContactSync;
    flow.name = QStringLiteral("F2");
    flow.sourceAccountId = account->id;
    const auto saved = flows.add(flow);
    const auto run = runs.startRun(saved->id, RunTrigger::Manual, RunMode::Incremental);
    QVERIFY(run);

    const QString ao = QStringLiteral("acton");
    QList<RecordChange> batch;
    batch.append({ 0, 0, ao, QStringLiteral("Contact"), QStringLiteral("a@example.com"),
        ChangeOperation::Create, QString(), QString(), QString(), QString() });
    batch.append({ 0, 0, ao, QStringLiteral("Contact"), QStringLiteral("b@example.com"),
        ChangeOperation::Delete, QString(), QString(), QString(), QString() });
    // The third row breaks a constraint (empty record key): the whole batch must vanish.
    batch.append({ 0, 0, ao, QStringLiteral("Contact"), QString(), ChangeOperation::Update,
        QStringLiteral("Email"), QString(), QString(), QString() });
    const Status failed = runs.addChanges(run->id, batch);
    QVERIFY(!failed);
    QCOMPARE(failed.errorString(),
        QStringLiteral("LeadBridge could not record the changes of this run, so none of "
                       "them were kept. Details are in the log."));
    QCOMPARE(runs.changes(run->id)->size(), 0);
    QCOMPARE(runs.get(run->id)->counts, RunCounts());

    // A system name the schema does not know is refused the same way.
    batch.removeLast();
    batch.append({ 0, 0, QStringLiteral("hubspot"), QStringLiteral("Contact"),
        QStringLiteral("c@example.com"), ChangeOperation::Create, QString(), QString(), QString(),
        QString() });
    QVERIFY(!runs.addChanges(run->id, batch));
    QCOMPARE(runs.changes(run->id)->size(), 0);

    // Changes for a run that does not exist are refused and leave nothing behind.
    batch.removeLast();
    QVERIFY(!runs.addChanges(run->id + 100, batch));
    QCOMPARE(scalar(journal, QStringLiteral("SELECT COUNT(*) FROM record_changes")).toInt(), 0);

    // The connection is usable after the rollbacks, and a good batch commits with its counts.
    QVERIFY(runs.addChanges(run->id, batch));
    QCOMPARE(runs.get(run->id)->counts, (RunCounts { 1, 0, 1, 0, 0, 0 }));

    // Figure: one large batch in one transaction.
    QList<RecordChange> big;
    for (int i = 0; i < 20000; ++i)
        big.append({ 0, 0, ao, QStringLiteral("Contact"),
            QStringLiteral("user%1@example.com").arg(i), ChangeOperation::Update,
            QStringLiteral("Score"), QString::number(i), QString::number(i + 1), QString() });
    QElapsedTimer timer;
    timer.start();
    QVERIFY(runs.addChanges(run->id, big));
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    qInfo("addChanges: 20000 rows in %lld ms (%lld rows/s)", ms, 20000 * 1000 / ms);
    QCOMPARE(runs.get(run->id)->counts.updated, 20000);
}

void TestJournal::valueTypesCrossThreads()
{
    Account account = sampleAccount();
    account.id = 7;
    const QVariant va = QVariant::fromValue(account);
    QCOMPARE(va.value<Account>().name, account.name);
    QCOMPARE(va.value<Account>().settings, account.settings);
    RunSummary run;
    run.id = 3;
    run.counts.created = 5;
    QCOMPARE(QVariant::fromValue(run).value<RunSummary>().counts.created, 5);
    RecordChange change;
    change.recordKey = QStringLiteral("k");
    QCOMPARE(QVariant::fromValue(change).value<RecordChange>().recordKey, QStringLiteral("k"));
    Flow flow;
    flow.kind = FlowKind::ListSync;
    QCOMPARE(QVariant::fromValue(flow).value<Flow>().kind, FlowKind::ListSync);
    QVERIFY(QMetaType::fromType<RunSummary>().isValid());
}

void TestJournal::readerIsNotBlockedByWriter()
{
    {
        Journal setup;
        QVERIFY(setup.open());
    }
    QSemaphore writerHoldsLock;
    QSemaphore readerDone;
    std::atomic<bool> writerOk = false;
    std::unique_ptr<QThread> writer(QThread::create([&] {
        Journal journal;
        if (!journal.open(QString(), QStringLiteral("writer-thread"))) {
            writerHoldsLock.release();
            return;
        }
        AccountRepository accounts(journal);
        Transaction transaction(journal.database());
        const bool added = accounts.add(sampleAccount()).ok();
        writerHoldsLock.release();
        readerDone.acquire(); // keep the write transaction open while the reader reads
        writerOk = added && transaction.commit();
    }));
    writer->start();
    writerHoldsLock.acquire();

    Journal reader;
    QVERIFY(reader.open(QString(), QStringLiteral("reader-main")));
    AccountRepository accounts(reader);
    QElapsedTimer timer;
    timer.start();
    const auto during = accounts.list();
    const qint64 readMs = timer.elapsed();
    readerDone.release();
    QVERIFY(writer->wait(10000));
    QVERIFY(writerOk);
    QVERIFY2(during, qPrintable(during.errorString()));
    QCOMPARE(during->size(), 0); // the uncommitted account is not visible...
    QVERIFY2(readMs < 1000, "the read waited for the writer"); // ...and the read did not wait
    QCOMPARE(accounts.list()->size(), 1);
}

void TestJournal::concurrentWriterAndReaderThreads()
{
    qint64 flowId = 0;
    {
        Journal setup;
        QVERIFY(setup.open());
        AccountRepository accounts(setup);
        FlowRepository flows(setup);
        Flow flow;
        flow.kind = FlowKind::LeadHandoff;
        flow.name = QStringLiteral("Handoff");
        flow.sourceAccountId = accounts.add(sampleAccount())->id;
        flowId = flows.add(flow)->id;
    }
    constexpr int kRuns = 150;
    std::atomic<int> writeFailures = 0;
    std::atomic<bool> writing = true;
    std::unique_ptr<QThread> writer(QThread::create([&] {
        Journal journal;
        if (!journal.open(QString(), QStringLiteral("engine-writer"))) {
            writeFailures = kRuns;
            writing = false;
            return;
        }
        RunRepository runs(journal);
        for (int i = 0; i < kRuns; ++i) {
            const auto run = runs.startRun(flowId, RunTrigger::Schedule, RunMode::Incremental);
            const bool ok = run
                && runs.addChanges(run->id,
                    { { 0, 0, QStringLiteral("pipeliner"), QStringLiteral("Lead"),
                        QStringLiteral("L%1").arg(i), ChangeOperation::Create, QString(), QString(),
                        QString(), QString() } })
                && runs.finishRun(run->id, RunStatus::Succeeded, 2);
            if (!ok)
                ++writeFailures;
        }
        writing = false;
    }));
    writer->start();

    Journal reader;
    QVERIFY(reader.open(QString(), QStringLiteral("ui-reader")));
    RunRepository runs(reader);
    int reads = 0;
    int readFailures = 0;
    int lastSeen = 0;
    while (writing) {
        const auto list = runs.list(flowId, 1000);
        ++reads;
        if (!list) {
            ++readFailures;
            continue;
        }
        QVERIFY(list->size() >= lastSeen); // committed history only grows
        lastSeen = int(list->size());
        for (const RunSummary &run : *list) {
            // Never a half-written run: a finished run always carries its one change.
            if (run.status == RunStatus::Succeeded)
                QCOMPARE(run.counts.created, 1);
        }
    }
    QVERIFY(writer->wait(60000));
    qInfo("concurrent: %d reads while %d runs were written", reads, kRuns);
    QCOMPARE(writeFailures.load(), 0);
    QCOMPARE(readFailures, 0);
    QVERIFY(reads > 0);
    QCOMPARE(runs.list(flowId, 1000)->size(), kRuns);
}

void TestJournal::writeAheadLogShrinksAfterALargeCommit()
{
    Journal journal;
    QVERIFY(journal.open());
    QSqlQuery q(journal.database());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE bulk (b BLOB)")));
    // One commit of about 96 MB, as an applied group of a large run makes.
    QVERIFY(journal.database().transaction());
    QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                  "FROM n WHERE i < 24000) INSERT INTO bulk SELECT "
                                  "randomblob(4000) FROM n")));
    QVERIFY(journal.database().commit());
    const QString wal = AppPaths::journalPath() + QStringLiteral("-wal");
    const qint64 afterCommit = QFileInfo(wal).size();
    QVERIFY2(afterCommit > 90LL * 1024 * 1024, qPrintable(QString::number(afterCommit)));
    // The commit's automatic checkpoint copied the log into the journal; the next write
    // starts the log again and cuts the file back to the limit.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM bulk WHERE rowid = 1")));
    const qint64 afterNext = QFileInfo(wal).size();
    QVERIFY2(afterNext <= 64LL * 1024 * 1024, qPrintable(QString::number(afterNext)));
    QCOMPARE(scalar(journal, QStringLiteral("SELECT COUNT(*) FROM bulk")).toInt(), 23999);
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
