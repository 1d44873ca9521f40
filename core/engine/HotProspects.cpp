#include "core/engine/HotProspects.h"

#include "core/connectors/Connector.h"
#include "core/connectors/acton/ActOnConnector.h"
#include "core/connectors/pipeliner/PipelinerConnector.h"
#include "core/engine/FieldNormaliser.h"
#include "core/engine/PersonKey.h"
#include "core/net/HttpClient.h"
#include "core/util/LogCategories.h"

#include <QCollator>

#include <algorithm>
#include <memory>

namespace LeadBridge {

namespace {

int column(const QStringList &headers, const QStringList &names)
{
    for (const QString &name : names) {
        for (int i = 0; i < headers.size(); ++i) {
            if (headers.at(i).trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

int column(const QStringList &headers, std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *n : names)
        list.append(QString::fromLatin1(n));
    return column(headers, list);
}

QString cell(const QStringList &row, int index)
{
    return index >= 0 && index < row.size() ? row.at(index).trimmed() : QString();
}

/// Act-On's date qualifiers: epoch milliseconds, an ISO date or "yyyy-MM-dd HH:mm:ss UTC".
QDateTime parseDate(const QString &text)
{
    if (text.isEmpty())
        return {};
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    if (ok)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    QDateTime d = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (d.isValid())
        return d.toUTC();
    // "2026-11-01 09:30:00 UTC", as list downloads write __modified_date.
    QString t = text;
    if (t.endsWith(QLatin1String(" UTC")) || t.endsWith(QLatin1String(" GMT")))
        t.chop(4);
    d = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!d.isValid())
        return {};
    d.setTimeSpec(Qt::UTC);
    return d;
}

QString text(const QVariantMap &fields, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            if (it.key().compare(QLatin1String(key), Qt::CaseInsensitive) == 0) {
                const QString v = it.value().toString().trimmed();
                if (!v.isEmpty())
                    return v;
            }
        }
    }
    return {};
}

QString joinName(const QString &first, const QString &last)
{
    return QStringList { first.trimmed(), last.trimmed() }.join(u' ').trimmed();
}

} // namespace

HotProspects::HotProspects(ActOnConnector *acton, Connector *crm,
    const HotProspectsOptions &options, QObject *parent)
    : QObject(parent)
    , m_acton(acton)
    , m_crm(crm)
    , m_options(options)
{
    if (m_options.limit <= 0)
        m_options.limit = 20;
    if (m_options.scoreHeadings.isEmpty())
        m_options.scoreHeadings = { QStringLiteral("Score") };
    m_crmSystem = crm && crm->kind() == AccountKind::Pipeliner ? QStringLiteral("Pipeliner")
                                                                : QStringLiteral("Salesforce");
}

HotProspects::~HotProspects() = default;

QString HotProspects::noOwnerName(const QString &crmSystem)
{
    return tr("No owner in %1").arg(crmSystem);
}

QString HotProspects::failureSentence(const QString &what, const QString &reason)
{
    QString why = reason.trimmed();
    if (!why.isEmpty() && !why.endsWith(u'.') && !why.endsWith(u'!') && !why.endsWith(u'?'))
        why += u'.';
    return tr("LeadBridge could not read %1: %2 Check the account on the Accounts page, then "
              "refresh again.")
        .arg(what, why);
}

void HotProspects::start()
{
    if (!m_acton || !m_crm
        || (m_crm->kind() != AccountKind::Salesforce && m_crm->kind() != AccountKind::Pipeliner)) {
        HotProspectsResult r;
        r.crmSystem = m_crmSystem;
        r.error = tr("Hot Prospects needs an Act-On account and a Salesforce or Pipeliner "
                     "account. Choose them above.");
        return done(r);
    }
    readLists();
}

void HotProspects::cancel()
{
    if (m_done || m_cancelled)
        return;
    m_cancelled = true;
    if (m_acton)
        m_acton->abort();
    if (m_crm)
        m_crm->abort();
    HotProspectsResult r;
    r.crmSystem = m_crmSystem;
    r.cancelled = true;
    done(r);
}

void HotProspects::done(HotProspectsResult result)
{
    if (m_done)
        return;
    m_done = true;
    qint64 calls = 0;
    for (Connector *c : { static_cast<Connector *>(m_acton.data()), m_crm.data() }) {
        if (c && c->http())
            calls += c->http()->stats().attempts;
    }
    result.callsUsed = int(calls);
    if (!result.error.isEmpty())
        qCInfo(lcEngine).noquote() << "Hot Prospects failed:" << result.technicalDetail;
    Q_EMIT finished(result);
}

void HotProspects::fail(const QString &what, const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Cancelled)
        return; // cancel() has answered already
    HotProspectsResult r;
    r.crmSystem = m_crmSystem;
    r.error = failureSentence(what, error.userMessage());
    r.technicalDetail = error.toLogString();
    done(r);
}

