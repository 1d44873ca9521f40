#include "core/sandbox/DemoDatasetJson.h"

#include "core/util/WholeNumber.h"
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace LeadBridge::Sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kFormat = u"leadbridge-demo-dataset"_s;
constexpr int kVersion = 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("LeadBridge::Sandbox::DemoDatasetJson", text);
}

QJsonValue ts(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString roleName(DemoCrmRole role)
{
    switch (role) {
    case DemoCrmRole::Lead:
        return u"lead"_s;
    case DemoCrmRole::Contact:
        return u"contact"_s;
    case DemoCrmRole::None:
        break;
    }
    return u"none"_s;
}

QJsonArray indexes(const QList<int> &list)
{
    QJsonArray a;
    for (int i : list)
        a.append(i);
    return a;
}

/// Strict reader: remembers the first problem with a JSON path for the message.
class Reader
{
public:
    QString error;

    bool ok() const { return error.isEmpty(); }
    void fail(const QString &path, const QString &what)
    {
        if (error.isEmpty())
            error = tr("The demo data file is not valid: %1 %2.").arg(path, what);
    }

    QString str(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(path + u'.' + key, tr("must be a string"));
        return v.toString();
    }
    qint64 integer(
        const QJsonObject &o, const QString &key, const QString &path, qint64 fallback = 0)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        const std::optional<qint64> n = v.isDouble() ? wholeNumber(v.toDouble()) : std::nullopt;
        if (!n) {
            fail(path + u'.' + key, tr("must be a whole number"));
            return fallback;
        }
        return *n;
    }
    double number(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return 0.0;
        if (!v.isDouble())
            fail(path + u'.' + key, tr("must be a number"));
        return v.toDouble();
    }
    bool boolean(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(path + u'.' + key, tr("must be true or false"));
        return v.toBool();
    }
    QDateTime time(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QString s = str(o, key, path);
        if (s.isEmpty())
            return {};
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid()) {
            fail(path + u'.' + key, tr("must be an ISO 8601 date and time"));
            return {};
        }
        return t.toUTC();
    }
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(path + u'.' + key, tr("must be a list"));
        return v.toArray();
    }
    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            fail(path, tr("must be an object"));
        return v.toObject();
    }
    QList<int> people(const QJsonObject &o, const QString &key, const QString &path, int count)
    {
        QList<int> out;
        const QJsonArray a = array(o, key, path);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QJsonValue v = a.at(i);
            const int idx = v.toInt(-1);
            if (!v.isDouble() || idx < 0 || idx >= count) {
                fail(u"%1.%2[%3]"_s.arg(path, key, QString::number(i)),
                    tr("must be the index of a person in \"people\""));
                return out;
            }
            out.append(idx);
        }
        return out;
    }
};

} // namespace

