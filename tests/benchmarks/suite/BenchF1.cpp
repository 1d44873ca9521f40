#include "tests/benchmarks/suite/BenchF1.h"

#include "core/engine/flows/WebinarImportPlanner.h"
#include "core/sandbox/on24/On24SyntheticWorld.h"
#include "core/store/AccountRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "tests/benchmarks/suite/BenchEngineRun.h"
#include "tests/benchmarks/suite/BenchSandbox.h"

#include <QJsonArray>

#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;
using LeadBridge::Sandbox::On24SyntheticWorld;

namespace LeadBridge::Bench {

namespace {

const QString kFlowName = u"Bench F1"_s;

bool isTimeHeading(const QString &heading)
{
    return heading.endsWith(u"Date/Time"_s);
}

bool isNumberHeading(const QString &heading)
{
    for (const auto &f : WebinarImportPlanner::activityFields()) {
        if (f.second == heading)
            return true;
    }
    return false;
}

/// One value as the comparison sees it: times as seconds since the epoch, numbers without
/// trailing zeros, text trimmed; the same rule on both sides.
QString canonical(const QString &heading, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (isTimeHeading(heading)) {
        const QDateTime when = QDateTime::fromString(t, Qt::ISODate);
        return when.isValid() ? QString::number(when.toSecsSinceEpoch()) : t;
    }
    if (isNumberHeading(heading)) {
        bool ok = false;
        const double d = t.toDouble(&ok);
        return ok ? QString::number(d, 'g', 12) : t;
    }
    return t;
}

QString jsonText(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : v.toString();
}

QString isoZ(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

/// The values registrant @p i of @p world must have in its list, in headings() order.
QStringList expectedValues(const On24SyntheticWorld &world, qint64 i, const QStringList &headings,
    const QList<QMap<QString, QString>> &variants)
{
    QHash<QString, QString> v;
    const QMap<QString, QString> &f = variants.at(On24SyntheticWorld::variantOf(i));
    for (const auto &[field, heading] : WebinarImportPlanner::registrationFields())
        v.insert(heading, f.value(field));
    v.insert(WebinarImportPlanner::emailHeading(), On24SyntheticWorld::email(i));
    v.insert(u"Registration Date/Time"_s, isoZ(world.registeredAt(i)));
    const bool attended = On24SyntheticWorld::attended(i);
    v.insert(WebinarImportPlanner::statusHeading(),
        attended ? WebinarImportPlanner::attendedStatus()
                 : WebinarImportPlanner::registeredStatus());
    if (attended) {
        v.insert(u"Attendance Date/Time"_s, isoZ(world.attendedAt(i)));
        const QHash<QString, double> activity {
            { u"liveminutes"_s, On24SyntheticWorld::liveMinutes(i) },
            { u"archiveminutes"_s, On24SyntheticWorld::archiveMinutes(i) },
            { u"engagementscore"_s,
                std::round(On24SyntheticWorld::engagementScore(i) * 10.0) / 10.0 },
            { u"answeredpolls"_s, On24SyntheticWorld::polls(i) },
            { u"askedquestions"_s, On24SyntheticWorld::questions(i) },
            { u"answeredsurveys"_s, On24SyntheticWorld::surveys(i) },
            { u"resourcesdownloaded"_s, On24SyntheticWorld::resources(i) },
        };
        for (const auto &[field, heading] : WebinarImportPlanner::activityFields())
            v.insert(heading, QString::number(activity.value(field), 'g', 12));
    }
    QStringList out;
    out.reserve(headings.size());
    for (const QString &h : headings)
        out.append(canonical(h, v.value(h)));
    return out;
}

/// The registrant index of a synthetic e-mail address ("reg<i>@…"), -1 when it is not one.
qint64 indexOfEmail(const QString &email)
{
    const QString lower = email.trimmed().toLower();
    const qsizetype at = lower.indexOf(u'@');
    if (!lower.startsWith(u"reg"_s) || at < 4
        || lower.mid(at + 1) != u"synthetic-webinar.example"_s)
        return -1;
    bool ok = false;
    const qint64 i = lower.mid(3, at - 3).toLongLong(&ok);
    return ok ? i : -1;
}

} // namespace

BenchF1::BenchF1(BenchSandbox &sandbox, const QString &dataDir)
    : m_sandbox(sandbox)
    , m_dataDir(dataDir)
{ }

bool BenchF1::setUp(QString *error)
{
    const QVariantMap on24 = m_sandbox.credentials(u"on24"_s);
    const QVariantMap ao = m_sandbox.credentials(u"acton"_s);
    m_clientId = on24.value(u"clientIds"_s).toString().split(u',').value(0).toLongLong();
    if (m_clientId <= 0) {
        *error = u"the sandbox printed no ON24 client (start it with the on24 emulator)"_s;
        return false;
    }
    Journal journal;
    Flow flow;
    if (!BenchEngineRun::openAndFindFlow(journal, m_dataDir, kFlowName, &flow, error))
        return false;
    if (flow.id == 0) {
        Account o;
        o.kind = AccountKind::On24;
        o.name = u"Bench ON24"_s;
        o.settings
            = { { u"clientId"_s, QString::number(m_clientId) }, { u"dataCentre"_s, u"custom"_s },
                  { u"baseUrl"_s, m_sandbox.url(u"on24"_s).toString() } };
        flow.kind = FlowKind::WebinarImport;
        flow.name = kFlowName;
        if (!BenchEngineRun::addFlowIntoActOn(journal, m_sandbox, o, &flow, error))
            return false;
    }
    m_flowId = flow.id;
    CredentialBundle ob, aob;
    ob.secrets.insert(u"tokenKey"_s, on24.value(u"accessTokenKey"_s).toString().toUtf8());
    ob.secrets.insert(u"tokenSecret"_s, on24.value(u"accessTokenSecret"_s).toString().toUtf8());
    for (const char *k : { "password", "clientSecret" })
        aob.secrets.insert(
            QString::fromLatin1(k), ao.value(QString::fromLatin1(k)).toString().toUtf8());
    m_credentials.insert(flow.sourceAccountId, ob);
    m_credentials.insert(flow.targetAccountId, aob);
    journal.close();
    return true;
}

BenchResult BenchF1::run(const QString &name, bool full, qint64 count)
{
    return BenchEngineRun(m_sandbox, m_flowId, &m_credentials)
        .run(name, full, false, count, { u"acton"_s, u"on24"_s });
}

void BenchF1::verify(BenchResult &result, qint64 registrants, int webinars)
{
    if (!result.verification.isEmpty())
        return; // the run failed
    // The world as the sandbox seeded it: its first webinar's start fixes every date.
    const auto first = m_sandbox.call(
        u"on24"_s, "GET", u"/_sandbox/records/event/%1"_s.arg(On24SyntheticWorld::kFirstEventId));
    const QDateTime firstStart
        = QDateTime::fromString(first.json().value(u"goodafter"_s).toString(), Qt::ISODate);
    if (first.status != 200 || !firstStart.isValid()) {
        result.verification = u"the first synthetic webinar could not be read (HTTP %1); start "
                              "the sandbox with --synthetic-registrants"_s.arg(first.status);
        return;
    }
    const On24SyntheticWorld world(registrants, webinars, firstStart.toUTC().addDays(80));
    QList<QMap<QString, QString>> variants;
    for (int v = 0; v < On24SyntheticWorld::kFieldVariants; ++v)
        variants.append(On24SyntheticWorld::fields(v));
    const QStringList headings = WebinarImportPlanner::headings();

    QHash<QString, QString> listIds; // name → id
    for (const QJsonValue &v :
        m_sandbox.call(u"acton"_s, "GET", u"/_sandbox/records/lists"_s).jsonArray()) {
        const QJsonObject l = v.toObject();
        listIds.insert(l.value(u"name"_s).toString(), l.value(u"id"_s).toString());
    }
    quint64 expectedSum = 0, rowSum = 0;
    for (qint64 i = 0; i < registrants; ++i)
        expectedSum += BenchEngineRun::recordHash(
            On24SyntheticWorld::email(i), expectedValues(world, i, headings, variants));
    std::vector<bool> seen(size_t(registrants), false);
    qint64 rows = 0, duplicates = 0, strangers = 0, misplaced = 0, mismatched = 0, missingLists = 0,
           attendedRows = 0;
    QMap<QString, qint64> differingFields;
    QStringList examples;
    QString error;
    for (int w = 0; w < webinars && w < registrants; ++w) {
        const QString listName = WebinarImportPlanner::listName(world.eventId(w), world.title(w));
        const QString listId = listIds.value(listName);
        if (listId.isEmpty()) {
            ++missingLists;
            if (examples.size() < 3)
                examples.append(u"no list \"%1\""_s.arg(listName));
            continue;
        }
        const bool read = m_sandbox.forEachRecord(
            u"acton"_s, listId, 5000,
            [&](const QJsonObject &r) {
                ++rows;
                QStringList values;
                values.reserve(headings.size());
                for (const QString &h : headings)
                    values.append(canonical(h, jsonText(r.value(h))));
                const QString email = r.value(WebinarImportPlanner::emailHeading()).toString();
                rowSum += BenchEngineRun::recordHash(email.trimmed().toLower(), values);
                const qint64 i = indexOfEmail(email);
                if (i < 0 || i >= registrants) {
                    ++strangers;
                    return;
                }
                if (world.webinarOf(i) != w) {
                    ++misplaced;
                    return;
                }
                if (seen[size_t(i)]) {
                    ++duplicates;
                    return;
                }
                seen[size_t(i)] = true;
                if (values.value(headings.indexOf(WebinarImportPlanner::statusHeading()))
                    == WebinarImportPlanner::attendedStatus())
                    ++attendedRows;
                const QStringList expected = expectedValues(world, i, headings, variants);
                if (values == expected)
                    return;
                ++mismatched;
                for (qsizetype k = 0; k < headings.size(); ++k) {
                    if (values.at(k) != expected.at(k)) {
                        ++differingFields[headings.at(k)];
                        if (examples.size() < 3)
                            examples.append(u"%1: %2 = \"%3\", expected \"%4\""_s.arg(
                                email, headings.at(k), values.at(k), expected.at(k)));
                    }
                }
            },
            &error);
        if (!read) {
            result.verification = error;
            return;
        }
    }
    qint64 expectedAttended = 0;
    for (qint64 i = 0; i < registrants; ++i)
        expectedAttended += On24SyntheticWorld::attended(i) ? 1 : 0;
    result.verified = rows == registrants && missingLists == 0 && strangers == 0 && misplaced == 0
        && duplicates == 0 && mismatched == 0 && expectedSum == rowSum
        && attendedRows == expectedAttended;
    result.verification = u"%1 registrants in %2 webinars, %3 list rows (%4 Attended, %5 "
                          "expected), %6 fields compared each; checksum %7 / %8"_s.arg(registrants)
                              .arg(webinars)
                              .arg(rows)
                              .arg(attendedRows)
                              .arg(expectedAttended)
                              .arg(headings.size())
                              .arg(QString::number(expectedSum, 16), QString::number(rowSum, 16));
    if (!result.verified) {
        QStringList fields;
        for (auto it = differingFields.cbegin(); it != differingFields.cend(); ++it)
            fields.append(u"%1 (%2)"_s.arg(it.key()).arg(it.value()));
        result.verification += u"; %1 lists missing, %2 rows differ in %3, %4 rows of nobody, "
                               "%5 in the wrong list, %6 twice; e.g. %7"_s.arg(missingLists)
                                   .arg(mismatched)
                                   .arg(fields.join(u", "_s))
                                   .arg(strangers)
                                   .arg(misplaced)
                                   .arg(duplicates)
                                   .arg(examples.join(u"; "_s));
    }
}

} // namespace LeadBridge::Bench
