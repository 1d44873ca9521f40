#include "core/sandbox/pipeliner/PipelinerListApi.h"

#include "core/sandbox/pipeliner/PipelinerWire.h"
#include "core/util/WholeNumber.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LeadBridge::Sandbox {

using namespace PipelinerWire;

namespace {

int compareValues(const QJsonValue &a, const QJsonValue &b)
{
    const bool an = a.isNull() || a.isUndefined();
    const bool bn = b.isNull() || b.isUndefined();
    if (an || bn)
        return an == bn ? 0 : (an ? -1 : 1);
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    const QString as
        = a.isString() ? a.toString() : QString::fromUtf8(QJsonDocument(QJsonArray { a }).toJson());
    const QString bs
        = b.isString() ? b.toString() : QString::fromUtf8(QJsonDocument(QJsonArray { b }).toJson());
    return as.compare(bs);
}

/// One sort value extracted once per row, so sorting never touches JSON again.
struct SortPart
{
    int kind = 0; ///< 0 null, 1 number, 2 bool, 3 text
    double number = 0;
    QString text;

    static SortPart from(const QJsonValue &v)
    {
        SortPart p;
        if (v.isDouble()) {
            p.kind = 1;
            p.number = v.toDouble();
        } else if (v.isBool()) {
            p.kind = 2;
            p.number = v.toBool() ? 1 : 0;
        } else if (v.isString()) {
            p.kind = 3;
            p.text = v.toString();
        } else if (!v.isNull() && !v.isUndefined()) {
            p.kind = 3;
            p.text
                = QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact));
        }
        return p;
    }
    int compare(const SortPart &o) const
    {
        if (kind == 0 || o.kind == 0)
            return kind == o.kind ? 0 : (kind == 0 ? -1 : 1);
        if (kind == 3 || o.kind == 3) {
            if (kind != o.kind)
                return kind < o.kind ? -1 : 1;
            return text.compare(o.text);
        }
        return number < o.number ? -1 : (number > o.number ? 1 : 0);
    }
};

struct SortKey
{
    QList<SortPart> parts;
};

struct OrderKey
{
    QString field;
    bool descending = false;
};

struct Filter
{
    QString field;
    QString op = u"eq"_s;
    QString value;
    QString type;
};

QString normaliseOp(const QString &op)
{
    static const QHash<QString, QString> aliases { { u"ne"_s, u"not-eq"_s },
        { u"neq"_s, u"not-eq"_s }, { u"not_eq"_s, u"not-eq"_s }, { u"ine"_s, u"not-ieq"_s },
        { u"not_ieq"_s, u"not-ieq"_s }, { u"ge"_s, u"gte"_s }, { u"le"_s, u"lte"_s },
        { u"not_null"_s, u"not-null"_s }, { u"not_empty"_s, u"not-empty"_s } };
    const QString lower = op.trimmed().toLower();
    return aliases.value(lower, lower);
}

bool knownOp(const QString &op)
{
    static const QSet<QString> ops { u"eq"_s, u"ieq"_s, u"not-eq"_s, u"not-ieq"_s, u"contains"_s,
        u"starts"_s, u"ends"_s, u"icontains"_s, u"istarts"_s, u"iends"_s, u"null"_s, u"not-null"_s,
        u"empty"_s, u"not-empty"_s, u"gt"_s, u"gte"_s, u"lt"_s, u"lte"_s, u"between"_s };
    return ops.contains(op);
}

