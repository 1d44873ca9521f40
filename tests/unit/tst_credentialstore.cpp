// Runs against the real system keychain (Secret Service). ctest runs the suite inside
// scripts/with-keyring.sh, which provides a private D-Bus session and an unlocked
// gnome-keyring, so nothing touches a developer's own keyring.

#include "core/secrets/CredentialStore.h"
#include "tests/support/TestEnv.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUuid>
#include <qt6keychain/keychain.h>

#include <optional>

using namespace LeadBridge;
using namespace Qt::StringLiterals;
using Kind = CredentialResult::ErrorKind;

namespace {

constexpr int WaitMs = 20000;
const char ChildFlag[] = "LEADBRIDGE_CREDSTORE_CHILD";

// Every message logged while the tests run, to prove no secret ever reaches a log.
QMutex logMutex;
QStringList &loggedMessages()
{
    static QStringList messages;
    return messages;
}
QtMessageHandler previousHandler = nullptr;
void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        loggedMessages().append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

template<typename Start>
CredentialResult await(Start start)
{
    std::optional<CredentialResult> out;
    start([&out](const CredentialResult &r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, WaitMs)) {
        CredentialResult timedOut;
        timedOut.error = Kind::Other;
        timedOut.technicalDetail = QStringLiteral("test timed out waiting for the keychain");
        return timedOut;
    }
    return *out;
}

struct RawEntry
{
    QKeychain::Error error = QKeychain::OtherError;
    QByteArray data;
};

// Reads one entry straight through QtKeychain, bypassing CredentialStore.
RawEntry rawRead(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(CredentialStore::serviceName());
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(key);
    QSignalSpy spy(job, &QKeychain::Job::finished);
    job->start();
    RawEntry entry;
    if (spy.wait(WaitMs)) {
        entry.error = job->error();
        entry.data = job->binaryData();
    }
    delete job;
    return entry;
}

QByteArray bigSecret(int size, char seed)
{
    QByteArray data;
    data.reserve(size);
    for (int i = 0; i < size; ++i)
        data.append(char('!' + (i * 7 + seed) % 90));
    return data;
}

// Child mode: the same binary started with no usable session bus. Prints what a
// write, a read and a remove reported, one "key=value" line each.
int runUnavailableChild()
{
    CredentialStore store;
    const QByteArray secret = qgetenv("LEADBRIDGE_CHILD_SECRET");
    QTextStream out(stdout);
    const auto report = [&out](const char *label, const CredentialResult &r) {
        out << label << ".ok=" << (r.ok ? 1 : 0) << '\n'
            << label << ".kind=" << int(r.error) << '\n'
            << label << ".message=" << r.userMessage << '\n'
            << label << ".detail=" << r.technicalDetail << '\n';
        out.flush();
    };
    report("write", await([&](auto cb) { store.write(u"child"_s, u"apiSecret"_s, secret, cb); }));
    report("read", await([&](auto cb) { store.read(u"child"_s, u"apiSecret"_s, cb); }));
    report("remove", await([&](auto cb) { store.remove(u"child"_s, u"apiSecret"_s, cb); }));
    return 0;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keyScheme();
    void roundTrip();
    void roundTripText();
    void overwrite();
    void removeThenReadIsNotFound();
    void removeMissingSucceeds();
    void chunkedSecret_data();
    void chunkedSecret();
    void exactlyAtChunkLimitStaysInline();
    void overwriteChunkedWithShortRemovesChunks();
    void overwriteChunkedWithFewerChunks();
    void removeChunkedRemovesAllEntries();
    void missingChunkIsReportedCorrupt();
    void accountsAreIsolated();
    void removeAllRemovesEveryName();
    void invalidNamesRejected();
    void signalCarriesRequestId();
    void waitForPendingFinishesQueuedWrites();
    void unavailableKeychain_data();
    void unavailableKeychain();
    void noSecretInLogsOrFiles();

private:
    CredentialResult write(const QString &account, const QString &name, const QByteArray &value)
    {
        return await([&](auto cb) { m_store->write(account, name, value, cb); });
    }
    CredentialResult read(const QString &account, const QString &name)
    {
        return await([&](auto cb) { m_store->read(account, name, cb); });
    }
    CredentialResult remove(const QString &account, const QString &name)
    {
        return await([&](auto cb) { m_store->remove(account, name, cb); });
    }
    QString account(const QString &suffix) const { return m_runId + u'-' + suffix; }

    std::unique_ptr<Test::ScopedDataDir> m_dataDir;
    std::unique_ptr<CredentialStore> m_store;
    QString m_runId;
    QList<QByteArray> m_secretsUsed;
    QStringList m_accountsUsed;
};

void TestCredentialStore::initTestCase()
{
    previousHandler = qInstallMessageHandler(captureMessages);
    m_dataDir = std::make_unique<Test::ScopedDataDir>();
    m_store = std::make_unique<CredentialStore>();
    m_runId = u"tst"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);

