#include "core/engine/FieldNormaliser.h"

#include "core/engine/PersonKey.h"
#include "core/util/UtcTimestamp.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace LeadBridge {

namespace {

QString canonicalBoolean(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"false" || t == u"0" || t == u"n" || t == u"no" || t == u"off"
        || t == u"f")
        return QStringLiteral("false");
    if (t == u"true" || t == u"1" || t == u"y" || t == u"yes" || t == u"on" || t == u"t")
        return QStringLiteral("true");
    return text.trimmed();
}

QString canonicalNumber(double d)
{
    if (d == 0)
        return QStringLiteral("0"); // also "-0"
    if (std::fabs(d) < 1e15 && d == std::floor(d))
        return QString::number(qint64(d));
    return QString::number(d, 'g', 15);
}

QString canonicalNumberText(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return t;
    static const QRegularExpression thousands(
        QStringLiteral("^[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    if (thousands.match(t).hasMatch())
        t.remove(u',');
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return text.trimmed();
    return canonicalNumber(d);
}

bool allDigits(const QString &t)
{
    if (t.isEmpty())
        return false;
    return std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c.isDigit(); });
}

QDateTime fromEpoch(const QString &t)
{
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (!ok)
        return QDateTime();
    // 12+ digits are milliseconds (year 2001 onwards in ms); fewer are seconds.
    return t.size() >= 12 ? QDateTime::fromMSecsSinceEpoch(n, QTimeZone::utc())
                          : QDateTime::fromSecsSinceEpoch(n, QTimeZone::utc());
}

QDateTime parseDateTime(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return QDateTime();
    if (allDigits(t) && t.size() >= 9)
        return fromEpoch(t);
    if (const QDateTime fast = UtcTimestamp::parse(t); fast.isValid())
        return fast;
    if (t.size() > 10 && t.at(10) == u' ')
        t[10] = u'T';
    // Salesforce writes "+0000"; Qt's ISO parser wants "+00:00".
    static const QRegularExpression compactOffset(QStringLiteral("([+-]\\d\\d)(\\d\\d)$"));
    if (t.size() > 19 && t.contains(u'T'))
        t.replace(compactOffset, QStringLiteral("\\1:\\2"));
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (dt.isValid()) {
        if (dt.timeSpec() == Qt::LocalTime)
            dt.setTimeZone(QTimeZone::utc()); // no zone given: the APIs speak UTC
        return dt.toUTC();
    }
    for (const QString &format :
        { QStringLiteral("yyyy-MM-dd"), QStringLiteral("MM/dd/yyyy"), QStringLiteral("M/d/yyyy"),
            QStringLiteral("yyyy/MM/dd"), QStringLiteral("dd.MM.yyyy") }) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return QDateTime(d, QTime(0, 0), QTimeZone::utc());
    }
    for (const QString &format : { QStringLiteral("MM/dd/yyyy HH:mm:ss"),
             QStringLiteral("MM/dd/yyyy HH:mm"), QStringLiteral("M/d/yyyy H:mm") }) {
        QDateTime d = QDateTime::fromString(text.trimmed(), format);
        if (d.isValid()) {
            d.setTimeZone(QTimeZone::utc());
            return d;
        }
    }
    return QDateTime();
}

QString canonicalDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return t;
    // A datetime given for a date field keeps the calendar day it was written with.
    static const QRegularExpression isoPrefix(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}"));
    if (t.size() > 10 && isoPrefix.match(t).hasMatch()) {
        const QDate d = QDate::fromString(t.left(10), Qt::ISODate);
        if (d.isValid())
            return d.toString(Qt::ISODate);
    }
    const QDateTime dt = parseDateTime(t);
    return dt.isValid() ? dt.date().toString(Qt::ISODate) : t;
}