/// Compares a stored value with a filter literal, typed by the field; nullopt if incomparable.
std::optional<int> compareTyped(
    const QJsonValue &v, const QString &literal, const QString &type, Qt::CaseSensitivity cs)
{
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    if (type == u"datetime"_s || type == u"date"_s) {
        // Canonical stored form vs. a literal already normalised: plain string order.
        const QString sv = v.toString();
        if (sv.size() == 32 && literal.size() == 32 && sv.endsWith(u"+00:00"_s)
            && literal.endsWith(u"+00:00"_s))
            return sv.compare(literal);
        const QDateTime a = parseTs(sv);
        const QDateTime b = parseTs(literal);
        if (!a.isValid() || !b.isValid())
            return std::nullopt;
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    if (v.isDouble()) {
        bool ok = false;
        const double d = literal.toDouble(&ok);
        if (!ok)
            return std::nullopt;
        return v.toDouble() < d ? -1 : (v.toDouble() > d ? 1 : 0);
    }
    if (v.isBool()) {
        const QString l = literal.toLower();
        if (l != u"true"_s && l != u"false"_s && l != u"1"_s && l != u"0"_s)
            return std::nullopt;
        return int(v.toBool()) - int(l == u"true"_s || l == u"1"_s);
    }
    if (v.isString())
        return v.toString().compare(literal, cs);
    return std::nullopt;
}

bool matches(const QJsonObject &rec, const Filter &f)
{
    const QJsonValue v = rec.value(f.field);
    const QString &op = f.op;
    if (op == u"null"_s)
        return v.isNull() || v.isUndefined();
    if (op == u"not-null"_s)
        return !(v.isNull() || v.isUndefined());
    if (op == u"empty"_s)
        return isEmptyValue(v);
    if (op == u"not-empty"_s)
        return !isEmptyValue(v);
    const bool ci = op == u"ieq"_s || op == u"not-ieq"_s || op.startsWith(u'i');
    const Qt::CaseSensitivity cs = ci ? Qt::CaseInsensitive : Qt::CaseSensitive;
    if (op == u"eq"_s || op == u"ieq"_s)
        return compareTyped(v, f.value, f.type, cs) == 0;
    if (op == u"not-eq"_s || op == u"not-ieq"_s)
        return compareTyped(v, f.value, f.type, cs) != 0;
    if (op == u"contains"_s || op == u"icontains"_s)
        return v.isString() && v.toString().contains(f.value, cs);
    if (op == u"starts"_s || op == u"istarts"_s)
        return v.isString() && v.toString().startsWith(f.value, cs);
    if (op == u"ends"_s || op == u"iends"_s)
        return v.isString() && v.toString().endsWith(f.value, cs);
    if (op == u"between"_s) {
        const QStringList parts = f.value.split(u',');
        if (parts.size() != 2)
            return false;
        const auto lo = compareTyped(v, parts.at(0).trimmed(), f.type, cs);
        const auto hi = compareTyped(v, parts.at(1).trimmed(), f.type, cs);
        return lo && hi && *lo >= 0 && *hi <= 0;
    }
    const auto c = compareTyped(v, f.value, f.type, cs);
    if (!c)
        return false;
    if (op == u"gt"_s)
        return *c > 0;
    if (op == u"gte"_s)
        return *c >= 0;
    if (op == u"lt"_s)
        return *c < 0;
    if (op == u"lte"_s)
        return *c <= 0;
    return false;
}

QString encodeCursor(const QJsonArray &tuple)
{
    return QString::fromLatin1(QJsonDocument(tuple).toJson(QJsonDocument::Compact).toBase64());
}

std::optional<QJsonArray> decodeCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray() || doc.array().isEmpty())
        return std::nullopt;
    return doc.array();
}

} // namespace

// ---------------------------------------------------------------- list

