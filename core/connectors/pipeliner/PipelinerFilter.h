#pragma once

#include <QString>
#include <QUrlQuery>

namespace LeadBridge {

/// Builds Pipeliner's list filters, `filter[field]=value` with an optional
/// `filter-op[field]=op`, so that no value (an e-mail address, a lead name, a key taken from a
/// record) can end its parameter early and add or change another one.
class PipelinerFilter
{
public:
    /// Whether @p field can name a field in a filter: an API name such as `email1`,
    /// `cf_region` or `owner.id` (letters, digits and underscores, at most one dot).
    static bool isFieldName(const QString &field);
    /// Whether @p op can be a filter operator: lower-case letters and dashes, such as `ieq`
    /// or `not-null`.
    static bool isOperator(const QString &op);
    /// Appends filter[@p field]=@p value, and filter-op[@p field]=@p op unless @p op is empty,
    /// to @p query with @p value percent-encoded. Adds nothing and returns false when
    /// @p field or @p op is not a name (see isFieldName() and isOperator()).
    static bool add(QUrlQuery &query, const QString &field, const QString &value,
        const QString &op = {});
};

} // namespace LeadBridge
