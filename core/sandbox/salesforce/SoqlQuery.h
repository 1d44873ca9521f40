#pragma once

#include "core/sandbox/salesforce/SObjectTable.h"
#include "core/sandbox/salesforce/SalesforceSchema.h"

#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace LeadBridge::Sandbox {

/// One selected column: a field of the queried object, a field of a parent
/// reached through a lookup (Owner.Name), or COUNT().
struct SoqlSelectItem
{
    int field = -1; ///< index in the (target) object's fields
    int viaRef = -1; ///< index of the lookup field in the queried object, -1 if local
    const SfObject *target = nullptr; ///< parent object when viaRef >= 0
    QString relationship; ///< e.g. "Owner"
    bool count = false; ///< COUNT() / COUNT(field)
    QString alias; ///< aggregate alias (expr0 when none)
};

/// A parsed, schema-checked SOQL SELECT statement of the subset the sandbox
/// supports: field lists (incl. parent fields and FIELDS(ALL)), COUNT(),
/// WHERE with comparisons, LIKE, IN / NOT IN, AND/OR/NOT and parentheses,
/// null/true/false, date and datetime literals and date functions,
/// ORDER BY (several keys, ASC/DESC, NULLS FIRST/LAST), LIMIT and OFFSET.
class SoqlQuery
{
public:
    /// Reads a value for a field that is computed on read (Name, mirrors).
    using ComputedFn = std::function<QString(const SObjectTable &, int row, const SfField &)>;

    /// Parses @p soql. On failure returns nullptr and sets @p errorCode
    /// (MALFORMED_QUERY, INVALID_FIELD, INVALID_TYPE) and @p message.
    static std::unique_ptr<SoqlQuery> parse(
        const QString &soql, QString *errorCode, QString *message, qint64 nowMs);
    ~SoqlQuery();

    const SfObject *object() const { return m_object; }
    const QList<SoqlSelectItem> &select() const { return m_select; }
    /// SELECT COUNT() FROM ...: only totalSize matters.
    bool isCountOnly() const { return m_countOnly; }
    /// SELECT COUNT(x) [alias] FROM ...: one AggregateResult row.
    bool isAggregate() const { return m_aggregate; }

    /// Matching rows in result order, after ORDER BY, OFFSET and LIMIT.
    std::vector<int> execute(
        const SObjectTable &table, bool includeDeleted, const ComputedFn &computed) const;

    /// Text form of one field value as SOQL compares it (empty = null).
    static QString fieldText(
        const SObjectTable &table, int row, const SfField &field, const ComputedFn &computed);

    struct Node;

private:
    SoqlQuery() = default;

    const SfObject *m_object = nullptr;
    QList<SoqlSelectItem> m_select;
    bool m_countOnly = false;
    bool m_aggregate = false;
    std::unique_ptr<Node> m_where;
    struct Order
    {
        int field = -1;
        bool desc = false;
        bool nullsFirst = true;
    };
    QList<Order> m_order;
    qint64 m_limit = -1;
    qint64 m_offset = 0;

    friend class SoqlParser;
};

} // namespace LeadBridge::Sandbox
