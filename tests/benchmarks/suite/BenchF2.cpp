#include "tests/benchmarks/suite/BenchF2.h"

#include "core/mapping/StandardFields.h"
#include "core/store/AccountRepository.h"
#include "core/store/FieldMapRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "tests/benchmarks/suite/BenchEngineRun.h"
#include "tests/benchmarks/suite/BenchSandbox.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace LeadBridge::Bench {

namespace {

const QString kFlowName = u"Bench F2"_s;

/// One value as the comparison sees it: booleans as 1/0, numbers without trailing zeros,
/// text trimmed. The same rule on both sides, so only real differences count.
QString canonical(const QJsonValue &v, MarketingFieldType type)
{
    QString text;
    if (v.isBool())
        text = v.toBool() ? u"true"_s : u"false"_s;
    else if (v.isDouble())
        text = QString::number(v.toDouble(), 'g', 15);
    else
        text = v.toString().trimmed();
    if (type == MarketingFieldType::Boolean) {
        static const QStringList yes { u"true"_s, u"yes"_s, u"1"_s, u"y"_s };
        return yes.contains(text.toLower()) ? u"1"_s : u"0"_s;
    }
    if (type == MarketingFieldType::Score || type == MarketingFieldType::Number) {
        bool ok = false;
        const double d = text.toDouble(&ok);
        return ok ? QString::number(d, 'g', 15) : text;
    }
    return text;
}

} // namespace

BenchF2::BenchF2(BenchSandbox &sandbox, const QString &dataDir, const QVariantMap &flowSettings)
    : m_sandbox(sandbox)
    , m_dataDir(dataDir)
    , m_flowSettings(flowSettings)
{ }

FieldMap BenchF2::benchMap()
{
    FieldMap map(CrmKind::Salesforce, PushPolicy::TwoWay);
    const auto add = [&map](const char *name, const char *lead) {
        map.addRow(FieldMapRow::make(*StandardFields::byName(QString::fromLatin1(name)),
            QString::fromLatin1(lead), QString(), true));
    };
    add("E-mail Address", "Email");
    add("First Name", "FirstName");
    add("Middle Name", "MiddleName");
    add("Last Name", "LastName");
    add("Company", "Company");
    add("Job Title", "Title");
    add("Business Phone", "Phone");
    add("Cell Phone", "MobilePhone");
    add("Business Street", "Street");
    add("Business City", "City");
    add("Business State", "State");
    add("Business Postal Code", "PostalCode");
    add("Business Country", "Country");
    add("Industry", "Industry");
    add("Lead Source", "LeadSource");
    add("Score", "Score__c");
    add("Opt-Out", "HasOptedOutOfEmail");
    add("Hard Bounce", "EmailBouncedReason");
    map.addRow(FieldMapRow::make(MarketingField::custom(u"Lead Status"_s, MarketingFieldType::Text),
        u"Status"_s, QString(), true));
    map.addRow(FieldMapRow::make(MarketingField::custom(u"E-mail Key"_s, MarketingFieldType::Text),
        u"Email__c"_s, QString(), true));
    return map;
}

