// The sandbox's state files (docs/sandbox.md "Persistence"): what a client was told is on disk
// before the answer arrives, records and id counters survive a restart (a record created after
// it gets a new id), created Pipeliner custom fields and Salesforce sessions survive, a damaged
// or newer state file stops the start with a sentence and is left as it was, one state folder
// serves one sandbox at a time, and resetState() makes the next start generate anew.
// Everything over raw HTTP against an in-process Sandbox (no connector code).
#include "core/sandbox/EmulatorStateFile.h"
#include "core/sandbox/Sandbox.h"
#include "core/sandbox/pipeliner/PipelinerEmulator.h"
#include "core/sandbox/salesforce/SalesforceEmulator.h"
#include "tests/support/RawHttp.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace LeadBridge::Sandbox;
using namespace LeadBridge::Test;
using namespace Qt::StringLiterals;

class TestSandboxPersistence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pipelinerRecordsFieldsAndIdsSurviveRestart();
    void salesforceRecordsSessionsAndIdsSurviveRestart();
    void damagedStateFileStopsTheStartWithASentence();
    void newerStateFileIsRefused();
    void oneSandboxPerStateFolderAndReset();

private:
    SandboxConfig config(const QString &dir, const QStringList &emulators) const
    {
        SandboxConfig c;
        c.emulators = emulators;
        c.size = 40;
        c.stateDir = dir;
        return c;
    }
    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Pipeliner over raw HTTP (Basic auth with the demo key pair).
    RawReply pipeliner(Sandbox &s, const QByteArray &verb, const QString &path,
        const QJsonObject &body = {})
    {
        auto *emu = static_cast<PipelinerEmulator *>(s.emulator(u"pipeliner"_s));
        const QByteArray auth = "Basic "
            + (PipelinerEmulator::defaultApiToken() + u':' + PipelinerEmulator::defaultApiSecret())
                  .toUtf8()
                  .toBase64();
        RawHttp::Headers h { { "Authorization", auth } };
        if (!body.isEmpty())
            h.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return m_http.send(verb, QUrl(emu->apiBase() + path), h,
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    RawReply salesforce(Sandbox &s, const QByteArray &verb, const QString &path,
        const QString &token, const QJsonObject &body = {})
    {
        RawHttp::Headers h { { "Authorization", "Bearer " + token.toLatin1() } };
        if (!body.isEmpty())
            h.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return m_http.send(verb,
            QUrl(s.emulator(u"salesforce"_s)->baseUrl().toString() + u"/services/data/v59.0"_s
                + path),
            h, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    QString salesforceLogin(Sandbox &s)
    {
        QUrlQuery q;
        const QList<QPair<QString, QString>> items { { u"grant_type"_s, u"password"_s },
            { u"username"_s, SalesforceEmulator::demoUsername() },
            { u"password"_s, SalesforceEmulator::demoPassword() + SalesforceEmulator::demoSecurityToken() },
            { u"client_id"_s, SalesforceEmulator::demoClientId() },
            { u"client_secret"_s, SalesforceEmulator::demoClientSecret() } };
        for (const auto &i : items)
            q.addQueryItem(i.first, QString::fromLatin1(QUrl::toPercentEncoding(i.second)));
        const RawReply r = m_http.send("POST",
            QUrl(s.emulator(u"salesforce"_s)->baseUrl().toString() + u"/services/oauth2/token"_s),
            { { "Content-Type", "application/x-www-form-urlencoded" } },
            q.toString(QUrl::FullyEncoded).toLatin1());
        return r.json().value(u"access_token"_s).toString();
    }

    RawHttp m_http;
};

void TestSandboxPersistence::pipelinerRecordsFieldsAndIdsSurviveRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = EmulatorStateFile::path(dir.path(), u"pipeliner"_s);
    QString firstId;
    QString owner;
    quint16 firstPort = 0;
    {
        Sandbox s;
        QVERIFY2(s.start(config(dir.path(), { u"pipeliner"_s })), qPrintable(s.errorString()));
        firstPort = s.emulator(u"pipeliner"_s)->port();
        QVERIFY(QFile::exists(file)); // written at start, before any call
        owner = pipeliner(s, "GET", u"/entities/Clients"_s)
                    .json()
                    .value(u"data"_s)
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(u"id"_s)
                    .toString();
        QVERIFY(!owner.isEmpty());
        // A custom field, as F4's pre-flight creates it (Pipeliner createFieldInput).
        const RawReply field = pipeliner(s, "POST", u"/entities/Fields"_s,
            QJsonObject { { u"name"_s, u"Webinar Minutes"_s }, { u"entity_name"_s, u"Contact"_s },
                { u"type_id"_s, u"integer"_s } });
        QCOMPARE(field.status, 201);
        const RawReply created = pipeliner(s, "POST", u"/entities/Contacts"_s,
            QJsonObject { { u"first_name"_s, u"Ada"_s }, { u"last_name"_s, u"Before"_s },
                { u"email1"_s, u"ada.before@persist.example"_s }, { u"owner_id"_s, owner },
                { u"cf_webinar_minutes"_s, 42 } });
        QCOMPARE(created.status, 201);
        firstId = created.json().value(u"data"_s).toObject().value(u"id"_s).toString();
        QVERIFY(!firstId.isEmpty());
        // The answer has arrived: the record must already be on disk (nothing else ran since).
        QVERIFY2(readFile(file).contains(firstId.toUtf8()),
            "the created contact is not in the state file when its answer arrives");
        QVERIFY(readFile(file).contains("ada.before@persist.example"));
        qInfo() << "pipeliner state file" << readFile(file).size() << "bytes after"
                << s.emulator(u"pipeliner"_s)->stateWrites() << "writes";
    }
    Sandbox s;
    QVERIFY2(s.start(config(dir.path(), { u"pipeliner"_s })), qPrintable(s.errorString()));
    qInfo() << "ports before and after the restart:" << firstPort
            << s.emulator(u"pipeliner"_s)->port();
    const RawReply back = pipeliner(s, "GET", u"/entities/Contacts/"_s + firstId);
    QCOMPARE(back.status, 200);
    const QJsonObject data = back.json().value(u"data"_s).toObject();
    QCOMPARE(data.value(u"email1"_s).toString(), u"ada.before@persist.example"_s);
    QCOMPARE(data.value(u"cf_webinar_minutes"_s).toInt(), 42);
    const RawReply fields = pipeliner(
        s, "GET", u"/entities/Fields"_s + u"?filter[api_name]=cf_webinar_minutes"_s);
    QCOMPARE(fields.json().value(u"data"_s).toArray().size(), 1);
    const RawReply second = pipeliner(s, "POST", u"/entities/Contacts"_s,
        QJsonObject { { u"first_name"_s, u"Bo"_s }, { u"last_name"_s, u"After"_s },
            { u"email1"_s, u"bo.after@persist.example"_s }, { u"owner_id"_s, owner } });
    QCOMPARE(second.status, 201);
    const QString secondId = second.json().value(u"data"_s).toObject().value(u"id"_s).toString();
    QVERIFY(!secondId.isEmpty());
    QVERIFY2(secondId != firstId, "an id was handed out twice across a restart");
    QVERIFY2(secondId > firstId, "ids are no longer in creation order after a restart");
}

void TestSandboxPersistence::salesforceRecordsSessionsAndIdsSurviveRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = EmulatorStateFile::path(dir.path(), u"salesforce"_s);
    QString token;
    QString firstId;
    int leadsBefore = 0;
    {
        Sandbox s;
        QVERIFY2(s.start(config(dir.path(), { u"salesforce"_s })), qPrintable(s.errorString()));
        token = salesforceLogin(s);
        QVERIFY(!token.isEmpty());
        const RawReply created = salesforce(s, "POST", u"/sobjects/Lead"_s, token,
            QJsonObject { { u"LastName"_s, u"Before"_s }, { u"Company"_s, u"Persist Co"_s },
                { u"Email"_s, u"lead.before@persist.example"_s } });
        QCOMPARE(created.status, 201);
        firstId = created.json().value(u"id"_s).toString();
        QVERIFY(firstId.startsWith(u"00Q"_s));
        QVERIFY2(readFile(file).contains("lead.before@persist.example"),
            "the created lead is not in the state file when its answer arrives");
        // Deleted records stay deleted (the recycle bin keeps its row).
        const RawReply gone = salesforce(s, "DELETE", u"/sobjects/Lead/"_s + firstId, token);
        QCOMPARE(gone.status, 204);
        leadsBefore = static_cast<SalesforceEmulator *>(s.emulator(u"salesforce"_s))
                          ->recordCount(u"Lead"_s);
    }
    Sandbox s;
    QVERIFY2(s.start(config(dir.path(), { u"salesforce"_s })), qPrintable(s.errorString()));
    auto *emu = static_cast<SalesforceEmulator *>(s.emulator(u"salesforce"_s));
    QCOMPARE(emu->recordCount(u"Lead"_s), leadsBefore);
    // The session issued before the restart is still good (tokens are part of the world).
    const RawReply deleted = salesforce(s, "GET", u"/sobjects/Lead/"_s + firstId, token);
    QCOMPARE(deleted.status, 404);
    const RawReply all = salesforce(s, "GET",
        u"/queryAll?q="_s
            + QString::fromLatin1(QUrl::toPercentEncoding(
                u"SELECT Id, IsDeleted FROM Lead WHERE Email = 'lead.before@persist.example'"_s)),
        token);
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json().value(u"totalSize"_s).toInt(), 1);
    QCOMPARE(all.json().value(u"records"_s).toArray().at(0).toObject().value(u"IsDeleted"_s).toBool(),
        true);
    const RawReply second = salesforce(s, "POST", u"/sobjects/Lead"_s, token,
        QJsonObject { { u"LastName"_s, u"After"_s }, { u"Company"_s, u"Persist Co"_s },
            { u"Email"_s, u"lead.after@persist.example"_s } });
    QCOMPARE(second.status, 201);
    const QString secondId = second.json().value(u"id"_s).toString();
    QVERIFY2(secondId != firstId, "a Salesforce id was handed out twice across a restart");
}

