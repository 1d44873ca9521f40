#pragma once

#include "core/mapping/CrmObjectSchema.h"
#include "core/mapping/FieldMap.h"
#include "core/mapping/MappingIssue.h"
#include "core/model/Flow.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace LeadBridge {

/// Checks a field map against the rules of a CRM flow and, when given, the live CRM
/// schema. Pure: no network, no widgets. Run it when the map is edited and before every
/// run (schema drift guard).
class MappingValidator
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::MappingValidator)

public:
    /// All issues of @p map, map-level first, then by row. @p lead / @p contact are the
    /// live schemas; without one, the checks that need it (missing fields, types,
    /// updateability, required fields) are skipped for that object.
    static QList<MappingIssue> validate(const FieldMap &map,
        const std::optional<CrmObjectSchema> &lead, const std::optional<CrmObjectSchema> &contact,
        FlowKind flowKind);
    /// True when @p issues contains an Error.
    static bool hasErrors(const QList<MappingIssue> &issues);
    /// The issues with code @p code (handy for callers and tests).
    static QList<MappingIssue> withCode(const QList<MappingIssue> &issues, const QString &code);
};

} // namespace LeadBridge