QJsonObject DemoDatasetJson::toJson(const DemoDataset &data)
{
    QJsonArray people;
    for (const DemoPerson &p : data.people) {
        QJsonObject o {
            { u"index"_s, p.index },
            { u"firstName"_s, p.firstName },
            { u"lastName"_s, p.lastName },
            { u"email"_s, p.email },
            { u"phone"_s, p.phone },
            { u"company"_s, p.company },
            { u"title"_s, p.title },
            { u"jobFunction"_s, p.jobFunction },
            { u"companySize"_s, p.companySize },
            { u"industry"_s, p.industry },
            { u"street1"_s, p.street1 },
            { u"city"_s, p.city },
            { u"state"_s, p.state },
            { u"postalCode"_s, p.postalCode },
            { u"country"_s, p.country },
            { u"leadSource"_s, p.leadSource },
            { u"score"_s, p.score },
            { u"optedOut"_s, p.optedOut },
            { u"hardBounced"_s, p.hardBounced },
            { u"salesforceRole"_s, roleName(p.salesforceRole) },
            { u"inPipeliner"_s, p.inPipeliner },
            { u"createdAt"_s, ts(p.createdAt) },
            { u"modifiedAt"_s, ts(p.modifiedAt) },
        };
        if (!p.middleName.isEmpty())
            o.insert(u"middleName"_s, p.middleName);
        if (!p.street2.isEmpty())
            o.insert(u"street2"_s, p.street2);
        people.append(o);
    }

    QJsonArray clients;
    for (const DemoOn24Client &c : data.on24Clients) {
        QJsonArray events;
        for (const DemoEvent &e : c.events) {
            QJsonArray regs;
            for (const DemoRegistration &r : e.registrations) {
                QJsonObject o { { u"personIndex"_s, r.personIndex },
                    { u"partnerRef"_s, r.partnerRef }, { u"registeredAt"_s, ts(r.registeredAt) } };
                if (r.attended) {
                    o.insert(u"attended"_s, true);
                    o.insert(u"attendedLive"_s, r.attendedLive);
                    o.insert(u"attendedAt"_s, ts(r.attendedAt));
                    o.insert(u"liveMinutes"_s, r.liveMinutes);
                    o.insert(u"archiveMinutes"_s, r.archiveMinutes);
                    o.insert(u"engagementScore"_s, r.engagementScore);
                    o.insert(u"pollResponses"_s, r.pollResponses);
                    o.insert(u"questionsAsked"_s, r.questionsAsked);
                    o.insert(u"surveysSubmitted"_s, r.surveysSubmitted);
                    o.insert(u"resourcesViewed"_s, r.resourcesViewed);
                }
                regs.append(o);
            }
            events.append(QJsonObject { { u"eventId"_s, e.eventId }, { u"title"_s, e.title },
                { u"description"_s, e.description }, { u"campaignCode"_s, e.campaignCode },
                { u"start"_s, ts(e.start) }, { u"end"_s, ts(e.end) },
                { u"registrations"_s, regs } });
        }
        clients.append(QJsonObject {
            { u"clientId"_s, c.clientId }, { u"name"_s, c.name }, { u"events"_s, events } });
    }

    QJsonArray lists;
    for (const DemoList &l : data.actOnLists)
        lists.append(QJsonObject { { u"name"_s, l.name }, { u"folder"_s, l.folder },
            { u"members"_s, indexes(l.members) } });
    QJsonArray users;
    for (const DemoUser &u : data.users)
        users.append(QJsonObject { { u"firstName"_s, u.firstName }, { u"lastName"_s, u.lastName },
            { u"email"_s, u.email } });
    QJsonArray campaigns;
    for (const DemoCampaign &c : data.campaigns)
        campaigns.append(QJsonObject { { u"name"_s, c.name }, { u"status"_s, c.status },
            { u"members"_s, indexes(c.members) } });

    QJsonObject out { { u"format"_s, kFormat }, { u"version"_s, kVersion },
        { u"seed"_s, qint64(data.seed) }, { u"size"_s, data.size }, { u"people"_s, people },
        { u"on24Clients"_s, clients }, { u"actOnLists"_s, lists }, { u"users"_s, users },
        { u"campaigns"_s, campaigns } };
    // Optional: written only when set, so files of other datasets stay as they were.
    if (data.pipelinerLeadActOnFields)
        out.insert(u"pipelinerLeadActOnFields"_s, true);
    return out;
}

