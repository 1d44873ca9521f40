#include "core/sandbox/salesforce/SObjectTable.h"

#include <cstring>

namespace LeadBridge::Sandbox {

namespace {
constexpr char kSep = '\x1f';
const char kBase62[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const char kChecksum[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

int base62Value(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'A' && u <= 'Z')
        return u - 'A' + 10;
    if (u >= 'a' && u <= 'z')
        return u - 'a' + 36;
    return -1;
}

// Locates slot @p slot in @p data: [begin, end).
bool locate(const QByteArray &data, int slot, qsizetype *begin, qsizetype *end)
{
    const char *p = data.constData();
    const qsizetype n = data.size();
    qsizetype pos = 0;
    for (int i = 0; i < slot; ++i) {
        const void *hit = std::memchr(p + pos, kSep, size_t(n - pos));
        if (!hit)
            return false;
        pos = static_cast<const char *>(hit) - p + 1;
    }
    const void *hit = std::memchr(p + pos, kSep, size_t(n - pos));
    *begin = pos;
    *end = hit ? static_cast<const char *>(hit) - p : n;
    return true;
}
} // namespace

SObjectTable::SObjectTable(const SfObject *def)
    : m_def(def)
{ }

void SObjectTable::clear()
{
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_live = 0;
    m_extIndexes.clear();
}

QString SObjectTable::withChecksum(const QString &id15)
{
    QString out = id15;
    for (int chunk = 0; chunk < 3; ++chunk) {
        int bits = 0;
        for (int i = 0; i < 5; ++i) {
            const QChar c = id15.at(chunk * 5 + i);
            if (c.unicode() >= 'A' && c.unicode() <= 'Z')
                bits |= 1 << i;
        }
        out.append(QLatin1Char(kChecksum[bits]));
    }
    return out;
}

QString SObjectTable::makeId(const QString &prefix, qint64 sequence)
{
    char digits[9];
    for (int i = 8; i >= 0; --i) {
        digits[i] = kBase62[sequence % 62];
        sequence /= 62;
    }
    QString id15 = prefix;
    id15.reserve(18);
    id15.append(QLatin1String("8d0"));
    id15.append(QLatin1String(digits, 9));
    return withChecksum(id15);
}

QString SObjectTable::idOf(int row) const
{
    return makeId(m_def->keyPrefix, qint64(row) + 1);
}

int SObjectTable::rowOf(QStringView id) const
{
    if (id.size() != 15 && id.size() != 18)
        return -1;
    QString id15 = id.left(15).toString();
    if (id.size() == 18) {
        // The suffix says which letters are upper case: restore them.
        for (int chunk = 0; chunk < 3; ++chunk) {
            const char16_t s = QChar(id.at(15 + chunk)).toUpper().unicode();
            const char *hit = std::strchr(kChecksum, char(s));
            if (!hit || s == 0)
                return -1;
            const int bits = int(hit - kChecksum);
            for (int i = 0; i < 5; ++i) {
                QChar &c = id15[chunk * 5 + i];
                c = (bits & (1 << i)) ? c.toUpper() : c.toLower();
            }
        }
    }
    if (!id15.startsWith(m_def->keyPrefix) || QStringView(id15).mid(3, 3) != u"8d0")
        return -1;
    qint64 seq = 0;
    for (int i = 6; i < 15; ++i) {
        const int v = base62Value(id15.at(i));
        if (v < 0)
            return -1;
        seq = seq * 62 + v;
    }
    if (seq < 1 || seq > qint64(m_rows.size()))
        return -1;
    return int(seq - 1);
}

QByteArrayView SObjectTable::value(int row, int slot) const
{
    const QByteArray &data = m_rows[size_t(row)].data;
    qsizetype b = 0;
    qsizetype e = 0;
    if (!locate(data, slot, &b, &e))
        return {};
    return QByteArrayView(data.constData() + b, e - b);
}

QList<QByteArrayView> SObjectTable::values(int row) const
{
    QList<QByteArrayView> out;
    out.reserve(m_def->slotCount);
    const QByteArray &data = m_rows[size_t(row)].data;
    const char *p = data.constData();
    qsizetype start = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (p[i] == kSep) {
            out.append(QByteArrayView(p + start, i - start));
            start = i + 1;
        }
    }
    out.append(QByteArrayView(p + start, data.size() - start));
    while (out.size() < m_def->slotCount)
        out.append(QByteArrayView());
    return out;
}

int SObjectTable::append(SfRecord record)
{
    const int row = int(m_rows.size());
    m_rows.push_back(std::move(record));
    if (m_rows.back().deleted == 0)
        ++m_live;
    if (!m_extIndexes.isEmpty())
        indexRow(row);
    return row;
}

void SObjectTable::setValue(int row, int slot, QByteArrayView utf8)
{
    SfRecord &r = m_rows[size_t(row)];
    qsizetype b = 0;
    qsizetype e = 0;
    if (!locate(r.data, slot, &b, &e))
        return;
    const bool indexed = m_extIndexes.contains(slot);
    if (indexed) {
        const QString old = QString::fromUtf8(r.data.constData() + b, e - b).toLower();
        m_extIndexes[slot].remove(old, row);
    }
    QByteArray clean = utf8.toByteArray();
    clean.replace(kSep, ' ');
    r.data.replace(b, e - b, clean);
    if (indexed && !clean.isEmpty() && r.deleted == 0)
        m_extIndexes[slot].insert(QString::fromUtf8(clean).toLower(), row);
}

void SObjectTable::markDeleted(int row, qint64 ms)
{
    SfRecord &r = m_rows[size_t(row)];
    if (r.deleted != 0)
        return;
    unindexRow(row);
    r.deleted = ms;
    --m_live;
}

void SObjectTable::indexRow(int row)
{
    if (m_rows[size_t(row)].deleted != 0)
        return;
    for (auto it = m_extIndexes.begin(); it != m_extIndexes.end(); ++it) {
        const QByteArrayView v = value(row, it.key());
        if (!v.isEmpty())
            it.value().insert(QString::fromUtf8(v).toLower(), row);
    }
}

void SObjectTable::unindexRow(int row)
{
    for (auto it = m_extIndexes.begin(); it != m_extIndexes.end(); ++it) {
        const QByteArrayView v = value(row, it.key());
        if (!v.isEmpty())
            it.value().remove(QString::fromUtf8(v).toLower(), row);
    }
}

QList<int> SObjectTable::findByExternal(int slot, const QString &value)
{
    auto it = m_extIndexes.find(slot);
    if (it == m_extIndexes.end()) {
        QMultiHash<QString, int> index;
        index.reserve(m_live);
        for (int row = 0; row < rowCount(); ++row) {
            if (m_rows[size_t(row)].deleted != 0)
                continue;
            const QByteArrayView v = this->value(row, slot);
            if (!v.isEmpty())
                index.insert(QString::fromUtf8(v).toLower(), row);
        }
        it = m_extIndexes.insert(slot, index);
    }
    QList<int> rows = it.value().values(value.toLower());
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace LeadBridge::Sandbox