QString canonicalDateTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return t;
    QDateTime dt = parseDateTime(t);
    if (!dt.isValid())
        return t;
    dt = dt.addMSecs(-dt.time().msec());
    return dt.toUTC().toString(Qt::ISODate); // Qt::UTC spec prints "Z"
}

QString canonicalMultiText(const QString &text)
{
    QStringList items;
    const QList<QStringView> parts = QStringView(text).split(u';');
    for (QStringView part : parts) {
        for (QStringView item : part.split(u',')) {
            const QStringView trimmed = item.trimmed();
            if (!trimmed.isEmpty())
                items.append(trimmed.toString());
        }
    }
    std::sort(items.begin(), items.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    items.erase(std::unique(items.begin(), items.end()), items.end());
    return items.join(u';');
}

} // namespace

FieldNormaliser::FieldNormaliser(const FieldMap &map)
    : m_map(map)
    , m_crmSystem(CrmKinds::toString(map.crm()))
{
    m_emailRow = map.indexOfUsage(SystemUsage::Email);
    if (m_emailRow < 0) {
        for (int i = 0; i < map.rowCount(); ++i) {
            if (map.row(i).marketing.type == MarketingFieldType::Email) {
                m_emailRow = i;
                break;
            }
        }
    }
    m_marketingOrder.resize(map.rowCount());
    std::iota(m_marketingOrder.begin(), m_marketingOrder.end(), 0);
    std::stable_sort(m_marketingOrder.begin(), m_marketingOrder.end(),
        [&map](int a, int b) { return map.row(a).marketing.name < map.row(b).marketing.name; });
}

QString FieldNormaliser::stripControlCharacters(const QString &text)
{
    const auto unwanted = [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || (u >= 0x7f && u < 0xa0)
            || u == 0xfeff;
    };
    if (std::none_of(text.cbegin(), text.cend(), unwanted))
        return text;
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!unwanted(c))
            out.append(c);
    }
    return out;
}

QString FieldNormaliser::normaliseText(MarketingFieldType type, const QString &text)
{
    // A blank value is empty but never null: null means "no source" in a SideRecord.
    QString out = normaliseTextImpl(
        type, type == MarketingFieldType::Email ? text : stripControlCharacters(text));
    return out.isNull() ? QStringLiteral("") : out;
}

QString FieldNormaliser::normaliseTextImpl(MarketingFieldType type, const QString &text)
{
    switch (type) {
    case MarketingFieldType::Text: {
        QString t = text.trimmed();
        if (t.contains(u'\r'))
            t.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
        return t;
    }
    case MarketingFieldType::Email:
        return PersonKey::normaliseEmail(text);
    case MarketingFieldType::Boolean:
        return canonicalBoolean(text);
    case MarketingFieldType::Number:
    case MarketingFieldType::Score:
        return canonicalNumberText(text);
    case MarketingFieldType::Date:
        return canonicalDate(text);
    case MarketingFieldType::Datetime:
        return canonicalDateTime(text);
    case MarketingFieldType::MultiText:
        return canonicalMultiText(text);
    }
    return text.trimmed();
}

QString FieldNormaliser::normalise(MarketingFieldType type, const QVariant &raw)
{
    if (!raw.isValid() || raw.isNull())
        return type == MarketingFieldType::Boolean ? QStringLiteral("false") : QStringLiteral("");
    switch (raw.typeId()) {
    case QMetaType::Bool:
        if (type == MarketingFieldType::Boolean || type == MarketingFieldType::Text)
            return raw.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        if (type == MarketingFieldType::Number || type == MarketingFieldType::Score)
            return canonicalNumber(raw.toDouble());
        if (type == MarketingFieldType::Boolean)
            return raw.toDouble() != 0 ? QStringLiteral("true") : QStringLiteral("false");
        if (type == MarketingFieldType::Text)
            return canonicalNumber(raw.toDouble());
        break;
    case QMetaType::QDateTime: {
        QDateTime dt = raw.toDateTime().toUTC();
        if (type == MarketingFieldType::Date)
            return dt.date().toString(Qt::ISODate);
        dt = dt.addMSecs(-dt.time().msec());
        return dt.toString(Qt::ISODate);
    }
    case QMetaType::QDate:
        if (type == MarketingFieldType::Datetime)
            return QDateTime(raw.toDate(), QTime(0, 0), QTimeZone::utc())
                .toUTC()
                .toString(Qt::ISODate);
        return raw.toDate().toString(Qt::ISODate);
    case QMetaType::QStringList:
        return normaliseText(type, raw.toStringList().join(u';'));
    default:
        break;
    }
    return normaliseText(type, raw.toString());
}

