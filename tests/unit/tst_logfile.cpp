#include "core/util/AppPaths.h"
#include "core/util/LogCategories.h"
#include "core/util/LogFile.h"
#include "core/util/Redactor.h"
#include "tests/support/TestEnv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <memory>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Stands in for the console handler LogFile chains to, so the test can check what
// reaches stderr and the QtTest output stays readable.
QStringList &consoleLines()
{
    static QStringList lines;
    return lines;
}
QMutex consoleMutex;
void fakeConsole(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&consoleMutex);
    consoleLines().append(message);
}

} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void linesLandInFile();
    void multiLineMessagesStayTogether();
    void secretsAreRedactedInFile();
    void rotationKeepsThreeOldFiles();
    void concurrentWritersKeepLinesWhole();
    void uninstallStopsWriting();
    void redact_data();
    void redact();
    void normalTextIsUntouched_data();
    void normalTextIsUntouched();
    void redactIsIdempotent();

private:
    std::unique_ptr<Test::ScopedDataDir> m_dataDir;
    QtMessageHandler m_testHandler = nullptr;
};

void TestLogFile::init()
{
    m_dataDir = std::make_unique<Test::ScopedDataDir>();
    LogFile::setRotation(LogFile::DefaultMaxBytes, LogFile::DefaultKeptFiles);
    consoleLines().clear();
    m_testHandler = qInstallMessageHandler(fakeConsole);
}

void TestLogFile::cleanup()
{
    LogFile::uninstall();
    qInstallMessageHandler(m_testHandler);
    m_dataDir.reset();
}

void TestLogFile::linesLandInFile()
{
    QVERIFY(LogFile::install(u"leadbridge"_s));
    QVERIFY(LogFile::isInstalled());
    const QString path = LogFile::filePath();
    QCOMPARE(path, QDir(AppPaths::logDir()).filePath(u"leadbridge.log"_s));
    QVERIFY(path.startsWith(m_dataDir->path()));

    qCInfo(lcEngine) << "Run 42 finished: 120 created, 3 updated";
    qCWarning(lcNet) << "Salesforce answered 503, retrying in 2 s";
    qWarning("plain warning without category");

    const QStringList lines = readAll(path).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QRegularExpression shape(
        uR"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (info|warning) +(\S+): (.*)$)"_s);
    auto m = shape.match(lines.at(0));
    QVERIFY2(m.hasMatch(), qPrintable(lines.at(0)));
    QCOMPARE(m.captured(1), u"info"_s);
    QCOMPARE(m.captured(2), u"leadbridge.engine"_s);
    QCOMPARE(m.captured(3), u"Run 42 finished: 120 created, 3 updated"_s);
    m = shape.match(lines.at(1));
    QVERIFY2(m.hasMatch(), qPrintable(lines.at(1)));
    QCOMPARE(m.captured(1), u"warning"_s);
    QCOMPARE(m.captured(2), u"leadbridge.net"_s);
    m = shape.match(lines.at(2));
    QVERIFY2(m.hasMatch(), qPrintable(lines.at(2)));
    QCOMPARE(m.captured(2), u"default"_s);
    QCOMPARE(m.captured(3), u"plain warning without category"_s);
    // Still printed to the console as before.
    QCOMPARE(consoleLines(),
        QStringList({ u"Run 42 finished: 120 created, 3 updated"_s,
            u"Salesforce answered 503, retrying in 2 s"_s, u"plain warning without category"_s }));

    // Owner-only permissions: the log holds people's names and e-mail addresses.
    const QFile::Permissions perms = QFile(path).permissions();
    QVERIFY(perms.testFlag(QFileDevice::ReadOwner));
    QVERIFY(!perms.testFlag(QFileDevice::ReadOther));
    QVERIFY(!perms.testFlag(QFileDevice::ReadGroup));
}

void TestLogFile::multiLineMessagesStayTogether()
{
    QVERIFY(LogFile::install(u"multi"_s));
    QCOMPARE(QFileInfo(LogFile::filePath()).fileName(), u"multi.log"_s);
    qCWarning(lcConnectors).noquote() << "first line\nsecond line";
    const QString text = readAll(LogFile::filePath());
    QVERIFY2(
        text.contains(u"leadbridge.connectors: first line\n    second line\n"_s), qPrintable(text));
}