void HotProspects::readLists()
{
    Q_EMIT progress(tr("Reading the Act-On lists…"), 0, 0);
    QPointer<HotProspects> self(this);
    m_acton->listLists([self](const QList<ActOnListInfo> &lists, const ApiError &error) {
        if (!self || self->stopped())
            return;
        if (error.isError())
            return self->fail(tr("the Act-On lists"), error);
        const QStringList chosen = self->m_options.allLists ? QStringList() : self->m_options.lists;
        QStringList missing = chosen;
        for (const ActOnListInfo &l : lists) {
            bool take = chosen.isEmpty();
            for (const QString &c : chosen) {
                if (c == l.id || c.trimmed().compare(l.name, Qt::CaseInsensitive) == 0) {
                    take = true;
                    missing.removeAll(c);
                }
            }
            if (take)
                self->m_lists.append({ l.id, l.name });
        }
        if (self->m_lists.isEmpty()) {
            HotProspectsResult r;
            r.crmSystem = self->m_crmSystem;
            r.error = chosen.isEmpty()
                ? tr("The Act-On account has no contact lists yet, so no one has a score to "
                     "rank. Add people to a list in Act-On, then refresh.")
                : tr("None of the Act-On lists the flows of these accounts use exists yet "
                     "(“%1”). Run the flows first, or read every list instead (“All lists” "
                     "in the window, --all-lists on the command line).")
                      .arg(missing.join(QStringLiteral("”, “")));
            return self->done(r);
        }
        if (!missing.isEmpty())
            qCInfo(lcEngine).noquote()
                << "Hot Prospects: lists not in Act-On:" << missing.join(QStringLiteral(", "));
        self->readList(0);
    });
}

void HotProspects::readList(int index)
{
    if (stopped())
        return;
    if (index >= m_lists.size())
        return readCrm(0);
    const auto list = m_lists.at(index);
    Q_EMIT progress(tr("Reading the Act-On list “%1”…").arg(list.second), index,
        int(m_lists.size()));
    auto noScore = std::make_shared<bool>(false);
    auto sawScore = std::make_shared<bool>(false);
    QPointer<HotProspects> self(this);
    ActOnDownloadOptions options;
    options.dateQualifiers = true; // __modified_date: when the row (and its score) changed
    m_acton->downloadList(
        list.first, {},
        [self, list, noScore, sawScore](const ActOnListPage &page) {
            if (!self || self->stopped())
                return;
            const QStringList &h = page.headers;
            const int email = page.emailColumn >= 0
                ? page.emailColumn
                : column(h, { "E-mail Address", "Email", "EMAIL" });
            const int first = column(h, { "First Name", "FIRSTNAME", "fname" });
            const int last = column(h, { "Last Name", "LASTNAME", "lname" });
            const int company = column(h, { "Company", "Company Name", "COMPANY", "Account Name" });
            const int modified = column(h, { "__modified_date", "modified_date" });
            const int score = column(h, self->m_options.scoreHeadings);
            if (score < 0) {
                if (!page.rows.isEmpty())
                    *noScore = true;
            } else {
                *sawScore = true;
            }
            for (const QStringList &r : page.rows) {
                ++self->m_rowsRead;
                const QString key = PersonKey::normaliseEmail(cell(r, email));
                if (key.isEmpty() || !PersonKey::isValidEmail(key))
                    continue;
                const QString scoreText = score < 0
                    ? QString()
                    : FieldNormaliser::normaliseText(MarketingFieldType::Score, cell(r, score));
                bool ok = false;
                const double value = scoreText.toDouble(&ok);
                const bool exists = self->m_members.contains(key);
                Member &m = self->m_members[key];
                if (!exists) {
                    m.email = key;
                    self->m_memberOrder.append(key);
                }
                if (m.name.isEmpty())
                    m.name = FieldNormaliser::stripControlCharacters(
                        joinName(cell(r, first), cell(r, last)));
                if (m.company.isEmpty())
                    m.company = FieldNormaliser::stripControlCharacters(cell(r, company));
                if (!m.lists.contains(list.second))
                    m.lists.append(list.second);
                const QDateTime when = parseDate(cell(r, modified));
                if (when.isValid() && (!m.lastChange.isValid() || when > m.lastChange))
                    m.lastChange = when;
                if (ok && (!m.hasScore || value > m.score)) {
                    m.score = value;
                    m.hasScore = true;
                }
            }
        },
        [self, index, list, noScore, sawScore](const ApiError &error) {
            if (!self || self->stopped())
                return;
            if (error.isError())
                return self->fail(tr("the Act-On list “%1”").arg(list.second), error);
            if (*noScore && !*sawScore)
                self->m_listsWithoutScore.append(list.second);
            self->readList(index + 1);
        },
        options);
}

