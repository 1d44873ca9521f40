#include "tests/support/HostileCorpus.h"

#include "core/sandbox/on24/On24Emulator.h"
#include "tests/support/EngineFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace LeadBridge::Test {

QString HostileCorpus::eventTitle()
{
    return QStringLiteral("Hostile Webinar");
}

QList<HostileCorpus::Entry> HostileCorpus::load(const QDateTime &now, QString *error)
{
    const QString path = qEnvironmentVariable("LEADBRIDGE_TEST_SOURCE_DIR")
        + QStringLiteral("/tests/data/hostile/corpus.json");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path;
        return {};
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (doc.isNull()) {
        *error = err.errorString();
        return {};
    }
    QList<Entry> out;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("entries")).toArray()) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.id = o.value(QStringLiteral("id")).toString();
        e.flow = o.value(QStringLiteral("flow")).toString();
        e.from = o.value(QStringLiteral("from")).toString();
        e.input = expand(o.value(QStringLiteral("input")).toObject(), now);
        e.wire = expand(o.value(QStringLiteral("wire")).toObject(), now);
        e.expect = expand(o.value(QStringLiteral("expect")).toObject(), now);
        e.knownGap = o.value(QStringLiteral("knownGap")).toString();
        out.append(e);
    }
    return out;
}

QString HostileCorpus::expandText(const QString &text, const QDateTime &now)
{
    static const QRegularExpression longRe(QStringLiteral("^@@LONG(\\d+)@@$"));
    static const QRegularExpression nowRe(QStringLiteral("^@@NOW-(\\d+)M@@$"));
    if (const auto m = longRe.match(text); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        const QString unit = QStringLiteral("Long value ");
        QString out;
        while (out.size() < n)
            out += unit;
        out.truncate(n);
        return out;
    }
    if (const auto m = nowRe.match(text); m.hasMatch())
        return now.addSecs(-60 * m.captured(1).toInt()).toString(Qt::ISODate);
    return text;
}

QJsonObject HostileCorpus::expand(const QJsonObject &o, const QDateTime &now)
{
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isString())
            out.insert(it.key(), expandText(it.value().toString(), now));
        else if (it.value().isObject())
            out.insert(it.key(), expand(it.value().toObject(), now));
        else
            out.insert(it.key(), it.value());
    }
    return out;
}

Sandbox::DemoDataset HostileCorpus::world(const QDateTime &now, const QString &title)
{
    Sandbox::DemoDataset d;
    d.users = { Sandbox::DemoUser { QStringLiteral("Sam"), QStringLiteral("Seller"),
        QStringLiteral("sam@leadbridge-demo.com") } };
    Sandbox::DemoOn24Client c;
    c.clientId = on24ClientId;
    c.name = QStringLiteral("Hostile Webinars");
    Sandbox::DemoEvent e;
    e.eventId = eventId;
    e.title = title;
    e.start = now.addDays(-2);
    e.end = e.start.addSecs(3600);
    c.events = { e };
    d.on24Clients = { c };
    return d;
}

QJsonObject HostileCorpus::addRegistrant(EngineFixture &fx, Sandbox::On24Emulator &on24,
    const QJsonObject &input, const QJsonObject &wire)
{
    QJsonObject body = input;
    body.insert(QStringLiteral("eventid"), eventId);
    if (!wire.isEmpty())
        body.insert(QStringLiteral("_wire"), wire);
    return fx.control(on24, "POST", QStringLiteral("/_sandbox/records/registrant"), body);
}

} // namespace LeadBridge::Test
