#include "core/engine/RecordSpill.h"

#include <QDataStream>
#include <QFile>
#include <QTemporaryDir>

namespace LeadBridge {

namespace {

void writeRecord(QDataStream &out, const SideRecord &r)
{
    out << quint8(r.side == SyncSide::Crm ? 0 : 1) << r.system << r.object << r.id
        << quint8(r.crmType == CrmObjectType::Lead ? 0 : 1) << r.email << r.values << r.modifiedAt
        << r.deleted << r.converted;
}

void readRecord(QDataStream &in, SideRecord *r)
{
    quint8 side = 0;
    quint8 type = 0;
    in >> side >> r->system >> r->object >> r->id >> type >> r->email >> r->values >> r->modifiedAt
        >> r->deleted >> r->converted;
    r->side = side == 0 ? SyncSide::Crm : SyncSide::Marketing;
    r->crmType = type == 0 ? CrmObjectType::Lead : CrmObjectType::Contact;
}

} // namespace

RecordSpill::RecordSpill(int buckets)
    : m_buckets(qMax(1, buckets))
    , m_dir(std::make_unique<QTemporaryDir>())
{
    if (!m_dir->isValid())
        m_error = tr("LeadBridge could not create a temporary folder for this run (%1). Check "
                     "the free disk space.")
                      .arg(m_dir->errorString());
    m_files.fill(nullptr, 3 * m_buckets);
}

RecordSpill::~RecordSpill()
{
    qDeleteAll(m_files);
}

bool RecordSpill::isValid() const
{
    return m_error.isEmpty();
}

int RecordSpill::bucketOf(QStringView key) const
{
    if (m_buckets == 1)
        return 0;
    return int(LinkSnapshot::valueHash(key) % quint64(m_buckets));
}

QFile *RecordSpill::file(Kind kind, int bucket)
{
    QFile *&f = m_files[int(kind) * m_buckets + bucket];
    if (!f) {
        f = new QFile(m_dir->filePath(QStringLiteral("b%1-%2.bin").arg(bucket).arg(int(kind))));
        if (!f->open(QIODevice::ReadWrite | QIODevice::Truncate)) {
            m_error = tr("LeadBridge could not write its temporary files for this run. Check "
                         "the free disk space.");
            delete f;
            f = nullptr;
        }
    }
    return f;
}

bool RecordSpill::add(int bucket, const SideRecord &record)
{
    QFile *f = file(record.side == SyncSide::Crm ? Crm : Marketing, bucket);
    if (!f)
        return false;
    QDataStream out(f);
    writeRecord(out, record);
    ++m_records;
    return out.status() == QDataStream::Ok;
}

bool RecordSpill::add(int bucket, const LinkSnapshot &snapshot)
{
    QFile *f = file(Snapshot, bucket);
    if (!f)
        return false;
    QDataStream out(f);
    out << snapshot.emailKey << snapshot.crmId << snapshot.marketingId << snapshot.on24Id
        << snapshot.packFields();
    return out.status() == QDataStream::Ok;
}

bool RecordSpill::take(int bucket, Bucket *out)
{
    *out = Bucket();
    for (Kind kind : { Crm, Marketing, Snapshot }) {
        QFile *&f = m_files[int(kind) * m_buckets + bucket];
        if (!f)
            continue;
        f->flush();
        f->seek(0);
        QDataStream in(f);
        while (!in.atEnd() && in.status() == QDataStream::Ok) {
            if (kind == Snapshot) {
                LinkSnapshot s;
                QByteArray packed;
                in >> s.emailKey >> s.crmId >> s.marketingId >> s.on24Id >> packed;
                s.unpackFields(packed);
                out->snapshots.append(std::move(s));
            } else {
                SideRecord r;
                readRecord(in, &r);
                (kind == Crm ? out->crm : out->marketing).append(std::move(r));
            }
        }
        const bool ok = in.status() == QDataStream::Ok;
        f->remove();
        delete f;
        f = nullptr;
        if (!ok) {
            m_error = tr("LeadBridge could not read back its temporary files for this run.");
            return false;
        }
    }
    return true;
}

} // namespace LeadBridge