void TestSandboxPersistence::damagedStateFileStopsTheStartWithASentence()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        Sandbox s;
        QVERIFY2(s.start(config(dir.path(), { u"on24"_s, u"acton"_s })),
            qPrintable(s.errorString()));
    }
    const QString file = EmulatorStateFile::path(dir.path(), u"acton"_s);
    QByteArray torn = readFile(file);
    QVERIFY(torn.size() > 100);
    torn.truncate(torn.size() / 2);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(torn);
    }
    Sandbox s;
    QVERIFY(!s.start(config(dir.path(), { u"on24"_s, u"acton"_s })));
    const QString why = s.errorString();
    qInfo().noquote() << "damaged file:" << why;
    QVERIFY2(why.contains(u"is damaged and cannot be read"_s), qPrintable(why));
    QVERIFY2(why.contains(file), qPrintable(why));
    QVERIFY2(why.contains(u"leadbridge-cli sandbox --reset"_s), qPrintable(why));
    QVERIFY2(why.contains(u"Reset sandbox data"_s), qPrintable(why));
    QVERIFY(!s.isRunning());
    QCOMPARE(readFile(file), torn); // not silently regenerated
}

void TestSandboxPersistence::newerStateFileIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = EmulatorStateFile::path(dir.path(), u"on24"_s);
    const QByteArray newer = R"({"format":"leadbridge-sandbox-state","version":2,)"
                             R"("emulator":"on24","state":{"tokens":{},"registrants":[]}})";
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(newer);
    }
    Sandbox s;
    QVERIFY(!s.start(config(dir.path(), { u"on24"_s })));
    QVERIFY2(s.errorString().contains(u"written by a newer version of LeadBridge"_s),
        qPrintable(s.errorString()));
    QCOMPARE(readFile(file), newer);
}