void TestLogFile::secretsAreRedactedInFile()
{
    QVERIFY(LogFile::install());
    qCDebug(lcNet).noquote() << "never shown at info level: access_token=hidden-debug-1";
    qCWarning(lcNet).noquote() << "POST /services/oauth2/token body: "
                                  "grant_type=refresh_token&refresh_token=5Aep861abcSECRET&"
                                  "client_secret=CS-999-SECRET";
    qCWarning(lcConnectors).noquote() << "Authorization: Bearer 00D5g000004ABCD!AQEAQ.SECRET";
    const QString text = readAll(LogFile::filePath());
    QVERIFY(!text.contains(u"SECRET"_s));
    QVERIFY(!text.contains(u"hidden-debug-1"_s));
    QVERIFY2(
        text.contains(u"refresh_token=[REDACTED]&client_secret=[REDACTED]"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Authorization: Bearer [REDACTED]"_s), qPrintable(text));
    // The console (stderr) gets the same messages, redacted as well.
    QCOMPARE(consoleLines().size(), 2);
    QVERIFY(consoleLines().at(1).startsWith(u"Authorization: Bearer [REDACTED]"_s));
    for (const QString &line : std::as_const(consoleLines()))
        QVERIFY2(!line.contains(u"SECRET"_s), qPrintable(line));
}

void TestLogFile::rotationKeepsThreeOldFiles()
{
    LogFile::setRotation(4096, 3);
    QVERIFY(LogFile::install());
    const QString path = LogFile::filePath();
    const QString filler = QString(100, u'x');
    for (int i = 0; i < 400; ++i) // ~60 KB: many rotations
        qCInfo(lcApp).noquote() << u"line %1 "_s.arg(i, 4, 10, QChar(u'0')) << filler;

    QVERIFY(QFile::exists(path));
    for (int n = 1; n <= 3; ++n) {
        const QString old = path + u'.' + QString::number(n);
        QVERIFY2(QFile::exists(old), qPrintable(old));
        QVERIFY(QFileInfo(old).size() <= 4096);
        QVERIFY(QFileInfo(old).size() > 3000);
    }
    QVERIFY(!QFile::exists(path + u".4"_s));
    QVERIFY(QFileInfo(path).size() <= 4096);
    // The newest line is in the current file, the ones before it in .1, oldest dropped.
    QVERIFY(readAll(path).contains(u"line 0399"_s));
    QVERIFY(!readAll(path + u".3"_s).contains(u"line 0000"_s));
    const QStringList dir = QDir(AppPaths::logDir()).entryList(QDir::Files);
    QCOMPARE(dir.size(), 4);
    // Lines stay in order across files: last line of .1 precedes first line of current.
    const QStringList older = readAll(path + u".1"_s).split(u'\n', Qt::SkipEmptyParts);
    const QStringList newer = readAll(path).split(u'\n', Qt::SkipEmptyParts);
    const QRegularExpression num(uR"(line (\d{4}))"_s);
    QCOMPARE(num.match(older.last()).captured(1).toInt() + 1,
        num.match(newer.first()).captured(1).toInt());
}

void TestLogFile::concurrentWritersKeepLinesWhole()
{
    LogFile::setRotation(64 * 1024, 3);
    QVERIFY(LogFile::install());
    constexpr int Threads = 4;
    constexpr int PerThread = 500;
    QList<QThread *> threads;
    for (int t = 0; t < Threads; ++t) {
        threads << QThread::create([t] {
            for (int i = 0; i < PerThread; ++i)
                qCInfo(lcEngine).noquote()
                    << u"worker %1 message %2 password=p%1x%2 end"_s.arg(t).arg(i);
        });
    }
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QString all;
    for (const QString &suffix : { u".3"_s, u".2"_s, u".1"_s, u""_s })
        all += readAll(LogFile::filePath() + suffix);
    const QStringList lines = all.split(u'\n', Qt::SkipEmptyParts);
    const QRegularExpression whole(
        uR"(^\S+Z info +leadbridge\.engine: worker \d message \d+ password=\[REDACTED\] end$)"_s);
    int count = 0;
    for (const QString &line : lines) {
        QVERIFY2(whole.match(line).hasMatch(), qPrintable(line));
        ++count;
    }
    // 2,000 lines of ~80 bytes = ~160 KB over 64 KB files: the oldest may be dropped,
    // but whatever is kept is whole and the newest lines of every thread are present.
    QVERIFY(count > 0);
    for (int t = 0; t < Threads; ++t)
        QVERIFY(all.contains(u"worker %1 message %2 "_s.arg(t).arg(PerThread - 1)));
}

void TestLogFile::uninstallStopsWriting()
{
    QVERIFY(LogFile::install());
    const QString path = LogFile::filePath();
    qCInfo(lcApp) << "before uninstall";
    LogFile::uninstall();
    QVERIFY(!LogFile::isInstalled());
    QVERIFY(LogFile::filePath().isEmpty());
    qCInfo(lcApp) << "after uninstall";
    const QString text = readAll(path);
    QVERIFY(text.contains(u"before uninstall"_s));
    QVERIFY(!text.contains(u"after uninstall"_s));
}

void TestLogFile::redact_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("authorization bearer header")
        << u"Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig"_s
        << u"Authorization: Bearer [REDACTED]"_s;
    QTest::newRow("authorization basic lower-case")
        << u"authorization: Basic dXNlcjpwYXNz"_s << u"authorization: Basic [REDACTED]"_s;
    QTest::newRow("authorization oauth salesforce")
        << u"Authorization: OAuth 00D5g000004ABCD!AQEAQFoo.bar"_s
        << u"Authorization: OAuth [REDACTED]"_s;
    QTest::newRow("authorization in json")
        << uR"({"Authorization": "Bearer abc.def.ghi", "Accept": "json"})"_s
        << uR"({"Authorization": "Bearer [REDACTED]", "Accept": "json"})"_s;
    QTest::newRow("on24 accesstokenkey header")
        << u"accesstokenkey: 9f8e7d6c5b4a"_s << u"accesstokenkey: [REDACTED]"_s;
    QTest::newRow("on24 accesstokensecret header mixed case")
        << u"GET /v2/client/1/event\nAccessTokenSecret: s3cr3t-value\nAccept: */*"_s
        << u"GET /v2/client/1/event\nAccessTokenSecret: [REDACTED]\nAccept: */*"_s;
    QTest::newRow("access_token json")
        << uR"({"access_token":"00Dxx!AQ4AQ.abc","token_type":"Bearer","instance_url":"https://x.my.salesforce.com"})"_s
        << uR"({"access_token":"[REDACTED]","token_type":"Bearer","instance_url":"https://x.my.salesforce.com"})"_s;
    QTest::newRow("refresh_token json with spaces and escaped quote")
        << uR"({ "refresh_token" : "5Aep\"861", "expires_in": 3600 })"_s
        << uR"({ "refresh_token" : "[REDACTED]", "expires_in": 3600 })"_s;
    QTest::newRow("refresh_token form body")
        << u"grant_type=refresh_token&refresh_token=5Aep861TaST&client_id=3MVG9"_s
        << u"grant_type=refresh_token&refresh_token=[REDACTED]&client_id=3MVG9"_s;
    QTest::newRow("client_secret query")
        << u"https://login.salesforce.com/services/oauth2/token?client_id=abc&client_secret=XyZ123&code=1"_s
        << u"https://login.salesforce.com/services/oauth2/token?client_id=abc&client_secret=[REDACTED]&code=1"_s;
    QTest::newRow("client_secret json")
        << uR"({"client_secret": "shh"})"_s << uR"({"client_secret": "[REDACTED]"})"_s;
    QTest::newRow("password form") << u"username=bob%40example.com&password=hunter2!"_s
                                   << u"username=bob%40example.com&password=[REDACTED]"_s;
    QTest::newRow("password json") << uR"({"user":"bob","password":"hunter2"})"_s
                                   << uR"({"user":"bob","password":"[REDACTED]"})"_s;
    QTest::newRow("password xml soap login")
        << u"<n1:login><n1:username>bob@example.com</n1:username><n1:password>hunter2TOKEN</n1:password></n1:login>"_s
        << u"<n1:login><n1:username>bob@example.com</n1:username><n1:password>[REDACTED]</n1:password></n1:login>"_s;
    QTest::newRow("sessionId xml")
        << u"<result><sessionId>00D5g000004ABCD!AQEAQxyz</sessionId><userId>005x</userId></result>"_s
        << u"<result><sessionId>[REDACTED]</sessionId><userId>005x</userId></result>"_s;
    QTest::newRow("sessionId xml with namespace")
        << u"<sf:sessionId xsi:type=\"xsd:string\">abc123</sf:sessionId>"_s
        << u"<sf:sessionId xsi:type=\"xsd:string\">[REDACTED]</sf:sessionId>"_s;
    QTest::newRow("sessionId json")
        << uR"({"sessionId":"abc"})"_s << uR"({"sessionId":"[REDACTED]"})"_s;
    QTest::newRow("token json") << uR"({"token": "act-on-123", "expires": 10})"_s
                                << uR"({"token": "[REDACTED]", "expires": 10})"_s;
    QTest::newRow("token query") << u"GET /api?token=abcd1234&page=2"_s
                                 << u"GET /api?token=[REDACTED]&page=2"_s;
    QTest::newRow("token form") << u"token=abc&user=me"_s << u"token=[REDACTED]&user=me"_s;
    QTest::newRow("token numeric json")
        << uR"({"token": 1234567})"_s << uR"({"token": [REDACTED]})"_s;
    QTest::newRow("security token xml") << u"<securityToken>XYZ</securityToken>"_s
                                        << u"<securityToken>[REDACTED]</securityToken>"_s;
    QTest::newRow("cookie header")
        << u"Cookie: sid=00Dabc; BrowserId=1"_s << u"Cookie: [REDACTED]"_s;
    QTest::newRow("bare bearer token")
        << u"retrying with Bearer abcdefghijklmnop"_s << u"retrying with Bearer [REDACTED]"_s;
    QTest::newRow("bare salesforce session id")
        << u"session 00D5g000004ABCDE!AQEAQ.xyz_123 expired"_s << u"session [REDACTED] expired"_s;
    QTest::newRow("several in one line")
        << u"password=a1&client_secret=b2 Authorization: Bearer c3c3c3c3c3"_s
        << u"password=[REDACTED]&client_secret=[REDACTED] Authorization: Bearer [REDACTED]"_s;
}