QVariant FieldNormaliser::toCrmValue(MarketingFieldType type, const QString &canonical)
{
    switch (type) {
    case MarketingFieldType::Boolean:
        if (canonical == u"true")
            return true;
        if (canonical == u"false" || canonical.isEmpty())
            return false;
        return canonical;
    case MarketingFieldType::Number:
    case MarketingFieldType::Score: {
        if (canonical.isEmpty())
            return QVariant();
        bool ok = false;
        const qlonglong n = canonical.toLongLong(&ok);
        if (ok)
            return n;
        const double d = canonical.toDouble(&ok);
        return ok ? QVariant(d) : QVariant(canonical);
    }
    case MarketingFieldType::MultiText:
    case MarketingFieldType::Date:
    case MarketingFieldType::Datetime:
    case MarketingFieldType::Text:
    case MarketingFieldType::Email:
        break;
    }
    return canonical.isEmpty() ? QVariant() : QVariant(canonical);
}

QString FieldNormaliser::toMarketingValue(MarketingFieldType type, const QString &canonical)
{
    if (type == MarketingFieldType::Boolean) {
        if (canonical == u"true")
            return QStringLiteral("Y");
        if (canonical == u"false")
            return QStringLiteral("N");
    }
    return canonical;
}

QVariant FieldNormaliser::readPath(const QVariantMap &fields, const QString &path)
{
    auto it = fields.constFind(path);
    if (it != fields.constEnd())
        return *it;
    if (FieldMapRow::isRelationshipPath(path)) {
        const QStringList parts = path.split(u'.');
        QVariantMap level = fields;
        for (int i = 0; i < parts.size(); ++i) {
            const QVariant v = level.value(parts.at(i));
            if (i == parts.size() - 1)
                return v;
            if (v.typeId() != QMetaType::QVariantMap)
                return QVariant();
            level = v.toMap();
        }
    }
    // Vendors differ in case for the same field ("Email" / "email"); match loosely last.
    for (auto i = fields.constBegin(); i != fields.constEnd(); ++i) {
        if (i.key().compare(path, Qt::CaseInsensitive) == 0)
            return i.value();
    }
    return QVariant();
}

SideRecord FieldNormaliser::fromCrm(const ConnectorRecord &record, CrmObjectType object) const
{
    SideRecord out;
    out.side = SyncSide::Crm;
    out.system = m_crmSystem;
    out.object = record.object.isEmpty()
        ? (object == CrmObjectType::Lead ? QStringLiteral("Lead") : QStringLiteral("Contact"))
        : record.object;
    out.id = record.id;
    out.crmType = object;
    out.modifiedAt = record.modifiedAt;
    out.deleted = record.deleted;
    const QList<FieldMapRow> &rows = m_map.rows();
    out.values.resize(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString &source = rows.at(i).crmField(object);
        if (source.isEmpty())
            continue; // stays null: no source for this object
        out.values[i] = normalise(rows.at(i).marketing.type, readPath(record.fields, source));
    }
    if (m_emailRow >= 0)
        out.email = PersonKey::normaliseEmail(out.values.at(m_emailRow));
    return out;
}