bool BenchF2::setUp(QString *error)
{
    Journal journal;
    Flow flow;
    if (!BenchEngineRun::openAndFindFlow(journal, m_dataDir, kFlowName, &flow, error))
        return false;
    const QVariantMap sf = m_sandbox.credentials(u"salesforce"_s);
    const QVariantMap ao = m_sandbox.credentials(u"acton"_s);
    if (flow.id == 0) {
        Account s;
        s.kind = AccountKind::Salesforce;
        s.name = u"Bench Salesforce"_s;
        s.settings = { { u"loginUrl"_s, m_sandbox.url(u"salesforce"_s).toString() },
            { u"authMethod"_s, u"password"_s }, { u"clientId"_s, sf.value(u"clientId"_s) },
            { u"username"_s, sf.value(u"username"_s) } };
        flow.kind = FlowKind::CrmContactSync;
        flow.name = kFlowName;
        flow.settings = { { u"syncContacts"_s, false }, { u"listName"_s, listName() } };
        flow.settings.insert(m_flowSettings);
        if (!BenchEngineRun::addFlowIntoActOn(journal, m_sandbox, s, &flow, error))
            return false;
        FieldMapRepository maps(journal);
        if (!maps.save(flow.id, benchMap())) {
            *error = u"the bench field map could not be saved"_s;
            return false;
        }
    }
    m_flowId = flow.id;
    CredentialBundle sfb, aob;
    for (const char *k : { "password", "securityToken", "clientSecret" })
        sfb.secrets.insert(QString::fromLatin1(k),
            sf.value(QString::fromLatin1(k)).toString().toUtf8());
    for (const char *k : { "password", "clientSecret" })
        aob.secrets.insert(QString::fromLatin1(k),
            ao.value(QString::fromLatin1(k)).toString().toUtf8());
    m_credentials.insert(flow.sourceAccountId, sfb);
    m_credentials.insert(flow.targetAccountId, aob);
    journal.close();
    return true;
}

BenchResult BenchF2::run(const QString &name, bool full, bool preview, qint64 count)
{
    return BenchEngineRun(m_sandbox, m_flowId, &m_credentials)
        .run(name, full, preview, count, { u"acton"_s, u"salesforce"_s });
}

QString BenchF2::findListId()
{
    for (const QJsonValue &v : m_sandbox.call(u"acton"_s, "GET", u"/_sandbox/records/lists"_s).jsonArray()) {
        const QJsonObject l = v.toObject();
        if (l.value(u"name"_s).toString() == listName())
            return l.value(u"id"_s).toString();
    }
    return {};
}

bool BenchF2::changeOnBothSides(int everyNth, int round, QString *error, qint64 *changed)
{
    *changed = 0;
    QStringList leadIds;
    qint64 i = 0;
    if (!m_sandbox.forEachRecord(u"salesforce"_s, u"Lead"_s, 5000,
            [&](const QJsonObject &r) {
                if (i++ % everyNth == 0)
                    leadIds.append(r.value(u"Id"_s).toString());
            },
            error))
        return false;
    const QString listId = findListId();
    if (listId.isEmpty()) {
        *error = u"the Act-On list %1 does not exist; run f2-full first"_s.arg(listName());
        return false;
    }
    QStringList rowIds;
    i = 0;
    if (!m_sandbox.forEachRecord(u"acton"_s, listId, 5000,
            [&](const QJsonObject &r) {
                if (i++ % everyNth == everyNth / 2)
                    rowIds.append(r.value(u"_contact_id_"_s).toString());
            },
            error))
        return false;
    int n = 0;
    for (const QString &id : std::as_const(leadIds)) {
        const auto r = m_sandbox.call(u"salesforce"_s, "PATCH", u"/_sandbox/records/Lead/"_s + id,
            { { u"FirstName"_s, u"Changed%1n%2"_s.arg(round).arg(++n) } });
        if (r.status != 200) {
            *error = u"lead %1 could not be changed: HTTP %2"_s.arg(id).arg(r.status);
            return false;
        }
    }
    for (const QString &id : std::as_const(rowIds)) {
        const auto r = m_sandbox.call(u"acton"_s, "PATCH",
            u"/_sandbox/records/%1/%2"_s.arg(listId, id),
            { { u"Job Title"_s, u"Changed title %1-%2"_s.arg(round).arg(++n) } });
        if (r.status != 200) {
            *error = u"list row %1 could not be changed: HTTP %2"_s.arg(id).arg(r.status);
            return false;
        }
    }
    *changed = leadIds.size() + rowIds.size();
    return true;
}

