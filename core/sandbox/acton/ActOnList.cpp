#include "core/sandbox/acton/ActOnList.h"

#include <algorithm>

namespace LeadBridge::Sandbox {

namespace {
QString looseKey(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

// Column-type and short names clients send instead of the display heading.
QString aliasOf(const QString &loose)
{
    static const QHash<QString, QString> aliases = {
        { QStringLiteral("email"), QStringLiteral("emailaddress") },
        { QStringLiteral("fname"), QStringLiteral("firstname") },
        { QStringLiteral("lname"), QStringLiteral("lastname") },
        { QStringLiteral("title"), QStringLiteral("jobtitle") },
        { QStringLiteral("companyname"), QStringLiteral("company") },
        { QStringLiteral("city"), QStringLiteral("businesscity") },
        { QStringLiteral("state"), QStringLiteral("businessstate") },
        { QStringLiteral("zip"), QStringLiteral("businesspostalcode") },
        { QStringLiteral("postalcode"), QStringLiteral("businesspostalcode") },
        { QStringLiteral("businesszip"), QStringLiteral("businesspostalcode") },
        { QStringLiteral("country"), QStringLiteral("businesscountry") },
        { QStringLiteral("phone"), QStringLiteral("businessphone") },
        { QStringLiteral("street"), QStringLiteral("businessstreet") },
    };
    return aliases.value(loose);
}
} // namespace

int ActOnList::columnOf(QStringView heading) const
{
    const QString lower = heading.toString().toLower();
    if (auto it = m_exact.constFind(lower); it != m_exact.constEnd())
        return it.value();
    const QString loose = looseKey(heading);
    if (auto it = m_loose.constFind(loose); it != m_loose.constEnd())
        return it.value();
    const QString alias = aliasOf(loose);
    if (!alias.isEmpty()) {
        if (auto it = m_loose.constFind(alias); it != m_loose.constEnd())
            return it.value();
    }
    if ((loose == QLatin1String("email") || loose == QLatin1String("emailaddress"))
        && m_emailColumn >= 0)
        return m_emailColumn;
    return -1;
}

int ActOnList::addColumn(const QString &heading)
{
    const QString lower = heading.toLower();
    if (auto it = m_exact.constFind(lower); it != m_exact.constEnd())
        return it.value();
    const int col = int(m_headings.size());
    m_headings.append(heading);
    m_exact.insert(lower, col);
    const QString loose = looseKey(heading);
    if (!m_loose.contains(loose))
        m_loose.insert(loose, col);
    if (m_emailColumn < 0
        && (loose == QLatin1String("emailaddress") || loose == QLatin1String("email")))
        setEmailColumn(col);
    return col;
}

void ActOnList::setEmailColumn(int column)
{
    if (column == m_emailColumn)
        return;
    m_emailColumn = column;
    m_byEmail.clear();
    m_duplicateEmails = 0;
    for (const ActOnRecord &r : m_rows) {
        if (!r.deleted)
            indexEmail(r);
    }
}

void ActOnList::reserve(qsizetype n)
{
    m_rows.reserve(size_t(n) + m_rows.size() - size_t(size()));
    if (m_emailColumn >= 0)
        m_byEmail.reserve(n);
}

const std::vector<ActOnRecord> &ActOnList::rows()
{
    compact();
    return m_rows;
}

void ActOnList::compact()
{
    if (m_deleted == 0)
        return;
    m_rows.erase(std::remove_if(
                     m_rows.begin(), m_rows.end(), [](const ActOnRecord &r) { return r.deleted; }),
        m_rows.end());
    m_deleted = 0;
}

QString ActOnList::recordId(quint32 seq) const
{
    return id + QLatin1Char(':') + QString::number(seq, 16);
}

bool ActOnList::parseRecordId(const QString &recordId, quint32 *seq) const
{
    if (recordId.size() <= id.size() + 1 || !recordId.startsWith(id)
        || recordId.at(id.size()) != QLatin1Char(':'))
        return false;
    bool ok = false;
    const uint v = QStringView(recordId).sliced(id.size() + 1).toUInt(&ok, 16);
    if (ok && seq)
        *seq = v;
    return ok;
}

ActOnRecord *ActOnList::find(quint32 seq)
{
    auto it = std::lower_bound(m_rows.begin(), m_rows.end(), seq,
        [](const ActOnRecord &r, quint32 s) { return r.seq < s; });
    if (it == m_rows.end() || it->seq != seq || it->deleted)
        return nullptr;
    return &*it;
}

ActOnRecord *ActOnList::findByEmail(QByteArrayView email)
{
    if (m_emailColumn < 0)
        return nullptr;
    const QByteArray key = emailKey(email);
    if (key.isEmpty())
        return nullptr;
    auto it = m_byEmail.constFind(key);
    return it == m_byEmail.constEnd() ? nullptr : find(it.value());
}

QByteArray ActOnList::emailKey(QByteArrayView email)
{
    const QByteArrayView trimmed = email.trimmed();
    for (char c : trimmed) {
        if (quint8(c) >= 0x80)
            return QString::fromUtf8(trimmed).toLower().toUtf8();
    }
    QByteArray out(trimmed.size(), Qt::Uninitialized);
    char *o = out.data();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const char c = trimmed[i];
        o[i] = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    }
    return out;
}

void ActOnList::indexEmail(const ActOnRecord &record)
{
    if (m_emailColumn < 0)
        return;
    const QByteArray key = emailKey(field(record.data, m_emailColumn));
    if (key.isEmpty())
        return;
    auto it = m_byEmail.find(key);
    if (it == m_byEmail.end())
        m_byEmail.insert(key, record.seq);
    else
        ++m_duplicateEmails;
}

void ActOnList::unindexEmail(const ActOnRecord &record)
{
    if (m_emailColumn < 0)
        return;
    const QByteArray key = emailKey(field(record.data, m_emailColumn));
    if (key.isEmpty())
        return;
    auto it = m_byEmail.find(key);
    if (it == m_byEmail.end() || it.value() != record.seq) {
        if (m_duplicateEmails > 0)
            --m_duplicateEmails;
        return;
    }
    m_byEmail.erase(it);
    if (m_duplicateEmails == 0)
        return;
    // Another record with the same email becomes the first match.
    for (const ActOnRecord &r : m_rows) {
        if (r.deleted || r.seq == record.seq)
            continue;
        if (emailKey(field(r.data, m_emailColumn)) == key) {
            m_byEmail.insert(key, r.seq);
            --m_duplicateEmails;
            return;
        }
    }
}

quint32 ActOnList::append(QByteArray data, qint64 nowMs, qint64 created)
{
    ActOnRecord r;
    r.seq = m_nextSeq++;
    r.createdMs = created >= 0 ? created : nowMs;
    r.modifiedMs = nowMs;
    r.data = std::move(data);
    indexEmail(r);
    m_rows.push_back(std::move(r));
    modifiedMs = nowMs;
    return m_rows.back().seq;
}

void ActOnList::restore(quint32 seq, qint64 createdMs, qint64 modifiedMs, QByteArray data)
{
    ActOnRecord r;
    r.seq = seq;
    r.createdMs = createdMs;
    r.modifiedMs = modifiedMs;
    r.data = std::move(data);
    indexEmail(r);
    m_rows.push_back(std::move(r));
    m_nextSeq = std::max(m_nextSeq, seq + 1);
}

void ActOnList::update(ActOnRecord &record, QByteArray data, qint64 nowMs)
{
    // Cheap ASCII case-insensitive check first; a false "changed" only re-indexes.
    const bool emailChanged = m_emailColumn >= 0
        && field(record.data, m_emailColumn)
                .trimmed()
                .compare(field(data, m_emailColumn).trimmed(), Qt::CaseInsensitive)
            != 0;
    if (emailChanged)
        unindexEmail(record);
    record.data = std::move(data);
    record.modifiedMs = nowMs;
    if (emailChanged)
        indexEmail(record);
    modifiedMs = nowMs;
}

bool ActOnList::remove(quint32 seq)
{
    ActOnRecord *r = find(seq);
    if (!r)
        return false;
    unindexEmail(*r);
    r->deleted = true;
    r->data = QByteArray();
    ++m_deleted;
    return true;
}

void ActOnList::clear()
{
    m_rows.clear();
    m_byEmail.clear();
    m_deleted = 0;
    m_duplicateEmails = 0;
}

QByteArrayView ActOnList::field(QByteArrayView data, int column)
{
    qsizetype start = 0;
    for (int c = 0; c < column; ++c) {
        const qsizetype s = data.indexOf(kSep, start);
        if (s < 0)
            return {};
        start = s + 1;
    }
    if (start > data.size())
        return {};
    qsizetype end = data.indexOf(kSep, start);
    if (end < 0)
        end = data.size();
    return data.sliced(start, end - start);
}

void ActOnList::split(QByteArrayView data, int columns, std::vector<QByteArrayView> &out)
{
    out.clear();
    qsizetype start = 0;
    if (!data.isEmpty() || columns > 0) {
        for (;;) {
            const qsizetype s = data.indexOf(kSep, start);
            if (s < 0) {
                out.push_back(data.sliced(start));
                break;
            }
            out.push_back(data.sliced(start, s - start));
            start = s + 1;
        }
    }
    if (qsizetype(out.size()) < columns)
        out.resize(size_t(columns));
}

QByteArray ActOnList::join(const std::vector<QByteArrayView> &fields)
{
    qsizetype total = qsizetype(fields.size());
    for (const auto &f : fields)
        total += f.size();
    QByteArray out;
    out.reserve(total);
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i)
            out.append(kSep);
        const QByteArrayView f = fields[i];
        if (f.contains(kSep)) {
            QByteArray clean = f.toByteArray();
            clean.replace(kSep, ' ');
            out.append(clean);
        } else {
            out.append(f);
        }
    }
    return out;
}

QStringList ActOnList::values(const ActOnRecord &record) const
{
    std::vector<QByteArrayView> parts;
    split(record.data, int(m_headings.size()), parts);
    QStringList out;
    out.reserve(m_headings.size());
    for (qsizetype i = 0; i < m_headings.size(); ++i)
        out.append(QString::fromUtf8(parts[size_t(i)]));
    return out;
}

} // namespace LeadBridge::Sandbox