SideRecord FieldNormaliser::fromMarketing(const ConnectorRecord &record) const
{
    SideRecord out;
    out.side = SyncSide::Marketing;
    out.system = marketingSystem();
    out.object = record.object;
    out.id = record.id;
    out.modifiedAt = record.modifiedAt;
    out.deleted = record.deleted;
    const QList<FieldMapRow> &rows = m_map.rows();
    out.values.resize(rows.size());
    // The record's fields and the map's headings, both in heading order, walked side by side.
    auto field = record.fields.cbegin();
    const auto end = record.fields.cend();
    for (const int i : m_marketingOrder) {
        const QString &heading = rows.at(i).marketing.name;
        while (field != end && field.key() < heading)
            ++field;
        QVariant raw;
        if (field != end && field.key() == heading)
            raw = field.value();
        if (!raw.isValid())
            raw = readPath(record.fields, heading);
        out.values[i] = normalise(rows.at(i).marketing.type, raw);
    }
    if (m_emailRow >= 0)
        out.email = PersonKey::normaliseEmail(out.values.at(m_emailRow));
    return out;
}

ConnectorRecord FieldNormaliser::toCrmRecord(const PlannedChange &change) const
{
    ConnectorRecord out;
    out.id = change.id;
    out.object = change.object;
    for (const PlannedFieldChange &f : change.fields) {
        const int row = m_map.indexOf(f.marketingField);
        const MarketingFieldType type
            = row >= 0 ? m_map.row(row).marketing.type : MarketingFieldType::Text;
        out.fields.insert(f.targetField, toCrmValue(type, f.newValue));
    }
    return out;
}

ConnectorRecord FieldNormaliser::toMarketingRecord(const PlannedChange &change) const
{
    ConnectorRecord out;
    out.id = change.id;
    out.object = change.object;
    for (const PlannedFieldChange &f : change.fields) {
        const int row = m_map.indexOf(f.marketingField);
        const MarketingFieldType type
            = row >= 0 ? m_map.row(row).marketing.type : MarketingFieldType::Text;
        out.fields.insert(f.targetField, toMarketingValue(type, f.newValue));
    }
    if (m_emailRow >= 0) {
        const QString heading = m_map.row(m_emailRow).marketing.name;
        if (!out.fields.contains(heading))
            out.fields.insert(heading, change.key);
    }
    return out;
}

void FieldNormaliser::toMarketingRows(
    const QList<PlannedChange> &changes, QStringList *headings, QList<QStringList> *rows) const
{
    headings->clear();
    rows->clear();
    rows->reserve(changes.size());
    QHash<QString, int> column;
    QList<MarketingFieldType> types;
    const auto columnOf = [&](const QString &heading, const QString &marketingField) {
        const auto it = column.constFind(heading);
        if (it != column.cend())
            return it.value();
        const int row = m_map.indexOf(marketingField);
        types.append(row >= 0 ? m_map.row(row).marketing.type : MarketingFieldType::Text);
        headings->append(heading);
        column.insert(heading, int(headings->size() - 1));
        return int(headings->size() - 1);
    };
    const QString emailHeading = m_emailRow >= 0 ? m_map.row(m_emailRow).marketing.name : QString();
    for (const PlannedChange &change : changes) {
        QStringList values(headings->size());
        for (const PlannedFieldChange &f : change.fields) {
            const int c = columnOf(f.targetField, f.marketingField);
            if (c >= values.size())
                values.resize(headings->size());
            values[c] = toMarketingValue(types.at(c), f.newValue);
        }
        if (!emailHeading.isEmpty()) {
            const int c = columnOf(emailHeading, emailHeading);
            if (c >= values.size())
                values.resize(headings->size());
            if (values.at(c).isNull())
                values[c] = change.key;
        }
        rows->append(std::move(values));
    }
    // Rows made before a later heading appeared are shorter: pad them.
    for (QStringList &values : *rows)
        values.resize(headings->size());
}

} // namespace LeadBridge