void HotProspects::addCrmRecord(const QString &type, const QString &id, const QString &email,
    const QString &ownerId, const QString &name, const QString &company,
    const QDateTime &modifiedAt)
{
    const QString key = PersonKey::normaliseEmail(email);
    if (key.isEmpty() || !m_members.contains(key))
        return; // only people on the lists matter; keeps memory to the lists' size
    CrmPerson p { id, type, ownerId, FieldNormaliser::stripControlCharacters(name),
        FieldNormaliser::stripControlCharacters(company), modifiedAt };
    const auto it = m_people.constFind(key);
    if (it != m_people.cend()) {
        const bool sameKind = it->type == type;
        // A contact wins over a lead; of one kind, the most recently modified record wins.
        if (!sameKind && it->type == QLatin1String("Contact"))
            return;
        if (sameKind && it->modifiedAt.isValid()
            && (!modifiedAt.isValid() || modifiedAt <= it->modifiedAt))
            return;
    }
    m_people.insert(key, p);
}

void HotProspects::readCrm(int step)
{
    if (stopped())
        return;
    QPointer<HotProspects> self(this);
    const bool pipeliner = m_crm->kind() == AccountKind::Pipeliner;
    FetchRequest request;
    QString what;
    QString type;
    if (pipeliner) {
        switch (step) {
        case 0:
            request.object = QStringLiteral("Contacts");
            what = tr("the Pipeliner contacts");
            type = QStringLiteral("Contact");
            break;
        case 1:
            request.object = QStringLiteral("Clients");
            what = tr("the Pipeliner users");
            break;
        default:
            return finish();
        }
    } else {
        switch (step) {
        case 0:
            request.object = QStringLiteral("Contact");
            request.fields = { QStringLiteral("Id"), QStringLiteral("Email"),
                QStringLiteral("OwnerId"), QStringLiteral("FirstName"), QStringLiteral("LastName"),
                QStringLiteral("SystemModstamp") };
            request.options.insert(QStringLiteral("soqlWhere"), QStringLiteral("Email != null"));
            what = tr("the Salesforce contacts");
            type = QStringLiteral("Contact");
            break;
        case 1:
            request.object = QStringLiteral("Lead");
            request.fields = { QStringLiteral("Id"), QStringLiteral("Email"),
                QStringLiteral("OwnerId"), QStringLiteral("FirstName"), QStringLiteral("LastName"),
                QStringLiteral("Company"), QStringLiteral("SystemModstamp") };
            request.options.insert(QStringLiteral("soqlWhere"),
                QStringLiteral("Email != null AND IsConverted = false"));
            what = tr("the Salesforce leads");
            type = QStringLiteral("Lead");
            break;
        case 2:
            request.object = QStringLiteral("User");
            request.fields = { QStringLiteral("Id"), QStringLiteral("Name") };
            request.options.insert(QStringLiteral("bulk"), false);
            what = tr("the Salesforce users");
            break;
        default:
            return finish();
        }
    }
    const int steps = pipeliner ? 2 : 3;
    Q_EMIT progress(tr("Reading %1…").arg(what), step, steps);
    const bool users = type.isEmpty();
    m_crm->fetch(
        request,
        [self, type, users, pipeliner](const FetchPage &page) {
            if (!self || self->stopped())
                return;
            for (const ConnectorRecord &r : page.records) {
                if (r.deleted)
                    continue;
                const QString id = r.id.isEmpty() ? text(r.fields, { "Id", "id" }) : r.id;
                if (users) {
                    QString name = text(r.fields, { "Name", "formatted_name" });
                    if (name.isEmpty())
                        name = joinName(
                            text(r.fields, { "first_name" }), text(r.fields, { "last_name" }));
                    if (name.isEmpty())
                        name = text(r.fields, { "Email", "email" });
                    self->m_ownerNames.insert(id, FieldNormaliser::stripControlCharacters(name));
                    continue;
                }
                if (pipeliner) {
                    QString name = text(r.fields, { "formatted_name" });
                    if (name.isEmpty())
                        name = joinName(
                            text(r.fields, { "first_name" }), text(r.fields, { "last_name" }));
                    self->addCrmRecord(type, id, text(r.fields, { "email1" }),
                        text(r.fields, { "owner_id" }), name,
                        text(r.fields, { "quick_account_name" }), r.modifiedAt);
                } else {
                    self->addCrmRecord(type, id, text(r.fields, { "Email" }),
                        text(r.fields, { "OwnerId" }),
                        joinName(text(r.fields, { "FirstName" }), text(r.fields, { "LastName" })),
                        text(r.fields, { "Company" }), r.modifiedAt);
                }
            }
        },
        [self, step, what](const ApiError &error) {
            if (!self || self->stopped())
                return;
            if (error.isError())
                return self->fail(what, error);
            self->readCrm(step + 1);
        });
}

