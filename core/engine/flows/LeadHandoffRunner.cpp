#include "core/engine/flows/LeadHandoffRunner.h"

#include "core/connectors/acton/ActOnConnector.h"
#include "core/connectors/pipeliner/PipelinerConnector.h"
#include "core/connectors/salesforce/SalesforceConnector.h"
#include "core/engine/FieldNormaliser.h"
#include "core/engine/PersonKey.h"
#include "core/engine/RunRecorder.h"
#include "core/engine/SyncEngine.h"
#include "core/util/LogCategories.h"

#include <QPointer>
#include <QSet>

#include <cmath>
#include <memory>

namespace LeadBridge {

namespace {

int column(const QStringList &headers, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        for (int i = 0; i < headers.size(); ++i) {
            if (headers.at(i).compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

QString cell(const QStringList &row, int index)
{
    return index >= 0 && index < row.size() ? row.at(index).trimmed() : QString();
}

quint32 scoreKey()
{
    return LinkSnapshot::fieldKey(u"Score");
}

} // namespace

LeadHandoffRunner::LeadHandoffRunner(FlowContext context, QObject *parent)
    : FlowRunner(std::move(context), parent)
{ }

LeadHandoffRunner::~LeadHandoffRunner() = default;

QString LeadHandoffRunner::leadName(
    const QString &first, const QString &last, const QString &email, const QString &listName)
{
    QStringList parts;
    if (!first.trimmed().isEmpty())
        parts.append(first.trimmed());
    if (!last.trimmed().isEmpty())
        parts.append(last.trimmed());
    const QString person = parts.isEmpty() ? email : parts.join(u' ');
    return person + QStringLiteral(" (") + listName + u')';
}

QString LeadHandoffRunner::membershipKey(const QString &email, const QString &listId)
{
    return email + u'|' + listId;
}

QString LeadHandoffRunner::crmSystem() const
{
    return m_pipeliner ? QStringLiteral("pipeliner") : QStringLiteral("salesforce");
}

QString LeadHandoffRunner::leadObject() const
{
    return m_pipeliner ? QStringLiteral("Leads") : QStringLiteral("Lead");
}

QString LeadHandoffRunner::contactObject() const
{
    return m_pipeliner ? QStringLiteral("Contacts") : QStringLiteral("Contact");
}

RecordChange LeadHandoffRunner::row(const QString &object, const QString &key, ChangeOperation op,
    const QString &field, const QString &oldValue, const QString &newValue,
    const QString &reason) const
{
    RecordChange c;
    c.runId = m_context.runId;
    c.system = crmSystem();
    c.object = object;
    c.recordKey = key;
    c.operation = op;
    c.field = field;
    c.oldValue = oldValue;
    c.newValue = newValue;
    c.reason = reason;
    return c;
}

LinkSnapshot LeadHandoffRunner::leadSnapshot(const Member &m) const
{
    LinkSnapshot s;
    s.emailKey = membershipKey(m.email, m.listId);
    s.crmId = m.leadId;
    s.crmType = LinkSnapshot::CrmType::Lead;
    s.marketingId = m.recordId;
    s.setHash(scoreKey(), LinkSnapshot::valueHash(m.score));
    return s;
}

bool LeadHandoffRunner::commit(
    const QList<RecordChange> &rows, const QList<LinkSnapshot> &snapshots)
{
    if (m_context.preview)
        return true;
    const Status st = m_context.recorder->commitBatch(rows, snapshots);
    if (!st) {
        fail(st.errorString());
        return false;
    }
    return true;
}

void LeadHandoffRunner::start()
{
    reportProgress(RunPhase::Loading, tr("Reading the lead handoff settings…"));
    const QVariantMap &s = m_context.flow.settings;
    m_acton = qobject_cast<ActOnConnector *>(m_context.connector(AccountRole::Marketing));
    m_pipeliner = qobject_cast<PipelinerConnector *>(m_context.connector(AccountRole::Crm));
    m_sf = qobject_cast<SalesforceConnector *>(m_context.connector(AccountRole::Crm));
    if (!m_acton || (!m_pipeliner && !m_sf))
        return fail(tr("A lead handoff needs a linked Act-On account and a linked Pipeliner or "
                       "Salesforce account. Choose them in the flow settings."));
    bool ok = true;
    m_threshold = s.value(QStringLiteral("scoreThreshold"), 50).toDouble(&ok);
    if (!ok)
        return fail(tr("The score threshold of the lead handoff is not a number. Enter a "
                       "number in the flow settings."));
    const QVariant lists = s.value(QStringLiteral("lists"));
    m_chosenLists = lists.typeId() == QMetaType::QString
        ? lists.toString().split(u',', Qt::SkipEmptyParts)
        : lists.toStringList();
    for (QString &l : m_chosenLists)
        l = l.trimmed();
    m_ownerId = s.value(QStringLiteral("ownerId")).toString().trimmed();
    if (m_ownerId.isEmpty())
        return fail(tr("The lead handoff has no lead owner. Choose the user who owns the new "
                       "leads and contacts in the flow settings."));
    m_scoreHeading = s.value(QStringLiteral("scoreHeading"), QStringLiteral("Score")).toString();
    m_scoreField = s.value(QStringLiteral("scoreField")).toString();
    if (m_scoreField.isEmpty())
        m_scoreField = m_pipeliner ? QStringLiteral("cf_acton_score") : QStringLiteral("Score__c");
    if (m_pipeliner)
        checkCustomFields();
    else
        readLists();
}

QStringList LeadHandoffRunner::leadCustomFields() const
{
    QStringList out { m_scoreField, QStringLiteral("cf_acton_list_name"),
        QStringLiteral("cf_acton_contact_id") };
    out.removeDuplicates();
    return out;
}

void LeadHandoffRunner::checkCustomFields()
{
    if (stopped())
        return;
    reportProgress(RunPhase::Loading, tr("Checking the Pipeliner lead fields…"));
    QPointer<LeadHandoffRunner> self(this);
    m_pipeliner->describe({ QStringLiteral("Lead") },
        [self, this](const QList<CrmObjectSchema> &schemas, const ApiError &e) {
            if (!self || stopped())
                return;
            if (e.isError())
                return failApi(e);
            QSet<QString> have;
            for (const CrmObjectSchema &schema : schemas) {
                for (const CrmFieldDescriptor &d : schema.fields)
                    have.insert(d.apiName);
            }
            m_missingFields.clear();
            QStringList notCustom;
            for (const QString &name : leadCustomFields()) {
                if (have.contains(name))
                    continue;
                if (name.startsWith(QLatin1String("cf_")))
                    m_missingFields.append(name);
                else
                    notCustom.append(name);
            }
            if (!notCustom.isEmpty()) {
                return fail(tr("Pipeliner leads have no field %1, so the lead handoff cannot write "
                               "the Act-On score there. Choose an existing lead field as the "
                               "score field in the flow settings.")
                                .arg(notCustom.join(QStringLiteral(", "))));
            }
            if (m_missingFields.isEmpty() || m_context.preview) {
                // A preview writes nothing, so it does not create fields either.
                return readLists();
            }
            createMissingField(0);
        });
}

void LeadHandoffRunner::createMissingField(int index)
{
    if (stopped())
        return;
    if (index >= m_missingFields.size())
        return readLists();
    const QString apiName = m_missingFields.at(index);
    // Pipeliner generates a custom field's api_name from its name ("cf_" + the name in lower
    // case, words joined by "_"), so the names below give the api names F4 writes.
    QString label = apiName.mid(3);
    label.replace(u'_', u' ');
    QStringList words = label.split(u' ', Qt::SkipEmptyParts);
    for (QString &w : words)
        w[0] = w.at(0).toUpper();
    label = words.join(u' ');
    const QString type
        = apiName == m_scoreField ? QStringLiteral("integer") : QStringLiteral("input");
    reportProgress(RunPhase::Loading, tr("Creating the Pipeliner lead field %1…").arg(apiName));
    QPointer<LeadHandoffRunner> self(this);
    m_pipeliner->createField(QStringLiteral("Lead"), label, type,
        [self, this, index, apiName](const CrmFieldDescriptor &field, const ApiError &e) {
            if (!self || stopped())
                return;
            const QString missing = m_missingFields.mid(index).join(QStringLiteral(", "));
            if (e.kind() == ApiError::Kind::Permission) {
                return fail(tr("Pipeliner leads lack the fields %1 that the lead handoff "
                               "writes, and the Pipeliner user of this account may not create "
                               "fields. Ask a Pipeliner administrator to create them "
                               "(Administration → Fields & Forms → Lead) or to let this user "
                               "manage fields, then run the handoff again. Nothing was written.")
                                .arg(missing));
            }
            if (e.isError()) {
                if (e.kind() == ApiError::Kind::Cancelled)
                    return failApi(e);
                return fail(tr("LeadBridge could not create the Pipeliner lead fields %1: %2 "
                               "Nothing was written.")
                                .arg(missing, e.userMessage()));
            }
            if (field.apiName != apiName) {
                return fail(tr("Pipeliner created the lead field %1 as “%2” instead. Rename or "
                               "create a lead field with the API name %1 in Pipeliner, then run "
                               "the handoff again. Nothing was written.")
                                .arg(apiName, field.apiName));
            }
            qCInfo(lcEngine).noquote()
                << QStringLiteral("F4 created the Pipeliner lead field %1").arg(apiName);
            createMissingField(index + 1);
        });
}

void LeadHandoffRunner::readLists()
{
    if (stopped())
        return;
    reportProgress(RunPhase::Fetching, tr("Reading the Act-On lists…"));
    QPointer<LeadHandoffRunner> self(this);
    m_acton->listLists([self](const QList<ActOnListInfo> &lists, const ApiError &error) {
        if (!self)
            return;
        if (error.isError())
            return self->failApi(error);
        QStringList missing = self->m_chosenLists;
        for (const ActOnListInfo &l : lists) {
            bool chosen = self->m_chosenLists.isEmpty();
            for (const QString &c : std::as_const(self->m_chosenLists)) {
                if (c == l.id || c.compare(l.name, Qt::CaseInsensitive) == 0) {
                    chosen = true;
                    missing.removeAll(c);
                }
            }
            if (chosen)
                self->m_lists.append({ l.id, l.name });
        }
        if (!missing.isEmpty())
            return self->fail(tr("The Act-On list “%1” chosen for the lead handoff no longer "
                                 "exists. Choose the lists again in the flow settings.")
                                  .arg(missing.first()));
        self->readMembers(0);
    });
}

void LeadHandoffRunner::readMembers(int index)
{
    if (stopped())
        return;
    if (index >= m_lists.size()) {
        // Not one list can say who is a hot lead: the score column is set wrong, and a run
        // that "succeeds" with nothing would hide it.
        if (m_listsWithScore == 0 && !m_listsWithoutScore.isEmpty()) {
            if (m_listsWithoutScore.size() == 1) {
                return fail(tr("The Act-On list “%1” has no column “%2”, so LeadBridge cannot "
                               "tell which members are hot leads. Choose the score field of this "
                               "list in the flow's settings.")
                                .arg(m_listsWithoutScore.constFirst(), m_scoreHeading));
            }
            return fail(tr("None of the Act-On lists “%1” has a column “%2”, so LeadBridge cannot "
                           "tell which members are hot leads. Choose the score field of these "
                           "lists in the flow's settings.")
                            .arg(m_listsWithoutScore.join(QStringLiteral("”, “")), m_scoreHeading));
        }
        return loadLinks();
    }
    const auto list = m_lists.at(index);
    reportProgress(RunPhase::Fetching, tr("Reading the Act-On list “%1”…").arg(list.second), index,
        m_lists.size());
    auto seen = std::make_shared<QSet<QString>>();
    auto noScoreColumn = std::make_shared<bool>(false);
    QPointer<LeadHandoffRunner> self(this);
    m_acton->downloadList(
        list.first, {},
        [self, list, seen, noScoreColumn](const ActOnListPage &page) {
            if (!self)
                return;
            const QStringList &h = page.headers;
            const int email = page.emailColumn >= 0
                ? page.emailColumn
                : column(h, { "E-mail Address", "Email", "EMAIL" });
            const int first = column(h, { "First Name", "FIRSTNAME", "fname" });
            const int middle = column(h, { "Middle Name", "MIDDLENAME" });
            const int last = column(h, { "Last Name", "LASTNAME", "lname" });
            const int company = column(h, { "Company", "Company Name", "COMPANY", "Account Name" });
            const int score = column(h, { self->m_scoreHeading.toUtf8().constData() });
            if (score < 0) {
                *noScoreColumn = !page.rows.isEmpty();
                return;
            }
            for (const QStringList &r : page.rows) {
                Member m;
                m.email = PersonKey::normaliseEmail(cell(r, email));
                m.score = FieldNormaliser::normaliseText(MarketingFieldType::Score, cell(r, score));
                bool ok = false;
                m.scoreValue = m.score.toDouble(&ok);
                // Rows below the threshold are simply not hot leads; a row that might be one
                // but cannot be handed off gets a history row instead of vanishing.
                const QString rowId = cell(r, 0);
                if (!ok && !m.score.trimmed().isEmpty()) {
                    self->m_skips.append(self->row(self->leadObject(), rowId, ChangeOperation::Skip,
                        self->m_scoreField, QString(), QString(),
                        tr("The score “%1” of %2 in the Act-On list “%3” is not a number, so "
                           "LeadBridge cannot tell whether it reaches the threshold. Correct the "
                           "score in Act-On.")
                            .arg(FieldNormaliser::stripControlCharacters(m.score),
                                m.email.isEmpty() ? rowId
                                                  : FieldNormaliser::stripControlCharacters(m.email),
                                list.second)));
                    continue;
                }
                if (!ok || m.scoreValue < self->m_threshold || seen->contains(m.email))
                    continue;
                if (m.email.isEmpty() || !PersonKey::isValidEmail(m.email)) {
                    self->m_skips.append(self->row(self->leadObject(), rowId, ChangeOperation::Skip,
                        QString(), QString(), QString(),
                        m.email.isEmpty()
                            ? tr("Row %1 of the Act-On list “%2” has a score of %3 but no e-mail "
                                 "address, so no lead was made for it. Add the address in Act-On.")
                                  .arg(rowId, list.second, m.score)
                            : tr("“%1” in the Act-On list “%2” is not a valid e-mail address, so "
                                 "no lead was made for it. Correct the address in Act-On.")
                                  .arg(FieldNormaliser::stripControlCharacters(m.email),
                                      list.second)));
                    continue;
                }
                seen->insert(m.email);
                m.listId = list.first;
                m.listName = list.second;
                m.recordId = cell(r, 0);
                m.first = cell(r, first);
                m.middle = cell(r, middle);
                m.last = cell(r, last);
                m.company = cell(r, company);
                self->m_members.append(m);
            }
        },
        [self, index, list, noScoreColumn](const ApiError &error) {
            if (!self)
                return;
            if (error.isError())
                return self->failApi(error);
            if (*noScoreColumn) {
                self->m_listsWithoutScore.append(list.second);
                self->m_skips.append(self->row(self->leadObject(), list.first,
                    ChangeOperation::Skip, QString(), QString(), QString(),
                    tr("The Act-On list “%1” has no column “%2”, so none of its members was "
                       "considered for a lead.")
                        .arg(list.second, self->m_scoreHeading)));
            } else {
                ++self->m_listsWithScore;
            }
            self->readMembers(index + 1);
        });
}

void LeadHandoffRunner::loadLinks()
{
    if (stopped())
        return;
    QStringList keys;
    for (const Member &m : std::as_const(m_members)) {
        keys.append(membershipKey(m.email, m.listId));
        keys.append(m.email);
    }
    keys.removeDuplicates();
    auto links = m_context.recorder->links().loadByEmail(keys);
    if (!links)
        return fail(links.errorString());
    for (const LinkSnapshot &s : links.value())
        m_links.insert(s.emailKey, s);
    for (Member &m : m_members) {
        const LinkSnapshot lead = m_links.value(membershipKey(m.email, m.listId));
        if (!lead.crmId.isEmpty()) {
            m.leadId = lead.crmId;
            m.knownLead = true;
        }
        const LinkSnapshot contact = m_links.value(m.email);
        if (!contact.crmId.isEmpty() && !m_contacts.contains(m.email))
            m_contacts.insert(m.email, contact.crmId);
    }
    if (killedAt(QStringLiteral("after-fetch")))
        return;
    reportProgress(RunPhase::Planning, tr("Checking for existing leads…"), 0, m_members.size());
    checkNames(0);
}

void LeadHandoffRunner::findLead(
    const Member &m, std::function<void(const QString &id, const ApiError &)> done)
{
    const QString name = leadName(m.first, m.last, m.email, m.listName);
    if (m_pipeliner) {
        m_pipeliner->findLeadsByName(
            name, [done](const QList<ConnectorRecord> &found, const ApiError &e) {
                QString id;
                for (const ConnectorRecord &r : found) {
                    if (!r.deleted) {
                        id = r.id;
                        break;
                    }
                }
                done(id, e);
            });
        return;
    }
    FetchRequest req;
    req.object = QStringLiteral("Lead");
    req.fields = { QStringLiteral("Id") };
    const QString last = QString(m.last + QStringLiteral(" (") + m.listName + u')').trimmed();
    req.options.insert(QStringLiteral("soqlWhere"),
        QStringLiteral("FirstName = %1 AND LastName = %2")
            .arg(m.first.isEmpty() ? QStringLiteral("null")
                                   : SalesforceConnector::soqlString(m.first),
                SalesforceConnector::soqlString(last)));
    auto id = std::make_shared<QString>();
    m_sf->fetch(
        req,
        [id](const FetchPage &page) {
            if (id->isEmpty() && !page.records.isEmpty())
                *id = page.records.first().id;
        },
        [id, done](const ApiError &e) { done(*id, e); });
}

void LeadHandoffRunner::checkNames(int index)
{
    if (stopped())
        return;
    while (index < m_members.size() && m_members.at(index).knownLead)
        ++index;
    if (index >= m_members.size())
        return findContacts();
    QPointer<LeadHandoffRunner> self(this);
    findLead(m_members.at(index), [self, index](const QString &id, const ApiError &error) {
        if (!self)
            return;
        if (error.isError())
            return self->failApi(error);
        Member &m = self->m_members[index];
        if (id.isEmpty()) {
            self->m_newLeads.append(index);
        } else {
            m.leadId = id;
            self->m_skips.append(self->row(self->leadObject(), membershipKey(m.email, m.listId),
                ChangeOperation::Skip, QString(), QString(), QString(),
                tr("A lead named “%1” already exists (%2); it is linked instead of creating "
                   "another one.")
                    .arg(leadName(m.first, m.last, m.email, m.listName), id)));
        }
        self->checkNames(index + 1);
    });
}

void LeadHandoffRunner::fetchContacts(const QStringList &emails,
    std::function<void(const QHash<QString, QString> &, const ApiError &)> done)
{
    if (m_pipeliner) {
        m_pipeliner->findContactsByEmail(
            emails, [done](const QList<ConnectorRecord> &found, const ApiError &e) {
                QHash<QString, QString> out;
                for (const ConnectorRecord &r : found) {
                    const QString email = PersonKey::normaliseEmail(
                        r.fields.value(QStringLiteral("email1")).toString());
                    if (!r.deleted && !email.isEmpty() && !out.contains(email))
                        out.insert(email, r.id);
                }
                done(out, e);
            });
        return;
    }
    auto out = std::make_shared<QHash<QString, QString>>();
    auto chunks = std::make_shared<QList<QStringList>>();
    for (qsizetype i = 0; i < emails.size(); i += 100)
        chunks->append(emails.mid(i, 100));
    auto step = std::make_shared<std::function<void(int)>>();
    QPointer<LeadHandoffRunner> self(this);
    *step = [self, out, chunks, step, done](int i) {
        if (!self)
            return;
        if (i >= chunks->size()) {
            const auto finished = done; // resetting *step destroys this closure
            const auto found = *out;
            *step = nullptr;
            return finished(found, {});
        }
        QStringList quoted;
        for (const QString &e : chunks->at(i))
            quoted.append(SalesforceConnector::soqlString(e));
        FetchRequest req;
        req.object = QStringLiteral("Contact");
        req.fields = { QStringLiteral("Id"), QStringLiteral("Email") };
        req.options.insert(
            QStringLiteral("soqlWhere"), QStringLiteral("Email IN (%1)").arg(quoted.join(u',')));
        self->m_sf->fetch(
            req,
            [out](const FetchPage &page) {
                for (const ConnectorRecord &r : page.records) {
                    const QString email = PersonKey::normaliseEmail(
                        r.fields.value(QStringLiteral("Email")).toString());
                    if (!email.isEmpty() && !out->contains(email))
                        out->insert(email, r.id);
                }
            },
            [step, i, done, out](const ApiError &e) {
                if (e.isError()) {
                    const auto finished = done;
                    const auto found = *out;
                    *step = nullptr;
                    return finished(found, e);
                }
                (*step)(i + 1);
            });
    };
    (*step)(0);
}

void LeadHandoffRunner::findContacts()
{
    if (stopped())
        return;
    QStringList emails;
    for (int i : std::as_const(m_newLeads)) {
        const QString &e = m_members.at(i).email;
        if (!m_contacts.contains(e))
            emails.append(e);
    }
    emails.removeDuplicates();
    if (emails.isEmpty())
        return createContacts();
    reportProgress(RunPhase::Planning, tr("Matching contacts by e-mail…"));
    QPointer<LeadHandoffRunner> self(this);
    fetchContacts(emails, [self](const QHash<QString, QString> &found, const ApiError &error) {
        if (!self)
            return;
        if (error.isError())
            return self->failApi(error);
        QList<LinkSnapshot> links;
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            self->m_contacts.insert(it.key(), it.value());
            LinkSnapshot s;
            s.emailKey = it.key();
            s.crmId = it.value();
            s.crmType = LinkSnapshot::CrmType::Contact;
            links.append(s);
        }
        if (!self->commit({}, links))
            return;
        self->createContacts();
    });
}

void LeadHandoffRunner::createContacts()
{
    if (stopped())
        return;
    QList<int> who;
    QSet<QString> seen;
    for (int i : std::as_const(m_newLeads)) {
        const Member &m = m_members.at(i);
        if (!m_contacts.contains(m.email) && !seen.contains(m.email)) {
            seen.insert(m.email);
            who.append(i);
        }
    }
    if (who.isEmpty())
        return createLeads();
    WriteRequest req;
    req.object = contactObject();
    req.operation = WriteRequest::Operation::Create;
    QList<QList<RecordChange>> planned;
    for (int i : std::as_const(who)) {
        const Member &m = m_members.at(i);
        ConnectorRecord r;
        r.object = req.object;
        QList<QPair<QString, QString>> values;
        if (m_pipeliner) {
            values = { { QStringLiteral("first_name"), m.first },
                { QStringLiteral("middle_name"), m.middle },
                { QStringLiteral("last_name"), m.last }, { QStringLiteral("email1"), m.email },
                { QStringLiteral("quick_account_name"), m.company },
                { QStringLiteral("owner_id"), m_ownerId } };
        } else {
            values = { { QStringLiteral("FirstName"), m.first },
                { QStringLiteral("MiddleName"), m.middle },
                { QStringLiteral("LastName"),
                    m.last.isEmpty() ? QStringLiteral("[not provided]") : m.last },
                { QStringLiteral("Email"), m.email }, { QStringLiteral("OwnerId"), m_ownerId } };
            if (!m.company.isEmpty())
                values.append({ QStringLiteral("Description"),
                    tr("Account name from Act-On: %1").arg(m.company) });
        }
        QList<RecordChange> rows;
        for (const auto &v : std::as_const(values)) {
            if (v.second.isEmpty())
                continue;
            r.fields.insert(v.first, v.second);
            rows.append(row(contactObject(), m.email, ChangeOperation::Create, v.first, QString(),
                v.second, tr("New contact for a lead handed off from Act-On.")));
        }
        req.records.append(r);
        planned.append(rows);
    }
    if (m_context.preview) {
        for (const auto &rows : std::as_const(planned))
            m_skips.append(rows);
        for (int i : std::as_const(who))
            m_contacts.insert(m_members.at(i).email, QString());
        return createLeads();
    }
    reportProgress(RunPhase::Applying, tr("Creating contacts…"));
    writeToCrm(
        req, who,
        [this](const Member &m, const QString &failure) {
            return row(contactObject(), m.email, ChangeOperation::Error, QString(), QString(),
                QString(), failure);
        },
        [this, planned](int k, Member &m, const WriteOutcome &o, QList<RecordChange> &rows,
            QList<LinkSnapshot> &links) {
            QList<RecordChange> created = planned.at(k);
            for (RecordChange &c : created)
                c.reason = tr("Created contact %1 for a lead handed off from Act-On.").arg(o.id);
            rows.append(created);
            m_contacts.insert(m.email, o.id);
            LinkSnapshot s;
            s.emailKey = m.email;
            s.crmId = o.id;
            s.crmType = LinkSnapshot::CrmType::Contact;
            links.append(s);
        },
        [this] {
            if (killedAt(QStringLiteral("mid-apply")))
                return;
            createLeads();
        });
}

void LeadHandoffRunner::createLeads()
{
    if (stopped())
        return;
    QList<int> who;
    for (int i : std::as_const(m_newLeads)) {
        // A person whose contact could not be created gets no lead this time.
        if (m_contacts.contains(m_members.at(i).email))
            who.append(i);
    }
    if (who.isEmpty())
        return updateScores();
    WriteRequest req;
    req.object = leadObject();
    req.operation = WriteRequest::Operation::Create;
    QList<QList<RecordChange>> planned;
    for (int i : std::as_const(who)) {
        const Member &m = m_members.at(i);
        const QString name = leadName(m.first, m.last, m.email, m.listName);
        const QString contact = m_contacts.value(m.email);
        ConnectorRecord r;
        r.object = req.object;
        QList<RecordChange> rows;
        const QString key = membershipKey(m.email, m.listId);
        if (m_pipeliner) {
            r.fields.insert(QStringLiteral("name"), name);
            r.fields.insert(QStringLiteral("owner_id"), m_ownerId);
            if (!contact.isEmpty())
                r.fields.insert(QStringLiteral("primary_contact_id"), contact);
            r.fields.insert(m_scoreField, qlonglong(std::llround(m.scoreValue)));
            r.fields.insert(QStringLiteral("cf_acton_list_name"), m.listName);
            r.fields.insert(QStringLiteral("cf_acton_contact_id"), m.recordId);
        } else {
            r.fields.insert(QStringLiteral("FirstName"), m.first);
            r.fields.insert(QStringLiteral("LastName"),
                QString(m.last + QStringLiteral(" (") + m.listName + u')').trimmed());
            r.fields.insert(QStringLiteral("Company"),
                m.company.isEmpty() ? QStringLiteral("[not provided]") : m.company);
            r.fields.insert(QStringLiteral("Email"), m.email);
            r.fields.insert(QStringLiteral("OwnerId"), m_ownerId);
            r.fields.insert(m_scoreField, m.scoreValue);
            r.fields.insert(QStringLiteral("Description"),
                tr("Handed off from the Act-On list “%1”. Contact: %2.").arg(m.listName, contact));
        }
        rows.append(row(
            leadObject(), key, ChangeOperation::Create, QStringLiteral("name"), QString(), name));
        rows.append(row(leadObject(), key, ChangeOperation::Create, QStringLiteral("owner"),
            QString(), m_ownerId));
        rows.append(row(leadObject(), key, ChangeOperation::Create, QStringLiteral("contact"),
            QString(), contact.isEmpty() ? tr("(new contact)") : contact));
        rows.append(
            row(leadObject(), key, ChangeOperation::Create, m_scoreField, QString(), m.score));
        req.records.append(r);
        planned.append(rows);
    }
    if (m_context.preview) {
        for (const auto &rows : std::as_const(planned))
            m_skips.append(rows);
        return updateScores();
    }
    reportProgress(RunPhase::Applying, tr("Creating leads…"), 0, who.size());
    writeToCrm(
        req, who,
        [this](const Member &m, const QString &failure) {
            return row(leadObject(), membershipKey(m.email, m.listId), ChangeOperation::Error,
                QString(), QString(), QString(), failure);
        },
        [this, planned](int k, Member &m, const WriteOutcome &o, QList<RecordChange> &rows,
            QList<LinkSnapshot> &links) {
            m.leadId = o.id;
            QList<RecordChange> created = planned.at(k);
            for (RecordChange &c : created)
                c.reason = tr("Created lead %1.").arg(o.id);
            rows.append(created);
            links.append(leadSnapshot(m));
        },
        [this] { updateScores(); });
}

void LeadHandoffRunner::updateScores()
{
    if (stopped())
        return;
    // Leads linked before this run or found by name: bring the score up to date.
    QList<int> who;
    for (int i = 0; i < m_members.size(); ++i) {
        const Member &m = m_members.at(i);
        if (m.leadId.isEmpty() || m_newLeads.contains(i))
            continue;
        const LinkSnapshot snap = m_links.value(membershipKey(m.email, m.listId));
        const auto hash = snap.hashFor(scoreKey());
        if (!m.knownLead || !hash || *hash != LinkSnapshot::valueHash(m.score))
            who.append(i);
    }
    if (who.isEmpty())
        return finish();
    WriteRequest req;
    req.object = leadObject();
    req.operation = WriteRequest::Operation::Update;
    QList<RecordChange> planned;
    for (int i : std::as_const(who)) {
        const Member &m = m_members.at(i);
        ConnectorRecord r;
        r.id = m.leadId;
        r.object = req.object;
        if (m_pipeliner)
            r.fields.insert(m_scoreField, qlonglong(std::llround(m.scoreValue)));
        else
            r.fields.insert(m_scoreField, m.scoreValue);
        req.records.append(r);
        planned.append(row(leadObject(), membershipKey(m.email, m.listId), ChangeOperation::Update,
            m_scoreField, QString(), m.score, tr("The Act-On score changed.")));
    }
    if (m_context.preview) {
        m_skips.append(planned);
        return finish();
    }
    reportProgress(RunPhase::Applying, tr("Updating lead scores…"), 0, who.size());
    writeToCrm(
        req, who,
        [this](const Member &m, const QString &failure) {
            return row(leadObject(), membershipKey(m.email, m.listId), ChangeOperation::Error,
                m_scoreField, QString(), m.score, failure);
        },
        [this, planned](int k, Member &m, const WriteOutcome &, QList<RecordChange> &rows,
            QList<LinkSnapshot> &links) {
            rows.append(planned.at(k));
            links.append(leadSnapshot(m));
        },
        [this] { finish(); });
}

void LeadHandoffRunner::writeToCrm(const WriteRequest &req, const QList<int> &who, FailedRow failed,
    Confirmed confirmed, std::function<void()> next)
{
    QPointer<LeadHandoffRunner> self(this);
    Connector *crm = m_pipeliner ? static_cast<Connector *>(m_pipeliner) : m_sf;
    beginWrite();
    crm->write(req,
        [self, who, failed, confirmed, next](const WriteResult &result, const ApiError &error) {
            if (!self)
                return;
            self->endWrite();
            // What the CRM confirmed is recorded even when a cancel arrived meanwhile; the next
            // step checks for cancel before it writes.
            if (self->isFinished() || self->wasKilled())
                return;
            QList<RecordChange> rows;
            QList<LinkSnapshot> links;
            for (int k = 0; k < who.size(); ++k) {
                WriteOutcome o;
                for (const WriteOutcome &x : result.outcomes) {
                    if (x.index == k)
                        o = x;
                }
                Member &m = self->m_members[who.at(k)];
                if (o.ok)
                    confirmed(k, m, o, rows, links);
                else
                    rows.append(failed(m, (o.error.isError() ? o.error : error).userMessage()));
            }
            if (!self->commit(rows, links))
                return;
            if (error.isError())
                return self->failApi(error);
            next();
        });
}

void LeadHandoffRunner::finish()
{
    if (stopped() || killedAt(QStringLiteral("before-cursor-commit")))
        return;
    if (m_context.preview) {
        const Status st = m_context.recorder->recordPreview(m_skips);
        if (!st)
            return fail(st.errorString());
        return succeed();
    }
    // Leads found by name were linked by updateScores(); the skip rows explain them.
    if (!commit(m_skips, {}))
        return;
    succeed();
}

void registerLeadHandoffRunner()
{
    SyncEngine::registerRunner(FlowKind::LeadHandoff,
        [](const FlowContext &context) -> FlowRunner * { return new LeadHandoffRunner(context); });
}

} // namespace LeadBridge