    const CredentialResult probe = write(account(u"probe"_s), u"probe"_s, "probe");
    if (!probe.ok && qEnvironmentVariable("LEADBRIDGE_IN_KEYRING_SESSION") != u"1"_s)
        QSKIP("No keychain reachable: run inside scripts/with-keyring.sh");
    QVERIFY2(probe.ok, qPrintable(probe.technicalDetail));
    QVERIFY(remove(account(u"probe"_s), u"probe"_s).ok);
}

void TestCredentialStore::cleanupTestCase()
{
    if (m_store) {
        for (const QString &acc : std::as_const(m_accountsUsed)) {
            await([&](auto cb) {
                m_store->removeAll(acc, { u"apiSecret"_s, u"refreshToken"_s, u"password"_s }, cb);
            });
        }
    }
    qInstallMessageHandler(previousHandler);
}

void TestCredentialStore::keyScheme()
{
    QCOMPARE(CredentialStore::serviceName(), u"LeadBridge"_s);
    QCOMPARE(
        CredentialStore::entryKey(u"acc1"_s, u"refreshToken"_s),
        u"leadbridge:"_s + CredentialStore::dataNamespace() + u"/acc1:refreshToken"_s);
    QCOMPARE(CredentialStore::chunkKey(u"acc1"_s, u"refreshToken"_s, 2),
        u"leadbridge:"_s + CredentialStore::dataNamespace() + u"/acc1:refreshToken#2"_s);
    QCOMPARE(CredentialStore::dataNamespace().size(), 12);
    QVERIFY(CredentialStore::isValidName(u"acc1"_s, u"x"_s));
    QVERIFY(!CredentialStore::isValidName(u""_s, u"x"_s));
    QVERIFY(!CredentialStore::isValidName(u"a:b"_s, u"x"_s));
    QVERIFY(!CredentialStore::isValidName(u"a"_s, u"x#1"_s));
}

void TestCredentialStore::roundTrip()
{
    const QString acc = account(u"rt"_s);
    m_accountsUsed << acc;
    static const char binary[] = "s3cr3t-\x01\x02\xff-binary";
    const QByteArray secret(binary, sizeof binary - 1);
    m_secretsUsed << secret;
    const CredentialResult w = write(acc, u"apiSecret"_s, secret);
    QVERIFY2(w.ok, qPrintable(w.technicalDetail));
    QCOMPARE(w.error, Kind::None);
    const CredentialResult r = read(acc, u"apiSecret"_s);
    QVERIFY2(r.ok, qPrintable(r.technicalDetail));
    QCOMPARE(r.value, secret);
    // Stored under the documented key, tagged inline, not chunked.
    const RawEntry raw = rawRead(CredentialStore::entryKey(acc, u"apiSecret"_s));
    QCOMPARE(raw.error, QKeychain::NoError);
    QCOMPARE(raw.data, QByteArray("v1:") + secret);
    QCOMPARE(
        rawRead(CredentialStore::chunkKey(acc, u"apiSecret"_s, 0)).error, QKeychain::EntryNotFound);
}

