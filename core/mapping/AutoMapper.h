#pragma once

#include "core/mapping/CrmObjectSchema.h"
#include "core/mapping/FieldMap.h"
#include "core/mapping/MappingSuggestion.h"
#include "core/mapping/MarketingField.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace LeadBridge {

/// Finds likely CRM sources for marketing fields by API name, label and type similarity.
class AutoMapper
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::AutoMapper)

public:
    /// Confidence at or above which autoMap() fills a column without asking.
    static constexpr double kDefaultThreshold = 0.85;

    /// The outcome of autoMap().
    struct Result
    {
        /// The map with the standard pre-map and high-confidence suggestions applied.
        FieldMap map;
        /// What was filled in, for the admin to review.
        QList<MappingSuggestion> applied;
        /// Lower-confidence suggestions left for the admin to accept or reject.
        QList<MappingSuggestion> pending;
    };

    /// Comparison key of a field name: case, spaces, underscores, hyphens, a "__c"
    /// suffix, a managed-package prefix ("ns__") and a Pipeliner "cf_" prefix are ignored
    /// ("Postal_Code__c" -> "postalcode").
    static QString normalisedKey(const QString &name);
    /// The concept a normalised key stands for through common synonyms ("zip", "zipcode",
    /// "mailingpostalcode" -> "postalcode"; "title" -> "jobtitle"), or empty.
    static QString conceptOf(const QString &normalisedKey);

    /// The confidence (0..1) that @p crmField is the source of @p field, with a reason.
    static double score(const MarketingField &field, const CrmFieldDescriptor &crmField,
        CrmKind crm, QString *reason = nullptr);

    /// At most one suggestion per marketing field, each CRM field used at most once
    /// (best confidence first), in the order of @p fields. Fields in @p excluded (already
    /// mapped) and id/reference/compound fields are never suggested.
    static QList<MappingSuggestion> suggest(const QList<MarketingField> &fields,
        const CrmObjectSchema &schema, const QStringList &excluded = {});

    /// Pre-maps the common standard fields (adding missing standard rows and filling blank
    /// standard columns) and fills each remaining blank column whose best suggestion
    /// reaches @p threshold. Never overwrites a column the admin has filled.
    static Result autoMap(const FieldMap &map, const std::optional<CrmObjectSchema> &lead,
        const std::optional<CrmObjectSchema> &contact, double threshold = kDefaultThreshold);
};

} // namespace LeadBridge
