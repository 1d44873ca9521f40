#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace LeadBridge {

/// What a live look-up lists, for the flow editor's pickers.
enum class LookupKind {
    ActOnLists, ///< the Act-On account's contact lists
    SalesforceReports, ///< the Salesforce reports the user can run
    SalesforceCampaigns, ///< the Salesforce campaigns
    CrmUsers, ///< active Salesforce users or Pipeliner clients (lead owners)
    ActOnScoreSheets, ///< the Act-On account's score sheets (id and name: the sheet's column)
};

/// One choice a look-up found: the vendor's id, the name a person recognises and a detail
/// (folder, e-mail) that tells similar names apart.
struct LookupItem
{
    QString id;
    QString name;
    QString detail;

    friend bool operator==(const LookupItem &, const LookupItem &) = default;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::LookupItem)