void TestCredentialStore::roundTripText()
{
    const QString acc = account(u"text"_s);
    m_accountsUsed << acc;
    const QString secret = u"pässwörd-😀-パスワード"_s;
    m_secretsUsed << secret.toUtf8();
    QVERIFY(await([&](auto cb) { m_store->write(acc, u"password"_s, secret, cb); }).ok);
    const CredentialResult r = read(acc, u"password"_s);
    QVERIFY(r.ok);
    QCOMPARE(r.text(), secret);
}

void TestCredentialStore::overwrite()
{
    const QString acc = account(u"ow"_s);
    m_accountsUsed << acc;
    m_secretsUsed << "first-value-1111"
                  << "second-value-2222";
    QVERIFY(write(acc, u"refreshToken"_s, "first-value-1111").ok);
    QVERIFY(write(acc, u"refreshToken"_s, "second-value-2222").ok);
    const CredentialResult r = read(acc, u"refreshToken"_s);
    QVERIFY(r.ok);
    QCOMPARE(r.value, QByteArray("second-value-2222"));
}

void TestCredentialStore::removeThenReadIsNotFound()
{
    const QString acc = account(u"del"_s);
    m_secretsUsed << "delete-me-3333";
    QVERIFY(write(acc, u"apiSecret"_s, "delete-me-3333").ok);
    QVERIFY(read(acc, u"apiSecret"_s).ok);
    const CredentialResult d = remove(acc, u"apiSecret"_s);
    QVERIFY2(d.ok, qPrintable(d.technicalDetail));
    const CredentialResult r = read(acc, u"apiSecret"_s);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, Kind::NotFound);
    QVERIFY(r.value.isEmpty());
    QVERIFY(!r.userMessage.isEmpty());
    QCOMPARE(
        rawRead(CredentialStore::entryKey(acc, u"apiSecret"_s)).error, QKeychain::EntryNotFound);
}

void TestCredentialStore::removeMissingSucceeds()
{
    const CredentialResult r = read(account(u"never"_s), u"apiSecret"_s);
    QCOMPARE(r.error, Kind::NotFound);
    QVERIFY(remove(account(u"never"_s), u"apiSecret"_s).ok);
}

void TestCredentialStore::chunkedSecret_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("7000 ascii bytes") << bigSecret(7000, 1);
    QTest::newRow("2001 bytes") << bigSecret(2001, 2);
    QTest::newRow("4000 bytes exactly two chunks") << bigSecret(4000, 3);
    QString text;
    while (text.toUtf8().size() < 7000)
        text += u"Grüße aus Köln — 東京の顧客 — Ωmega ✓ "_s;
    QTest::newRow("non-ascii text ~7000 bytes") << text.toUtf8();
}

void TestCredentialStore::chunkedSecret()
{
    QFETCH(QByteArray, secret);
    const QString acc = account(u"chunk"_s);
    m_accountsUsed << acc;
    m_secretsUsed << secret.left(64);
    const CredentialResult w = write(acc, u"apiSecret"_s, secret);
    QVERIFY2(w.ok, qPrintable(w.technicalDetail));

    const int expectedChunks = int(
        (secret.size() + CredentialStore::MaxChunkBytes - 1) / CredentialStore::MaxChunkBytes);
    const RawEntry header = rawRead(CredentialStore::entryKey(acc, u"apiSecret"_s));
    QCOMPARE(header.error, QKeychain::NoError);
    QVERIFY2(header.data.startsWith(QByteArray("c1:" + QByteArray::number(expectedChunks) + ':')),
        header.data.constData());
    QVERIFY(!header.data.contains(secret.left(16)));
    QByteArray joined;
    for (int i = 0; i < expectedChunks; ++i) {
        const RawEntry chunk = rawRead(CredentialStore::chunkKey(acc, u"apiSecret"_s, i));
        QCOMPARE(chunk.error, QKeychain::NoError);
        QVERIFY(chunk.data.size() <= CredentialStore::MaxChunkBytes);
        QVERIFY(chunk.data.size() < 2560); // Windows' limit per entry
        joined += chunk.data;
    }
    QCOMPARE(joined, secret);
    QCOMPARE(rawRead(CredentialStore::chunkKey(acc, u"apiSecret"_s, expectedChunks)).error,
        QKeychain::EntryNotFound);

    const CredentialResult r = read(acc, u"apiSecret"_s);
    QVERIFY2(r.ok, qPrintable(r.technicalDetail));
    QCOMPARE(r.value.size(), secret.size());
    QCOMPARE(r.value, secret);
    QVERIFY(remove(acc, u"apiSecret"_s).ok);
}

