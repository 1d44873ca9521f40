#include "core/model/LinkSnapshot.h"

#include <QtEndian>

namespace LeadBridge {

namespace {
constexpr quint8 kPackVersion = 1;
constexpr int kHeader = 2;
constexpr int kEntry = 12;
} // namespace

quint32 LinkSnapshot::fieldKey(QStringView marketingName)
{
    const QString folded = marketingName.trimmed().toString().toCaseFolded();
    quint32 h = 2166136261u;
    for (QChar c : folded) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

quint64 LinkSnapshot::valueHash(QStringView value)
{
    quint64 h = 14695981039346656037ull;
    for (QChar c : value) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return h;
}

std::optional<quint64> LinkSnapshot::hashFor(quint32 key) const
{
    for (const FieldHash &f : fields) {
        if (f.field == key)
            return f.value;
    }
    return std::nullopt;
}

void LinkSnapshot::setHash(quint32 key, quint64 hash)
{
    for (FieldHash &f : fields) {
        if (f.field == key) {
            f.value = hash;
            return;
        }
    }
    fields.append({ key, hash });
}

void LinkSnapshot::clearHash(quint32 key)
{
    fields.removeIf([key](const FieldHash &f) { return f.field == key; });
}

QByteArray LinkSnapshot::packFields() const
{
    QByteArray out(kHeader + kEntry * fields.size(), Qt::Uninitialized);
    char *p = out.data();
    p[0] = char(kPackVersion);
    p[1] = char(crmType);
    p += kHeader;
    for (const FieldHash &f : fields) {
        qToLittleEndian<quint32>(f.field, p);
        qToLittleEndian<quint64>(f.value, p + 4);
        p += kEntry;
    }
    return out;
}

bool LinkSnapshot::unpackFields(const QByteArray &bytes)
{
    if (bytes.size() < kHeader || quint8(bytes.at(0)) != kPackVersion
        || (bytes.size() - kHeader) % kEntry != 0 || quint8(bytes.at(1)) > quint8(CrmType::Contact))
        return false;
    const char *p = bytes.constData();
    crmType = CrmType(quint8(p[1]));
    const qsizetype n = (bytes.size() - kHeader) / kEntry;
    fields.clear();
    fields.reserve(n);
    p += kHeader;
    for (qsizetype i = 0; i < n; ++i, p += kEntry)
        fields.append({ qFromLittleEndian<quint32>(p), qFromLittleEndian<quint64>(p + 4) });
    return true;
}

} // namespace LeadBridge
