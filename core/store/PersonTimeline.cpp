#include "core/store/PersonTimeline.h"

#include "core/store/Journal.h"
#include "core/store/RunRepository.h"
#include "core/store/SqlSupport.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace LeadBridge {

namespace {

/// The id columns of record_links and the system each one belongs to.
struct IdColumn
{
    const char *column;
    const char *system;
};
constexpr IdColumn kIdColumns[] = { { "on24_id", "on24" }, { "acton_id", "acton" },
    { "salesforce_id", "salesforce" }, { "pipeliner_id", "pipeliner" } };

const QString kLinkColumns
    = QStringLiteral("l.flow_id, f.name, l.email_key, l.on24_id, l.acton_id, l.salesforce_id, "
                     "l.salesforce_type, l.pipeliner_id, l.updated_at FROM record_links l "
                     "JOIN flows f ON f.id = l.flow_id");

// A person's links in every flow: the e-mail key itself, or a lead handoff's "email|list"
// keys (the range between "email|" and "email}", '}' following '|').
const QString kLinksByEmail = QStringLiteral("SELECT ") + kLinkColumns
    + QStringLiteral(" WHERE l.email_key = ? OR (l.email_key > ? AND l.email_key < ?)");

// Links of any flow holding one record id (the partial (flow_id, <system>_id) indexes).
QString linksById(const char *column)
{
    return QStringLiteral("SELECT ") + kLinkColumns
        + QStringLiteral(" WHERE l.flow_id IN (SELECT id FROM flows) AND l.%1 = ?")
              .arg(QLatin1String(column));
}

// Earlier addresses: updates whose new value is this address (the partial expression index
// record_changes_email_moves answers it; its WHERE terms must appear here literally).
const QString kMovedTo = QStringLiteral(
    "SELECT DISTINCT record_key FROM record_changes WHERE operation = 'update' "
    "AND instr(new_value, '@') > 0 AND lower(new_value) = ? AND field LIKE '%mail%'");

// Later addresses: e-mail updates recorded under this address.
const QString kMovedFrom = QStringLiteral(
    "SELECT DISTINCT lower(new_value) FROM record_changes WHERE record_key = ? "
    "AND operation = 'update' AND instr(new_value, '@') > 0 AND field LIKE '%mail%'");

// The changes under every key found, newest first. The keys are bound as a JSON array
// (json_each), so the statement is the same for any number of keys.
const QString kChanges = QStringLiteral(
    "SELECT c.id, c.run_id, c.system, c.object, c.record_key, c.operation, c.field, "
    "c.old_value, c.new_value, c.reason, r.flow_id, f.name, f.kind, r.mode, r.status, "
    "r.started_at FROM record_changes c JOIN runs r ON r.id = c.run_id "
    "JOIN flows f ON f.id = r.flow_id "
    "WHERE c.id IN (SELECT x.id FROM json_each(?) k JOIN record_changes x "
    "ON x.record_key = k.value "
    "UNION SELECT x.id FROM json_each(?) k JOIN record_changes x "
    "ON x.record_key > k.value || '|' AND x.record_key < k.value || '}') "
    "AND r.mode <> 'preview' ORDER BY c.id DESC LIMIT ?");

QString jsonArray(const QStringList &values)
{
    QString out = QStringLiteral("[");
    for (const QString &v : values) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        QString escaped;
        escaped.reserve(v.size() + 2);
        for (QChar ch : v) {
            if (ch == u'"' || ch == u'\\')
                escaped += QLatin1Char('\\') + ch;
            else if (ch.unicode() < 0x20)
                escaped += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
            else
                escaped += ch;
        }
        out += QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    return out + QLatin1Char(']');
}

/// The address part of a link or record key ("a@b.c|list" → "a@b.c"); empty when the key is
/// no address.
QString addressOf(const QString &key)
{
    const QString address = key.section(QLatin1Char('|'), 0, 0);
    return address.contains(QLatin1Char('@')) ? address : QString();
}

/// The state of one search: what was found and what is still to be looked up.
class Search
{
public:
    explicit Search(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    bool run(const QString &email)
    {
        addAddress(email);
        while (!m_addressQueue.isEmpty() || !m_idQueue.isEmpty()) {
            while (!m_addressQueue.isEmpty()) {
                const QString address = m_addressQueue.takeFirst();
                if (!readLinks(kLinksByEmail,
                        { address, address + QLatin1Char('|'), address + QLatin1Char('}') })
                    || !readMoves(kMovedTo, address) || !readMoves(kMovedFrom, address))
                    return false;
            }
            while (!m_idQueue.isEmpty()) {
                const auto [column, id] = m_idQueue.takeFirst();
                if (!readLinks(linksById(kIdColumns[column].column), { id }))
                    return false;
            }
        }
        return true;
    }

    QStringList addresses() const { return m_addresses; }
    QStringList ids() const { return m_ids; }
    QList<PersonLink> links() const
    {
        QList<PersonLink> out = m_links.values();
        std::sort(out.begin(), out.end(), [](const PersonLink &a, const PersonLink &b) {
            if (a.updatedAt != b.updatedAt)
                return a.updatedAt > b.updatedAt;
            if (a.flowId != b.flowId)
                return a.flowId < b.flowId;
            return a.system < b.system;
        });
        return out;
    }

private:
    void addAddress(const QString &address)
    {
        if (address.isEmpty() || m_addresses.contains(address)
            || m_addresses.size() >= PersonTimeline::kMaxAddresses)
            return;
        m_addresses.append(address);
        m_addressQueue.append(address);
    }

    void addId(int column, const QString &id)
    {
        const QString key = QString::number(column) + QLatin1Char('\n') + id;
        if (id.isEmpty() || m_seenIds.contains(key))
            return;
        m_seenIds.insert(key);
        m_ids.append(id);
        m_idQueue.append({ column, id });
    }

    bool readLinks(const QString &sql, const QStringList &binds)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QString &b : binds)
            q.addBindValue(b);
        if (!SqlSupport::exec(q, "read a person's links"))
            return false;
        while (q.next()) {
            const qint64 flowId = q.value(0).toLongLong();
            const QString key = q.value(2).toString();
            addAddress(addressOf(key));
            for (int c = 0; c < int(std::size(kIdColumns)); ++c) {
                const QString id = q.value(3 + (c < 3 ? c : c + 1)).toString();
                if (id.isEmpty())
                    continue;
                addId(c, id);
                PersonLink link;
                link.flowId = flowId;
                link.flowName = q.value(1).toString();
                link.system = QLatin1String(kIdColumns[c].system);
                link.id = id;
                if (c == 2)
                    link.crmType = q.value(6).toString();
                link.linkKey = key;
                link.updatedAt = SqlSupport::dateTimeFromColumn(q.value(8));
                m_links.insert(QString::number(flowId) + QLatin1Char('\n') + key
                        + QLatin1Char('\n') + link.system,
                    link);
            }
        }
        return true;
    }

