#include "core/engine/OwnWriteDigests.h"

#include "core/mapping/FieldMap.h"

namespace LeadBridge {

OwnWriteDigests::OwnWriteDigests(const FieldMap &map)
{
    m_fieldKeys.reserve(map.rows().size());
    for (const FieldMapRow &row : map.rows())
        m_fieldKeys.append(LinkSnapshot::fieldKey(row.marketing.name));
}

quint64 OwnWriteDigests::mix(quint64 digest, quint64 value)
{
    // splitmix64's finaliser over the running digest: order matters, equal inputs give
    // equal digests, and different fingerprints collide only by chance (2^-64).
    digest ^= value + 0x9e3779b97f4a7c15ull + (digest << 6) + (digest >> 2);
    digest ^= digest >> 30;
    digest *= 0xbf58476d1ce4e5b9ull;
    digest ^= digest >> 27;
    digest *= 0x94d049bb133111ebull;
    return digest ^ (digest >> 31);
}

OwnWriteDigests::Noted OwnWriteDigests::notedOf(const LinkSnapshot &snapshot) const
{
    // A field without a fingerprint is one the planner did not sync for this person (no CRM
    // source for its record type, say): with no CRM record at hand it plans nothing for it
    // while Act-On's value is empty, so it stands for the empty value here.
    static const quint64 empty = LinkSnapshot::valueHash(QString());
    Noted noted;
    for (quint32 key : m_fieldKeys)
        noted.fields = mix(noted.fields, snapshot.hashFor(key).value_or(empty));
    noted.id = snapshot.marketingId.isEmpty() ? 0 : LinkSnapshot::valueHash(snapshot.marketingId);
    return noted;
}

void OwnWriteDigests::note(const LinkSnapshot &snapshot)
{
    if (!snapshot.emailKey.isEmpty())
        m_digests.insert(LinkSnapshot::valueHash(snapshot.emailKey), notedOf(snapshot));
}

bool OwnWriteDigests::matches(const SideRecord &row) const
{
    if (row.email.isEmpty() || row.values.size() != m_fieldKeys.size())
        return false;
    const auto noted = m_digests.constFind(LinkSnapshot::valueHash(row.email));
    if (noted == m_digests.cend())
        return false;
    // Act-On's record id counts when the snapshot knows one (a list merge answers none).
    if (noted->id != 0 && noted->id != LinkSnapshot::valueHash(row.id))
        return false;
    quint64 fields = 0;
    for (const QString &value : row.values)
        fields = mix(fields, LinkSnapshot::valueHash(value));
    return fields == noted->fields;
}

} // namespace LeadBridge