void TestLogFile::redact()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Redactor::redact(input), expected);
}

void TestLogFile::normalTextIsUntouched_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("plain sentence") << u"Fetched 200 contacts from Salesforce in 3.2 s"_s;
    QTest::newRow("token_type json") << uR"({"token_type":"Bearer","expires_in":7199})"_s;
    QTest::newRow("token endpoint url with grant type")
        << u"POST https://login.salesforce.com/services/oauth2/token?grant_type=refresh_token"_s;
    QTest::newRow("password word in prose") << u"Password reset required for bob@example.com"_s;
    QTest::newRow("authorization failed") << u"Authorization failed with HTTP 401 Unauthorized"_s;
    QTest::newRow("email form") << u"email=bob%40example.com&firstName=Bob&lastName=Smith"_s;
    QTest::newRow("xml without secrets") << u"<records><Email>a@b.c</Email></records>"_s;
    QTest::newRow("tokens plural") << u"tokens=5 used of 100"_s;
    QTest::newRow("password_expired flag") << uR"({"password_expired":false})"_s;
    QTest::newRow("bearer english word") << u"the bearer of good news"_s;
    QTest::newRow("unicode") << u"Grüße, Zoë — 東京 ✓"_s;
    QTest::newRow("empty") << QString();
}

void TestLogFile::normalTextIsUntouched()
{
    QFETCH(QString, input);
    QCOMPARE(Redactor::redact(input), input);
}

void TestLogFile::redactIsIdempotent()
{
    const QString once = Redactor::redact(
        u"Authorization: Bearer abcdefgh12345 password=x {\"token\":\"y\"} <sessionId>z</sessionId>"_s);
    QCOMPARE(Redactor::redact(once), once);
    QCOMPARE(once.count(Redactor::mask()), 4);
    // Header lines are masked by HttpClient and then again by the log handler.
    const QString header = u"headers: Accept: application/json; accesstokenkey: [REDACTED]; "
                           "accesstokensecret: [REDACTED]; body: (empty)"_s;
    QCOMPARE(Redactor::redact(header), header);
    QCOMPARE(Redactor::redact(Redactor::redact(u"accesstokenkey: abc123"_s)),
        u"accesstokenkey: [REDACTED]"_s);
}

QTEST_GUILESS_MAIN(TestLogFile)

#include "tst_logfile.moc"
