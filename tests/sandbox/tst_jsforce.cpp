// Third-party client check: runs the unmodified jsforce package (npm, v3)
// against the in-process Salesforce emulator through
// tests/thirdparty/jsforce/check.mjs while this event loop keeps serving.
// Skipped only when node_modules is missing and LEADBRIDGE_REQUIRE_JSFORCE
// is not set (CI sets it after scripts/install-jsforce.sh).
#include "core/sandbox/salesforce/SalesforceEmulator.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace LeadBridge::Sandbox;
using namespace Qt::Literals::StringLiterals;

class TestJsforce : public QObject
{
    Q_OBJECT

private:
    static QString checkDir()
    {
        const QString root = qEnvironmentVariable("LEADBRIDGE_TEST_SOURCE_DIR");
        if (!root.isEmpty())
            return QDir(root).filePath(u"tests/thirdparty/jsforce"_s);
        // Fallback when run by hand: relative to this source file.
        return QFileInfo(QStringLiteral(__FILE__))
            .absoluteDir()
            .filePath(u"../thirdparty/jsforce"_s);
    }

private slots:
    void jsforceWorksUnmodified()
    {
        const QString dir = QDir::cleanPath(checkDir());
        const bool required = qEnvironmentVariableIsSet("LEADBRIDGE_REQUIRE_JSFORCE");
        const bool installed = QFileInfo::exists(dir + u"/node_modules/jsforce/package.json"_s);
        if (!installed && !required)
            QSKIP("jsforce is not installed: run scripts/install-jsforce.sh (or set "
                  "LEADBRIDGE_REQUIRE_JSFORCE to fail instead)");
        QVERIFY2(installed,
            qPrintable(
                u"jsforce is not installed in "_s + dir + u"; run scripts/install-jsforce.sh"_s));
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        QVERIFY2(!node.isEmpty(), "node is not on PATH");

        SalesforceEmulator emu;
        QVERIFY(emu.listen(0));
        emu.seed(DemoDataset::generate(2026, 200));
        emu.seedSynthetic(4500, 2026);

        QProcess proc;
        proc.setWorkingDirectory(dir);
        proc.setProcessChannelMode(QProcess::SeparateChannels);
        proc.start(node, { dir + u"/check.mjs"_s, emu.baseUrl().toString() });
        QVERIFY2(proc.waitForStarted(10000), qPrintable(proc.errorString()));
        // Keep this thread's event loop running so the emulator answers.
        QTRY_VERIFY_WITH_TIMEOUT(proc.state() == QProcess::NotRunning, 180000);
        const QString out = QString::fromUtf8(proc.readAllStandardOutput());
        const QString err = QString::fromUtf8(proc.readAllStandardError());
        qInfo().noquote() << out;
        if (!err.trimmed().isEmpty())
            qInfo().noquote() << err;
        QCOMPARE(proc.exitStatus(), QProcess::NormalExit);
        QVERIFY2(proc.exitCode() == 0, qPrintable(err));
        const QStringList expected = { u"soap-login"_s, u"soap-login-rejects-bad-password"_s,
            u"oauth2-password-login"_s, u"oauth2-rejects-bad-secret"_s, u"describe"_s,
            u"query-and-queryMore"_s, u"query-autoFetch"_s, u"collections-create"_s,
            u"collections-upsert"_s, u"collections-retrieve-update-destroy"_s, u"updated-deleted"_s,
            u"bulk2-load-insert"_s, u"bulk2-load-upsert"_s, u"bulk2-query"_s,
            u"session-refresh-after-expiry"_s, u"limit-info"_s };
        for (const QString &name : expected)
            QVERIFY2(out.contains(u"CHECK ok "_s + name),
                qPrintable(u"missing check line for "_s + name));
        QVERIFY(out.contains(u"CHECK all passed"_s));
        // The emulator really served jsforce: bulk and collection endpoints were hit.
        const QJsonObject calls = emu.counters().value(u"calls"_s).toObject();
        QVERIFY(calls.value(u"soap.login"_s).toInt() >= 2);
        QVERIFY(calls.value(u"oauth.token"_s).toInt() >= 2);
        QVERIFY(calls.value(u"rest.collections.upsert"_s).toInt() >= 1);
        QVERIFY(calls.value(u"bulk.ingest.upload"_s).toInt() >= 2);
        QVERIFY(calls.value(u"bulk.query.results"_s).toInt() >= 1);
        QVERIFY(calls.value(u"rest.queryMore"_s).toInt() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestJsforce)
#include "tst_jsforce.moc"
