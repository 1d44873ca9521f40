#pragma once

#include "core/mapping/CrmKind.h"
#include "core/mapping/CrmObjectSchema.h"
#include "core/mapping/FieldMap.h"
#include "core/mapping/MarketingField.h"

#include <QList>
#include <QString>

#include <optional>

namespace LeadBridge {

/// Act-On standard marketing fields and their default pre-map to Salesforce and Pipeliner.
class StandardFields
{
public:
    /// The standard field catalogue, in the order an editor lists them.
    static QList<MarketingField> catalogue();
    /// The catalogue entry named @p name (case-insensitive), if any.
    static std::optional<MarketingField> byName(const QString &name);
    /// The first catalogue entry with system usage @p usage, if any.
    static std::optional<MarketingField> byUsage(SystemUsage usage);

    /// The default CRM source of a standard field, by system usage, for @p crm and
    /// @p object; empty when there is no usual source. Score has none here: see
    /// findScoreField().
    static QString defaultSource(CrmKind crm, CrmObjectType object, SystemUsage usage);

    /// A score-like custom field in @p schema: "Score__c" / "cf_acton_score" first, then an
    /// updateable numeric or text custom field whose API name or label says "score".
    /// Empty when there is none (the admin must ask for one to be created).
    static QString findScoreField(const CrmObjectSchema &schema);

    /// The pre-mapped field map for a new flow: the common standard fields with their
    /// default sources. With live schemas, sources that do not exist there are left blank
    /// and the Score row is pointed at findScoreField(); without, the Score row is blank.
    static FieldMap defaultMap(CrmKind crm, const std::optional<CrmObjectSchema> &lead = {},
        const std::optional<CrmObjectSchema> &contact = {});
};

} // namespace LeadBridge