bool DemoDatasetJson::fromJson(const QJsonObject &json, DemoDataset *out, QString *error)
{
    Reader rd;
    DemoDataset d;
    d.pipelinerLeadActOnFields = json.value(u"pipelinerLeadActOnFields").toBool(false);
    const QString format = rd.str(json, u"format"_s, u"$"_s);
    if (format != kFormat) {
        rd.fail(u"$.format"_s, tr("must be \"%1\"").arg(kFormat));
    } else if (rd.integer(json, u"version"_s, u"$"_s) != kVersion) {
        rd.fail(u"$.version"_s, tr("must be %1").arg(kVersion));
    }
    d.seed = quint32(rd.integer(json, u"seed"_s, u"$"_s, 2026));

    const QJsonArray people = rd.array(json, u"people"_s, u"$"_s);
    if (rd.ok() && people.isEmpty())
        rd.fail(u"$.people"_s, tr("must list at least one person"));
    d.people.reserve(people.size());
    for (qsizetype i = 0; i < people.size() && rd.ok(); ++i) {
        const QString path = u"$.people[%1]"_s.arg(i);
        const QJsonObject o = rd.object(people.at(i), path);
        DemoPerson p;
        p.index = int(i); // references are by position; a stored "index" is informative only
        p.firstName = rd.str(o, u"firstName"_s, path);
        p.middleName = rd.str(o, u"middleName"_s, path);
        p.lastName = rd.str(o, u"lastName"_s, path);
        p.email = rd.str(o, u"email"_s, path);
        p.phone = rd.str(o, u"phone"_s, path);
        p.company = rd.str(o, u"company"_s, path);
        p.title = rd.str(o, u"title"_s, path);
        p.jobFunction = rd.str(o, u"jobFunction"_s, path);
        p.companySize = rd.str(o, u"companySize"_s, path);
        p.industry = rd.str(o, u"industry"_s, path);
        p.street1 = rd.str(o, u"street1"_s, path);
        p.street2 = rd.str(o, u"street2"_s, path);
        p.city = rd.str(o, u"city"_s, path);
        p.state = rd.str(o, u"state"_s, path);
        p.postalCode = rd.str(o, u"postalCode"_s, path);
        p.country = rd.str(o, u"country"_s, path);
        p.leadSource = rd.str(o, u"leadSource"_s, path);
        p.score = int(rd.integer(o, u"score"_s, path));
        if (p.score < 0 || p.score > 100)
            rd.fail(path + u".score"_s, tr("must be between 0 and 100"));
        p.optedOut = rd.boolean(o, u"optedOut"_s, path);
        p.hardBounced = rd.boolean(o, u"hardBounced"_s, path);
        const QString role = rd.str(o, u"salesforceRole"_s, path).toLower();
        if (role == u"lead")
            p.salesforceRole = DemoCrmRole::Lead;
        else if (role == u"contact")
            p.salesforceRole = DemoCrmRole::Contact;
        else if (!role.isEmpty() && role != u"none")
            rd.fail(path + u".salesforceRole"_s, tr("must be \"lead\", \"contact\" or \"none\""));
        p.inPipeliner = rd.boolean(o, u"inPipeliner"_s, path);
        p.createdAt = rd.time(o, u"createdAt"_s, path);
        p.modifiedAt = rd.time(o, u"modifiedAt"_s, path);
        d.people.append(std::move(p));
    }
    const int count = int(d.people.size());
    d.size = count;

    const QJsonArray clients = rd.array(json, u"on24Clients"_s, u"$"_s);
    for (qsizetype c = 0; c < clients.size() && rd.ok(); ++c) {
        const QString cpath = u"$.on24Clients[%1]"_s.arg(c);
        const QJsonObject co = rd.object(clients.at(c), cpath);
        DemoOn24Client client;
        client.clientId = rd.integer(co, u"clientId"_s, cpath);
        if (client.clientId <= 0)
            rd.fail(cpath + u".clientId"_s, tr("must be a positive number"));
        client.name = rd.str(co, u"name"_s, cpath);
        const QJsonArray events = rd.array(co, u"events"_s, cpath);
        for (qsizetype e = 0; e < events.size() && rd.ok(); ++e) {
            const QString epath = u"%1.events[%2]"_s.arg(cpath, QString::number(e));
            const QJsonObject eo = rd.object(events.at(e), epath);
            DemoEvent ev;
            ev.eventId = rd.integer(eo, u"eventId"_s, epath);
            if (ev.eventId <= 0)
                rd.fail(epath + u".eventId"_s, tr("must be a positive number"));
            ev.title = rd.str(eo, u"title"_s, epath);
            ev.description = rd.str(eo, u"description"_s, epath);
            ev.campaignCode = rd.str(eo, u"campaignCode"_s, epath);
            ev.start = rd.time(eo, u"start"_s, epath);
            ev.end = rd.time(eo, u"end"_s, epath);
            if (rd.ok() && (!ev.start.isValid() || !ev.end.isValid()))
                rd.fail(epath, tr("needs a start and an end"));
            const QJsonArray regs = rd.array(eo, u"registrations"_s, epath);
            ev.registrations.reserve(regs.size());
            for (qsizetype r = 0; r < regs.size() && rd.ok(); ++r) {
                const QString rpath = u"%1.registrations[%2]"_s.arg(epath, QString::number(r));
                const QJsonObject ro = rd.object(regs.at(r), rpath);
                DemoRegistration reg;
                reg.personIndex = int(rd.integer(ro, u"personIndex"_s, rpath, -1));
                if (reg.personIndex < 0 || reg.personIndex >= count)
                    rd.fail(rpath + u".personIndex"_s,
                        tr("must be the index of a person in \"people\""));
                reg.partnerRef = rd.str(ro, u"partnerRef"_s, rpath);
                reg.registeredAt = rd.time(ro, u"registeredAt"_s, rpath);
                reg.attended = rd.boolean(ro, u"attended"_s, rpath);
                reg.attendedLive = rd.boolean(ro, u"attendedLive"_s, rpath);
                reg.attendedAt = rd.time(ro, u"attendedAt"_s, rpath);
                reg.liveMinutes = int(rd.integer(ro, u"liveMinutes"_s, rpath));
                reg.archiveMinutes = int(rd.integer(ro, u"archiveMinutes"_s, rpath));
                reg.engagementScore = rd.number(ro, u"engagementScore"_s, rpath);
                reg.pollResponses = int(rd.integer(ro, u"pollResponses"_s, rpath));
                reg.questionsAsked = int(rd.integer(ro, u"questionsAsked"_s, rpath));
                reg.surveysSubmitted = int(rd.integer(ro, u"surveysSubmitted"_s, rpath));
                reg.resourcesViewed = int(rd.integer(ro, u"resourcesViewed"_s, rpath));
                ev.registrations.append(std::move(reg));
            }
            client.events.append(std::move(ev));
        }
        d.on24Clients.append(std::move(client));
    }

    const QJsonArray lists = rd.array(json, u"actOnLists"_s, u"$"_s);
    for (qsizetype l = 0; l < lists.size() && rd.ok(); ++l) {
        const QString path = u"$.actOnLists[%1]"_s.arg(l);
        const QJsonObject o = rd.object(lists.at(l), path);
        DemoList list;
        list.name = rd.str(o, u"name"_s, path);
        if (rd.ok() && list.name.trimmed().isEmpty())
            rd.fail(path + u".name"_s, tr("must not be empty"));
        list.folder = rd.str(o, u"folder"_s, path);
        list.members = rd.people(o, u"members"_s, path, count);
        d.actOnLists.append(std::move(list));
    }
    const QJsonArray users = rd.array(json, u"users"_s, u"$"_s);
    for (qsizetype u = 0; u < users.size() && rd.ok(); ++u) {
        const QString path = u"$.users[%1]"_s.arg(u);
        const QJsonObject o = rd.object(users.at(u), path);
        DemoUser user { rd.str(o, u"firstName"_s, path), rd.str(o, u"lastName"_s, path),
            rd.str(o, u"email"_s, path) };
        if (rd.ok() && !user.email.contains(u'@'))
            rd.fail(path + u".email"_s, tr("must be an email address"));
        d.users.append(user);
    }
    const QJsonArray campaigns = rd.array(json, u"campaigns"_s, u"$"_s);
    for (qsizetype c = 0; c < campaigns.size() && rd.ok(); ++c) {
        const QString path = u"$.campaigns[%1]"_s.arg(c);
        const QJsonObject o = rd.object(campaigns.at(c), path);
        DemoCampaign campaign;
        campaign.name = rd.str(o, u"name"_s, path);
        campaign.status = rd.str(o, u"status"_s, path);
        campaign.members = rd.people(o, u"members"_s, path, count);
        d.campaigns.append(std::move(campaign));
    }

    if (!rd.ok()) {
        if (error)
            *error = rd.error;
        return false;
    }
    *out = std::move(d);
    return true;
}