void TestCredentialStore::exactlyAtChunkLimitStaysInline()
{
    const QString acc = account(u"limit"_s);
    m_accountsUsed << acc;
    const QByteArray secret = bigSecret(CredentialStore::MaxChunkBytes, 4);
    QVERIFY(write(acc, u"apiSecret"_s, secret).ok);
    const RawEntry raw = rawRead(CredentialStore::entryKey(acc, u"apiSecret"_s));
    QCOMPARE(raw.data, QByteArray("v1:") + secret);
    QVERIFY(raw.data.size() < 2560);
    QCOMPARE(read(acc, u"apiSecret"_s).value, secret);
}

void TestCredentialStore::overwriteChunkedWithShortRemovesChunks()
{
    const QString acc = account(u"shrink"_s);
    m_accountsUsed << acc;
    const QByteArray big = bigSecret(7000, 5);
    QVERIFY(write(acc, u"refreshToken"_s, big).ok);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(rawRead(CredentialStore::chunkKey(acc, u"refreshToken"_s, i)).error,
            QKeychain::NoError);

    QVERIFY(write(acc, u"refreshToken"_s, "short-token-4444").ok);
    QCOMPARE(read(acc, u"refreshToken"_s).value, QByteArray("short-token-4444"));
    for (int i = 0; i < 4; ++i) {
        const RawEntry stale = rawRead(CredentialStore::chunkKey(acc, u"refreshToken"_s, i));
        QCOMPARE(stale.error, QKeychain::EntryNotFound);
        QVERIFY(stale.data.isEmpty());
    }
}

void TestCredentialStore::overwriteChunkedWithFewerChunks()
{
    const QString acc = account(u"fewer"_s);
    m_accountsUsed << acc;
    QVERIFY(write(acc, u"apiSecret"_s, bigSecret(9000, 6)).ok); // 5 chunks
    QCOMPARE(rawRead(CredentialStore::chunkKey(acc, u"apiSecret"_s, 4)).error, QKeychain::NoError);
    const QByteArray smaller = bigSecret(3000, 7); // 2 chunks
    QVERIFY(write(acc, u"apiSecret"_s, smaller).ok);
    QCOMPARE(read(acc, u"apiSecret"_s).value, smaller);
    QCOMPARE(rawRead(CredentialStore::chunkKey(acc, u"apiSecret"_s, 1)).error, QKeychain::NoError);
    for (int i = 2; i < 5; ++i)
        QCOMPARE(rawRead(CredentialStore::chunkKey(acc, u"apiSecret"_s, i)).error,
            QKeychain::EntryNotFound);
}

void TestCredentialStore::removeChunkedRemovesAllEntries()
{
    const QString acc = account(u"rmchunk"_s);
    QVERIFY(write(acc, u"apiSecret"_s, bigSecret(6500, 8)).ok);
    QVERIFY(remove(acc, u"apiSecret"_s).ok);
    QCOMPARE(read(acc, u"apiSecret"_s).error, Kind::NotFound);
    QCOMPARE(
        rawRead(CredentialStore::entryKey(acc, u"apiSecret"_s)).error, QKeychain::EntryNotFound);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(rawRead(CredentialStore::chunkKey(acc, u"apiSecret"_s, i)).error,
            QKeychain::EntryNotFound);
}