    bool readMoves(const QString &sql, const QString &address)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        q.addBindValue(address);
        if (!SqlSupport::exec(q, "follow a person's e-mail changes"))
            return false;
        while (q.next())
            addAddress(addressOf(q.value(0).toString().trimmed().toLower()));
        return true;
    }

    QSqlDatabase m_db;
    QStringList m_addresses;
    QStringList m_addressQueue;
    QStringList m_ids;
    QSet<QString> m_seenIds;
    QList<std::pair<int, QString>> m_idQueue;
    QHash<QString, PersonLink> m_links;
};

PersonChange changeFromRow(const QSqlQuery &q)
{
    PersonChange p;
    p.change = RunRepository::changeFromRow(q);
    p.flowId = q.value(10).toLongLong();
    p.flowName = q.value(11).toString();
    p.flowKind = Flow::kindFromString(q.value(12).toString());
    p.runMode = RunSummary::modeFromString(q.value(13).toString());
    p.runStatus = RunSummary::statusFromString(q.value(14).toString());
    p.runStartedAt = SqlSupport::dateTimeFromColumn(q.value(15));
    return p;
}

} // namespace

PersonTimeline::PersonTimeline(Journal &journal)
    : m_journal(journal)
{ }

QString PersonTimeline::normaliseEmail(const QString &email)
{
    return email.trimmed().toLower();
}

Expected<PersonHistory> PersonTimeline::find(const QString &email, int limit)
{
    const auto failed = [] {
        return Expected<PersonHistory>::failure(
            tr("LeadBridge could not read this person's history from the journal. Details are "
               "in the log."));
    };
    PersonHistory history;
    history.email = normaliseEmail(email);
    if (history.email.isEmpty())
        return history;
    Search search(m_journal.database());
    if (!search.run(history.email))
        return failed();
    history.addresses = search.addresses();
    history.links = search.links();

    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true);
    q.prepare(kChanges);
    q.addBindValue(jsonArray(search.addresses() + search.ids()));
    q.addBindValue(jsonArray(search.addresses()));
    q.addBindValue(qMax(1, limit) + 1);
    if (!SqlSupport::exec(q, "read a person's changes"))
        return failed();
    while (q.next()) {
        if (history.changes.size() >= qMax(1, limit)) {
            history.truncated = true;
            break;
        }
        history.changes.append(changeFromRow(q));
    }
    return history;
}

Expected<QStringList> PersonTimeline::queryPlans()
{
    QStringList statements = { kLinksByEmail, kMovedTo, kMovedFrom, kChanges };
    for (const IdColumn &c : kIdColumns)
        statements.append(linksById(c.column));
    QStringList out;
    for (const QString &sql : std::as_const(statements)) {
        QSqlQuery q(m_journal.database());
        if (!q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
            return Expected<QStringList>::failure(
                tr("LeadBridge could not read the query plan of “%1”.").arg(sql));
        const int binds = int(sql.count(QLatin1Char('?')));
        for (int i = 0; i < binds; ++i)
            q.addBindValue(QStringLiteral("[]"));
        if (!SqlSupport::exec(q, "explain a person query"))
            return Expected<QStringList>::failure(
                tr("LeadBridge could not read the query plan of “%1”.").arg(sql));
        QStringList lines;
        while (q.next())
            lines.append(q.value(3).toString());
        out.append(sql.left(60) + QStringLiteral(" … => ") + lines.join(QStringLiteral("; ")));
    }
    return out;
}

} // namespace LeadBridge