void HotProspects::finish()
{
    if (stopped())
        return;
    QList<Member> members;
    members.reserve(m_memberOrder.size());
    for (const QString &key : std::as_const(m_memberOrder))
        members.append(m_members.value(key));
    HotProspectsResult r = rank(members, m_people, m_ownerNames, m_crmSystem, m_options.limit);
    for (const auto &l : std::as_const(m_lists))
        r.listsRead.append(l.second);
    r.listsWithoutScore = m_listsWithoutScore;
    r.membersRead = m_rowsRead;
    if (r.peopleScored == 0 && !m_listsWithoutScore.isEmpty()
        && m_listsWithoutScore.size() == m_lists.size())
        r.error = tr("None of the Act-On lists read has a column “%1”, so no one has a score. "
                     "Check the Score field of the flow's field map, or choose other lists.")
                      .arg(m_options.scoreHeadings.join(QStringLiteral("”, “")));
    done(r);
}

HotProspectsResult HotProspects::rank(const QList<Member> &members,
    const QHash<QString, CrmPerson> &crm, const QHash<QString, QString> &ownerNames,
    const QString &crmSystem, int limit)
{
    HotProspectsResult result;
    result.crmSystem = crmSystem;
    QHash<QString, QList<HotProspect>> byOwner;
    for (const Member &m : members) {
        if (!m.hasScore) {
            ++result.peopleWithoutScore;
            continue;
        }
        ++result.peopleScored;
        const auto it = crm.constFind(m.email);
        if (it == crm.cend()) {
            ++result.notInCrm;
            continue;
        }
        HotProspect p;
        p.ownerId = it->ownerId;
        if (p.ownerId.isEmpty())
            p.ownerName = noOwnerName(crmSystem);
        else if (ownerNames.contains(p.ownerId))
            p.ownerName = ownerNames.value(p.ownerId);
        else if (crmSystem == QLatin1String("Salesforce") && p.ownerId.startsWith(u"00G"))
            // Salesforce leads may be owned by a queue (a Group, key prefix 00G), not a User.
            p.ownerName = tr("Queue %1").arg(p.ownerId);
        else
            p.ownerName = tr("Unknown user %1").arg(p.ownerId);
        p.name = !it->name.isEmpty() ? it->name : (!m.name.isEmpty() ? m.name : m.email);
        p.email = m.email;
        p.company = !it->company.isEmpty() ? it->company : m.company;
        p.score = m.score;
        p.type = it->type;
        p.crmId = it->id;
        p.lists = m.lists;
        p.lastChange = m.lastChange;
        byOwner[p.ownerId].append(p);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const auto before = [&collator](const HotProspect &a, const HotProspect &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.lastChange != b.lastChange) {
            if (!a.lastChange.isValid() || !b.lastChange.isValid())
                return a.lastChange.isValid();
            return a.lastChange > b.lastChange;
        }
        if (const int c = collator.compare(a.name, b.name); c != 0)
            return c < 0;
        return a.email < b.email;
    };
    QList<HotProspectOwner> owners;
    for (auto it = byOwner.begin(); it != byOwner.end(); ++it) {
        QList<HotProspect> &people = it.value();
        std::sort(people.begin(), people.end(), before);
        HotProspectOwner o;
        o.id = it.key();
        o.name = people.constFirst().ownerName;
        o.scored = int(people.size());
        o.shown = int(qMin<qsizetype>(people.size(), qMax(1, limit)));
        owners.append(o);
    }
    std::sort(owners.begin(), owners.end(),
        [&collator](const HotProspectOwner &a, const HotProspectOwner &b) {
            if (a.id.isEmpty() != b.id.isEmpty())
                return b.id.isEmpty(); // "No owner" last
            if (const int c = collator.compare(a.name, b.name); c != 0)
                return c < 0;
            return a.id < b.id;
        });
    for (const HotProspectOwner &o : std::as_const(owners)) {
        const QList<HotProspect> &people = byOwner.value(o.id);
        for (int i = 0; i < o.shown; ++i) {
            HotProspect p = people.at(i);
            p.rank = i + 1;
            result.prospects.append(p);
        }
    }
    result.owners = owners;
    return result;
}