void TestCredentialStore::missingChunkIsReportedCorrupt()
{
    const QString acc = account(u"torn"_s);
    m_accountsUsed << acc;
    QVERIFY(write(acc, u"apiSecret"_s, bigSecret(5000, 9)).ok);
    // Damage the stored value behind the store's back: drop the middle chunk.
    auto *job = new QKeychain::DeletePasswordJob(CredentialStore::serviceName());
    job->setKey(CredentialStore::chunkKey(acc, u"apiSecret"_s, 1));
    QSignalSpy spy(job, &QKeychain::Job::finished);
    job->start();
    QVERIFY(spy.wait(WaitMs));
    const CredentialResult r = read(acc, u"apiSecret"_s);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, Kind::Corrupt);
    QVERIFY(r.value.isEmpty());
    QVERIFY(r.userMessage.contains(u"sign in again"_s));

    // Same with a chunk whose content changed: the checksum catches it.
    QVERIFY(write(acc, u"apiSecret"_s, bigSecret(5000, 9)).ok);
    auto *tamper = new QKeychain::WritePasswordJob(CredentialStore::serviceName());
    tamper->setKey(CredentialStore::chunkKey(acc, u"apiSecret"_s, 0));
    tamper->setBinaryData(bigSecret(2000, 10));
    QSignalSpy tamperSpy(tamper, &QKeychain::Job::finished);
    tamper->start();
    QVERIFY(tamperSpy.wait(WaitMs));
    QCOMPARE(read(acc, u"apiSecret"_s).error, Kind::Corrupt);
}

void TestCredentialStore::accountsAreIsolated()
{
    const QString a = account(u"iso-a"_s);
    const QString b = account(u"iso-b"_s);
    m_accountsUsed << a << b;
    m_secretsUsed << "secret-of-a-5555"
                  << "secret-of-b-6666";
    QVERIFY(write(a, u"apiSecret"_s, "secret-of-a-5555").ok);
    QVERIFY(write(b, u"apiSecret"_s, "secret-of-b-6666").ok);
    QCOMPARE(read(a, u"apiSecret"_s).value, QByteArray("secret-of-a-5555"));
    QCOMPARE(read(b, u"apiSecret"_s).value, QByteArray("secret-of-b-6666"));

    QVERIFY(remove(a, u"apiSecret"_s).ok);
    QCOMPARE(read(a, u"apiSecret"_s).error, Kind::NotFound);
    QCOMPARE(read(b, u"apiSecret"_s).value, QByteArray("secret-of-b-6666"));
    // Same secret name, other account: still not visible.
    QCOMPARE(read(account(u"iso-c"_s), u"apiSecret"_s).error, Kind::NotFound);
}

void TestCredentialStore::removeAllRemovesEveryName()
{
    const QString acc = account(u"all"_s);
    const QString other = account(u"all-other"_s);
    m_accountsUsed << other;
    QVERIFY(write(acc, u"apiSecret"_s, "x-7777").ok);
    QVERIFY(write(acc, u"refreshToken"_s, bigSecret(4500, 11)).ok);
    QVERIFY(write(other, u"apiSecret"_s, "y-8888").ok);
    const CredentialResult r = await([&](auto cb) {
        m_store->removeAll(acc, { u"apiSecret"_s, u"refreshToken"_s, u"password"_s }, cb);
    });
    QVERIFY2(r.ok, qPrintable(r.technicalDetail));
    QCOMPARE(read(acc, u"apiSecret"_s).error, Kind::NotFound);
    QCOMPARE(read(acc, u"refreshToken"_s).error, Kind::NotFound);
    QCOMPARE(rawRead(CredentialStore::chunkKey(acc, u"refreshToken"_s, 0)).error,
        QKeychain::EntryNotFound);
    QCOMPARE(read(other, u"apiSecret"_s).value, QByteArray("y-8888"));
}