void BenchF2::verify(BenchResult &result, qint64 expectedRows)
{
    if (!result.verification.isEmpty())
        return; // the run failed
    // Score rows are Act-On's to fill (they push to the CRM, never pull), so they are left out.
    QList<FieldMapRow> rows;
    const FieldMap map = benchMap(); // held: rows() refers into it
    for (const FieldMapRow &row : map.rows()) {
        if (!row.isScore())
            rows.append(row);
    }
    const auto fieldHashes = [](const QStringList &values) {
        QList<quint32> out;
        out.reserve(values.size());
        for (const QString &v : values)
            out.append(quint32(qHash(v, 0)));
        return out;
    };
    QHash<QString, QList<quint32>> leads; ///< e-mail → one hash per compared field
    leads.reserve(expectedRows);
    quint64 leadSum = 0, rowSum = 0;
    QString error;
    const bool leadsRead = m_sandbox.forEachRecord(u"salesforce"_s, u"Lead"_s, 5000,
        [&](const QJsonObject &r) {
            QStringList values;
            for (const FieldMapRow &row : std::as_const(rows))
                values.append(canonical(r.value(row.leadField), row.marketing.type));
            const QString email = values.value(0).toLower();
            leads.insert(email, fieldHashes(values));
            leadSum += BenchEngineRun::recordHash(email, values);
        },
        &error);
    const QString listId = findListId();
    qint64 listRows = 0, mismatched = 0, missing = 0;
    QMap<QString, qint64> differingFields;
    QStringList examples;
    const bool rowsRead = !listId.isEmpty()
        && m_sandbox.forEachRecord(u"acton"_s, listId, 5000,
            [&](const QJsonObject &r) {
                QStringList values;
                for (const FieldMapRow &row : std::as_const(rows))
                    values.append(canonical(r.value(row.marketing.name), row.marketing.type));
                const QString email = values.value(0).toLower();
                rowSum += BenchEngineRun::recordHash(email, values);
                ++listRows;
                const auto it = leads.constFind(email);
                if (it == leads.cend()) {
                    ++missing;
                    return;
                }
                const QList<quint32> hashes = fieldHashes(values);
                if (hashes == it.value())
                    return;
                ++mismatched;
                for (qsizetype i = 0; i < hashes.size(); ++i) {
                    if (hashes.at(i) != it.value().value(i)) {
                        ++differingFields[rows.at(i).marketing.name];
                        if (examples.size() < 3)
                            examples.append(u"%1: %2 = \"%3\""_s.arg(
                                email, rows.at(i).marketing.name, values.at(i)));
                    }
                }
            },
            &error);
    if (!leadsRead || !rowsRead) {
        result.verification = error.isEmpty() ? u"the Act-On list was not found"_s : error;
        return;
    }
    result.verified = listRows == leads.size() && listRows == expectedRows && leadSum == rowSum
        && mismatched == 0 && missing == 0;
    result.verification = u"%1 leads, %2 list rows, %3 fields compared each (Score is "
                          "Act-On's); checksum %4 / %5"_s
                              .arg(leads.size())
                              .arg(listRows)
                              .arg(rows.size())
                              .arg(QString::number(leadSum, 16), QString::number(rowSum, 16));
    if (mismatched || missing) {
        QStringList fields;
        for (auto it = differingFields.cbegin(); it != differingFields.cend(); ++it)
            fields.append(u"%1 (%2)"_s.arg(it.key()).arg(it.value()));
        result.verification += u"; %1 rows differ in %2; %3 rows have no lead; e.g. %4"_s
                                   .arg(mismatched)
                                   .arg(fields.join(u", "_s))
                                   .arg(missing)
                                   .arg(examples.join(u"; "_s));
    }
}

void BenchF2::verifyNothingWritten(BenchResult &result)
{
    if (!result.verification.isEmpty())
        return;
    const QString listId = findListId();
    qint64 rows = 0;
    QString error;
    if (!listId.isEmpty()
        && !m_sandbox.forEachRecord(u"acton"_s, listId, 5000,
            [&](const QJsonObject &) { ++rows; }, &error)) {
        result.verification = error;
        return;
    }
    result.verified = rows == 0 && result.created == result.count;
    result.verification = u"planned %1 creates of %2 leads; the Act-On list %3 (%4 rows)"_s
                              .arg(result.created)
                              .arg(result.count)
                              .arg(listId.isEmpty() ? u"was not created"_s : u"exists"_s)
                              .arg(rows);
}

} // namespace LeadBridge::Bench