HotProspectsOptions HotProspects::optionsForFlows(const QList<Flow> &flows,
    const QHash<qint64, FieldMap> &maps, qint64 actonId, qint64 crmId)
{
    HotProspectsOptions options;
    QStringList headings;
    bool readsAll = false;
    bool any = false;
    const auto addList = [&options](const QString &list) {
        const QString l = list.trimmed();
        if (!l.isEmpty() && !options.lists.contains(l, Qt::CaseInsensitive))
            options.lists.append(l);
    };
    for (const Flow &f : flows) {
        const bool links = (f.sourceAccountId == actonId && f.targetAccountId == crmId)
            || (f.sourceAccountId == crmId && f.targetAccountId == actonId);
        if (!links)
            continue;
        const QVariantMap &s = f.settings;
        switch (f.kind) {
        case FlowKind::CrmContactSync: {
            any = true;
            const QString id = s.value(QStringLiteral("listId")).toString();
            addList(!id.isEmpty() ? id : s.value(QStringLiteral("listName"), f.name).toString());
            break;
        }
        case FlowKind::ListSync:
            any = true;
            addList(s.value(QStringLiteral("listName")).toString());
            break;
        case FlowKind::LeadHandoff: {
            any = true;
            const QStringList lists = s.value(QStringLiteral("lists")).toStringList();
            if (lists.isEmpty())
                readsAll = true;
            for (const QString &l : lists)
                addList(l);
            const QString h = s.value(QStringLiteral("scoreHeading")).toString().trimmed();
            if (!h.isEmpty() && !headings.contains(h, Qt::CaseInsensitive))
                headings.append(h);
            break;
        }
        case FlowKind::WebinarImport:
            break;
        }
        const auto map = maps.constFind(f.id);
        if (map != maps.cend()) {
            for (const FieldMapRow &row : map->rows()) {
                const QString h = row.marketing.name.trimmed();
                if (row.isScore() && !h.isEmpty() && !headings.contains(h, Qt::CaseInsensitive))
                    headings.append(h);
            }
        }
    }
    if (!headings.contains(QStringLiteral("Score"), Qt::CaseInsensitive))
        headings.append(QStringLiteral("Score"));
    options.scoreHeadings = headings;
    if (readsAll || !any)
        options.lists.clear();
    return options;
}

} // namespace LeadBridge