void TestCredentialStore::invalidNamesRejected()
{
    bool calledSynchronously = false;
    bool done = false;
    CredentialResult result;
    m_store->write(
        u"bad:account"_s, u"apiSecret"_s, QByteArray("zzz"), [&](const CredentialResult &r) {
            done = true;
            result = r;
        });
    calledSynchronously = done;
    QVERIFY(!calledSynchronously); // always asynchronous
    QTRY_VERIFY(done);
    QCOMPARE(result.error, Kind::InvalidRequest);
    QVERIFY(!result.ok);
    QCOMPARE(read(u""_s, u"x"_s).error, Kind::InvalidRequest);
    QCOMPARE(read(u"acc"_s, u"a#1"_s).error, Kind::InvalidRequest);
}

void TestCredentialStore::signalCarriesRequestId()
{
    const QString acc = account(u"sig"_s);
    m_accountsUsed << acc;
    QSignalSpy spy(m_store.get(), &CredentialStore::finished);
    const quint64 w = m_store->write(acc, u"apiSecret"_s, QByteArray("sig-9999"));
    const quint64 r = m_store->read(acc, u"apiSecret"_s);
    QVERIFY(w != r);
    QCOMPARE(m_store->pendingCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, WaitMs);
    QCOMPARE(m_store->pendingCount(), 0);
    QHash<quint64, CredentialResult> byId;
    for (const auto &args : std::as_const(spy))
        byId.insert(args.at(0).toULongLong(), args.at(1).value<CredentialResult>());
    QVERIFY(byId.value(w).ok);
    QVERIFY(byId.value(r).ok);
    QCOMPARE(byId.value(r).value, QByteArray("sig-9999"));
}

void TestCredentialStore::unavailableKeychain_data()
{
    QTest::addColumn<bool>("unsetBus");
    QTest::newRow("no session bus, no display") << true;
    QTest::newRow("bus address points at a missing socket") << false;
}

void TestCredentialStore::unavailableKeychain()
{
    QFETCH(bool, unsetBus);
    QTemporaryDir home;
    QTemporaryDir dataDir;
    QTemporaryDir runtimeDir;
    const QByteArray secret = "child-secret-must-not-leak-0123456789";

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ChildFlag), u"1"_s);
    env.insert(u"LEADBRIDGE_CHILD_SECRET"_s, QString::fromLatin1(secret));
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    if (unsetBus)
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    else
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s,
            u"unix:path="_s + runtimeDir.path() + u"/no-such-bus-socket"_s);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.path() + u"/.config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home.path() + u"/.local/share"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir.path());
    env.insert(u"LEADBRIDGE_DATA_DIR"_s, dataDir.path());

    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    const QByteArray err = child.readAllStandardError();
    QCOMPARE(child.exitCode(), 0);

    QHash<QString, QString> fields;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            fields.insert(line.left(eq), line.mid(eq + 1));
    }
    qInfo().noquote() << "child write detail:" << fields.value(u"write.detail"_s);
    for (const QString &op : { u"write"_s, u"read"_s, u"remove"_s }) {
        QCOMPARE(fields.value(op + u".ok"_s), u"0"_s);
        QCOMPARE(fields.value(op + u".kind"_s).toInt(), int(Kind::KeychainUnavailable));
        const QString message = fields.value(op + u".message"_s);
        QVERIFY2(message.contains(u"keychain"_s), qPrintable(message));
        QVERIFY2(message.contains(u"Secret Service"_s), qPrintable(message));
        QVERIFY2(message.contains(u"GNOME Keyring"_s), qPrintable(message));
        QVERIFY2(message.contains(u"dbus-run-session"_s), qPrintable(message));
        QVERIFY(!fields.value(op + u".detail"_s).isEmpty());
    }
    // The failure was logged for diagnosis, but never the secret.
    QVERIFY2(err.contains("/child:apiSecret"), err.constData());
    QVERIFY(!err.contains(secret));
    QVERIFY(!out.contains(QString::fromLatin1(secret)));

    // No plaintext fallback: nothing written to the data dir, and no file under the
    // child's HOME / XDG dirs holds the secret (QSettings would put it there).
    QVERIFY2(QDir(dataDir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        qPrintable(
            QDir(dataDir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u',')));
    for (const QString &root : { home.path(), runtimeDir.path() }) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(secret), qPrintable(file.fileName()));
            QVERIFY2(!content.contains(secret.toBase64()), qPrintable(file.fileName()));
        }
    }
}