void TestSandboxPersistence::oneSandboxPerStateFolderAndReset()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString firstId;
    {
        Sandbox s;
        QVERIFY2(s.start(config(dir.path(), { u"salesforce"_s })), qPrintable(s.errorString()));
        Sandbox other;
        QVERIFY(!other.start(config(dir.path(), { u"salesforce"_s })));
        QVERIFY2(other.errorString().contains(u"in use by another LeadBridge process"_s),
            qPrintable(other.errorString()));
        QString error;
        QVERIFY(!Sandbox::resetState(dir.path(), &error));
        QVERIFY2(error.contains(u"in use by another LeadBridge process"_s), qPrintable(error));
        const QString token = salesforceLogin(s);
        const RawReply created = salesforce(s, "POST", u"/sobjects/Contact"_s, token,
            QJsonObject { { u"LastName"_s, u"Kept"_s }, { u"Email"_s, u"kept@persist.example"_s } });
        QCOMPARE(created.status, 201);
        firstId = created.json().value(u"id"_s).toString();
    }
    QString error;
    QVERIFY2(Sandbox::resetState(dir.path(), &error), qPrintable(error));
    QVERIFY(!QFile::exists(EmulatorStateFile::path(dir.path(), u"salesforce"_s)));
    Sandbox s;
    QVERIFY2(s.start(config(dir.path(), { u"salesforce"_s })), qPrintable(s.errorString()));
    const QString token = salesforceLogin(s);
    const RawReply gone = salesforce(s, "GET", u"/sobjects/Contact/"_s + firstId, token);
    QCOMPARE(gone.status, 404); // the world was generated anew
}

QTEST_GUILESS_MAIN(TestSandboxPersistence)
#include "tst_sandbox_persistence.moc"