SandboxResponse PipelinerListApi::list(const SandboxRequest &r, const QString &collection)
{
    const QString entity = PipelinerSchema::entityNameFor(collection);
    auto knownField = [&](const QString &name) -> const PipelinerField * {
        return m_emu.m_schema.field(entity, name);
    };

    // --- parameters
    const bool legacy = (r.hasQuery(u"limit") || r.hasQuery(u"offset")) && !r.hasQuery(u"first")
        && !r.hasQuery(u"after");
    int pageSize = kDefaultPageSize;
    const QString sizeText = legacy ? r.query(u"limit") : r.query(u"first");
    if (!sizeText.isEmpty()) {
        bool ok = false;
        pageSize = sizeText.toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > kMaxPageSize)
            return invalidParameter(u"Parameter '%1' must be an integer between 1 and %2."_s
                                        .arg(legacy ? u"limit"_s : u"first"_s)
                                        .arg(kMaxPageSize));
    }
    int offset = 0;
    if (legacy && r.hasQuery(u"offset")) {
        bool ok = false;
        offset = r.query(u"offset").toInt(&ok);
        if (!ok || offset < 0)
            return invalidParameter(u"Parameter 'offset' must be a non-negative integer."_s);
    }
    const QString includeDeletedText = r.query(u"include-deleted").toLower();
    const bool includeDeleted = includeDeletedText == u"true"_s || includeDeletedText == u"1"_s;

    QList<OrderKey> order;
    for (const QString &part : splitList(r.query(u"order-by"))) {
        OrderKey k;
        k.descending = part.startsWith(u'-');
        k.field = k.descending || part.startsWith(u'+') ? part.mid(1) : part;
        if (!knownField(k.field))
            return invalidParameter(u"Unknown field '%1' in parameter 'order-by'."_s.arg(k.field));
        order.append(k);
    }
    const QStringList loadOnly = splitList(r.query(u"load-only"));
    for (const QString &f : loadOnly) {
        const QString head = f.section(u'.', 0, 0);
        const bool ok = f.contains(u'.')
            ? knownField(head + u"_id"_s) != nullptr
            : knownField(f) != nullptr || knownField(f + u"_id"_s) != nullptr;
        if (!ok)
            return invalidParameter(u"Unknown field '%1' in parameter 'load-only'."_s.arg(f));
    }
    const QStringList expand = splitList(r.query(u"expand"));

    QHash<QString, Filter> filters;
    QHash<QString, QString> ops;
    static const QRegularExpression bracket(
        uR"(^(filter|filter-op)\[([^\]]+)\]$)"_s, QRegularExpression::CaseInsensitiveOption);
    for (const auto &item : r.queryItems) {
        const auto m = bracket.match(item.first);
        if (!m.hasMatch())
            continue;
        QString field = m.captured(2);
        if (field.endsWith(u".id"_s))
            field = field.chopped(3) + u"_id"_s;
        if (!knownField(field))
            return invalidParameter(u"Unknown field '%1' in filter."_s.arg(m.captured(2)));
        if (m.captured(1).compare(u"filter-op"_s, Qt::CaseInsensitive) == 0) {
            ops.insert(field, normaliseOp(item.second));
        } else {
            Filter f;
            f.field = field;
            f.value = item.second;
            f.type = knownField(field)->type;
            filters.insert(field, f);
        }
    }
    for (auto it = ops.begin(); it != ops.end(); ++it) {
        if (!knownOp(it.value()))
            return invalidParameter(u"Unknown filter operator '%1'."_s.arg(it.value()));
        auto f = filters.find(it.key());
        if (f == filters.end()) {
            // Value-less operators may come without filter[field].
            Filter nf;
            nf.field = it.key();
            nf.type = knownField(it.key())->type;
            f = filters.insert(it.key(), nf);
        }
        f->op = it.value();
    }
    for (Filter &f : filters) {
        if (f.type != u"datetime"_s && f.type != u"date"_s)
            continue;
        QStringList parts = f.value.split(u',');
        for (QString &part : parts) {
            const QDateTime dt = parseTs(part);
            if (dt.isValid())
                part = formatTs(dt);
        }
        f.value = parts.join(u',');
    }

    std::optional<QJsonArray> cursor;
    if (!legacy && r.hasQuery(u"after")) {
        cursor = decodeCursor(r.query(u"after"));
        if (!cursor || cursor->size() != order.size() + 1)
            return invalidParameter(u"Invalid cursor in parameter 'after'."_s);
    }

    // --- candidates
    QList<QJsonObject> fieldRows;
    QList<const QJsonObject *> rows;
    const PipelinerTable *t = m_emu.table(collection);
    auto keep = [&](const QJsonObject &rec) {
        if (!includeDeleted && rec.value(u"is_deleted").toBool())
            return false;
        for (const Filter &f : std::as_const(filters)) {
            if (!matches(rec, f))
                return false;
        }
        return true;
    };
    auto tupleOf = [&](const QJsonObject &rec) {
        QJsonArray tuple;
        for (const OrderKey &k : order)
            tuple.append(rec.value(k.field));
        tuple.append(rec.value(u"id"));
        return tuple;
    };
    auto cmpTuple = [&](const QJsonArray &a, const QJsonArray &b) {
        for (qsizetype i = 0; i < order.size(); ++i) {
            const int c = compareValues(a.at(i), b.at(i));
            if (c != 0)
                return order.at(i).descending ? -c : c;
        }
        return compareValues(a.last(), b.last());
    };
    auto keyOf = [&](const QJsonArray &tuple) {
        SortKey key;
        for (const QJsonValue &v : tuple)
            key.parts.append(SortPart::from(v));
        return key;
    };
    auto cmpKey = [&](const SortKey &a, const SortKey &b) {
        for (qsizetype i = 0; i < order.size(); ++i) {
            const int c = a.parts.at(i).compare(b.parts.at(i));
            if (c != 0)
                return order.at(i).descending ? -c : c;
        }
        return a.parts.last().compare(b.parts.last());
    };

    qsizetype total = 0;
    QJsonArray data;
    bool hasNext = false;
    // Forward paging never reports a previous page (as in the documented fixtures).
    const bool hasPrevious = false;
    QString startCursor, endCursor;

    const bool fastPath = t && filters.isEmpty() && order.isEmpty() && !legacy;
    if (fastPath) {
        // Default order (id) without filters: walk the map from the cursor, no scan.
        total = includeDeleted ? t->size() : t->liveCount();
        const auto &map = t->records();
        auto it = map.constBegin();
        if (cursor) {
            const QString afterId = cursor->last().toString();
            it = map.upperBound(afterId);
        }
        for (; it != map.constEnd(); ++it) {
            if (!includeDeleted && it->value(u"is_deleted").toBool())
                continue;
            if (data.size() == pageSize) {
                hasNext = true;
                break;
            }
            data.append(m_emu.present(collection, *it, expand, loadOnly));
            const QString c = encodeCursor(tupleOf(*it));
            if (startCursor.isEmpty())
                startCursor = c;
            endCursor = c;
        }
    } else {
        if (t) {
            // An equality filter on the indexed email field answers from the index.
            const QString ef = t->emailField();
            const auto emailFilter = filters.constFind(ef);
            if (!ef.isEmpty() && emailFilter != filters.constEnd()
                && (emailFilter->op == u"eq"_s || emailFilter->op == u"ieq"_s)) {
                QStringList ids = t->idsByEmail(emailFilter->value).values();
                ids.sort();
                for (const QString &id : std::as_const(ids)) {
                    const QJsonObject *rec = t->find(id);
                    if (rec && keep(*rec))
                        rows.append(rec);
                }
            } else {
                for (const QJsonObject &rec : t->records()) {
                    if (keep(rec))
                        rows.append(&rec);
                }
            }
        } else {
            fieldRows = m_emu.fieldRecords();
            for (const QJsonObject &rec : std::as_const(fieldRows)) {
                if (keep(rec))
                    rows.append(&rec);
            }
        }
        if (!order.isEmpty() && !legacy) {
            // Keyset paging: keep rows after the cursor, then only sort the page we need.
            total = rows.size();
            QList<QPair<SortKey, const QJsonObject *>> keyed;
            keyed.reserve(rows.size());
            const std::optional<SortKey> after
                = cursor ? std::optional(keyOf(*cursor)) : std::nullopt;
            for (const QJsonObject *rec : std::as_const(rows)) {
                SortKey k = keyOf(tupleOf(*rec));
                if (!after || cmpKey(k, *after) > 0)
                    keyed.append({ std::move(k), rec });
            }
            const qsizetype take = std::min<qsizetype>(pageSize, keyed.size());
            auto less = [&](const auto &a, const auto &b) { return cmpKey(a.first, b.first) < 0; };
            std::partial_sort(keyed.begin(), keyed.begin() + take, keyed.end(), less);
            rows.clear();
            for (qsizetype i = 0; i < take; ++i)
                rows.append(keyed.at(i).second);
            hasNext = keyed.size() > take;
            for (const QJsonObject *rec : std::as_const(rows)) {
                data.append(m_emu.present(collection, *rec, expand, loadOnly));
                const QString c = encodeCursor(tupleOf(*rec));
                if (startCursor.isEmpty())
                    startCursor = c;
                endCursor = c;
            }
        } else if (!order.isEmpty()) {
            std::stable_sort(
                rows.begin(), rows.end(), [&](const QJsonObject *a, const QJsonObject *b) {
                    return cmpTuple(tupleOf(*a), tupleOf(*b)) < 0;
                });
        } else if (!t) {
            std::stable_sort(
                rows.begin(), rows.end(), [](const QJsonObject *a, const QJsonObject *b) {
                    return a->value(u"id").toString() < b->value(u"id").toString();
                });
        }
    }
    if (!fastPath && (order.isEmpty() || legacy)) {
        total = rows.size();
        qsizetype start = 0;
        if (legacy) {
            start = std::min<qsizetype>(offset, rows.size());
        } else if (cursor) {
            const auto pos = std::partition_point(rows.begin(), rows.end(),
                [&](const QJsonObject *rec) { return cmpTuple(tupleOf(*rec), *cursor) <= 0; });
            start = pos - rows.begin();
        }
        const qsizetype end = std::min<qsizetype>(start + pageSize, rows.size());
        for (qsizetype i = start; i < end; ++i) {
            data.append(m_emu.present(collection, *rows.at(i), expand, loadOnly));
            const QString c = encodeCursor(tupleOf(*rows.at(i)));
            if (startCursor.isEmpty())
                startCursor = c;
            endCursor = c;
        }
        hasNext = end < rows.size();
    }

    QJsonObject body { { u"success"_s, true }, { u"total"_s, total }, { u"data"_s, data } };
    if (!legacy) {
        body.insert(u"page_info"_s,
            QJsonObject { { u"start_cursor"_s,
                              startCursor.isEmpty() ? QJsonValue() : QJsonValue(startCursor) },
                { u"end_cursor"_s, endCursor.isEmpty() ? QJsonValue() : QJsonValue(endCursor) },
                { u"has_previous_page"_s, hasPrevious }, { u"has_next_page"_s, hasNext } });
    }
    return SandboxResponse::json(200, body);
}

} // namespace LeadBridge::Sandbox