void TestCredentialStore::noSecretInLogsOrFiles()
{
    // Provoke some logged failures with secrets in flight, then check every log line.
    QVERIFY(read(account(u"nolog"_s), u"apiSecret"_s).error == Kind::NotFound);
    QStringList messages;
    {
        QMutexLocker lock(&logMutex);
        messages = loggedMessages();
    }
    for (const QByteArray &secret : std::as_const(m_secretsUsed)) {
        for (const QString &line : std::as_const(messages)) {
            QVERIFY2(!line.contains(QString::fromUtf8(secret)), qPrintable(line));
            QVERIFY2(!line.toUtf8().contains(secret), qPrintable(line));
        }
    }
    // Nothing in our data dir either: secrets live only in the keychain.
    QDirIterator it(m_dataDir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        for (const QByteArray &secret : std::as_const(m_secretsUsed))
            QVERIFY2(!content.contains(secret), qPrintable(file.fileName()));
    }
}

void TestCredentialStore::waitForPendingFinishesQueuedWrites()
{
    // A process about to exit: writes requested just now (one of them only queued as an
    // event, as rotated tokens arrive from the engine thread) all land before it returns.
    const QString acc = account(u"exit"_s);
    int callbacks = 0;
    for (const QString &name : { u"accessToken"_s, u"refreshToken"_s, u"accessTokenExpiry"_s })
        m_store->write(acc, name, QByteArray("value-of-") + name.toUtf8(),
            [&callbacks](const CredentialResult &r) { callbacks += r.ok ? 1 : 0; });
    QMetaObject::invokeMethod(
        m_store.get(),
        [this, acc, &callbacks] {
            m_store->write(acc, u"password"_s, QByteArray("queued-late"),
                [&callbacks](const CredentialResult &r) { callbacks += r.ok ? 1 : 0; });
        },
        Qt::QueuedConnection);
    QVERIFY(m_store->pendingCount() > 0);
    QVERIFY(m_store->waitForPending(30000));
    QCOMPARE(m_store->pendingCount(), 0);
    QCOMPARE(callbacks, 4);
    QCOMPARE(read(acc, u"refreshToken"_s).value, QByteArray("value-of-refreshToken"));
    QCOMPARE(read(acc, u"password"_s).value, QByteArray("queued-late"));
    QVERIFY(m_store->waitForPending(0)); // nothing pending: at once
    QCOMPARE(CredentialStore::unfinishedWritesMessage(15),
        u"LeadBridge stopped waiting for the system keychain after 15 second(s), so the newest "
        "sign-in tokens may not be saved and the next run may have to sign in with the password "
        "again. Check that the keychain is unlocked and responding."_s);
    await([&](auto cb) {
        m_store->removeAll(
            acc, { u"accessToken"_s, u"refreshToken"_s, u"accessTokenExpiry"_s, u"password"_s }, cb);
    });
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(ChildFlag)) {
        QCoreApplication app(argc, argv);
        return runUnavailableChild();
    }
    QCoreApplication app(argc, argv);
    TestCredentialStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