bool DemoDatasetJson::save(
    const QString &path, const DemoDataset &data, QString *error, bool pretty)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write the demo data file %1: %2.").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(toJson(data))
                   .toJson(pretty ? QJsonDocument::Indented : QJsonDocument::Compact));
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write the demo data file %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool DemoDatasetJson::load(const QString &path, DemoDataset *out, QString *error)
{
    // /dev/zero, a FIFO or a directory would be read forever or make no sense: only regular
    // files of a bounded size are accepted.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        if (error)
            *error = tr("The demo data file %1 is not a regular file. Give the path of a JSON "
                        "file written by --save-data.")
                         .arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not open the demo data file %1: %2.").arg(path, file.errorString());
        return false;
    }
    // Checked by size first; then read at most one byte more than the cap, so a file that
    // grew after the check is caught too.
    QByteArray bytes;
    if (file.size() <= kMaxFileBytes)
        bytes = file.read(kMaxFileBytes + 1);
    if (file.size() > kMaxFileBytes || bytes.size() > kMaxFileBytes) {
        if (error)
            *error = tr("The demo data file %1 is larger than %2 MB; LeadBridge does not load "
                        "demo data files that large. Use a smaller data set.")
                         .arg(path)
                         .arg(kMaxFileBytes / (1024 * 1024));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = tr("The demo data file %1 is not a JSON object (%2 at byte %3).")
                         .arg(path, parseError.errorString(),
                             QString::number(parseError.offset));
        return false;
    }
    QString why;
    if (!fromJson(doc.object(), out, &why)) {
        if (error)
            *error = path + u": "_s + why;
        return false;
    }
    return true;
}

} // namespace LeadBridge::Sandbox
