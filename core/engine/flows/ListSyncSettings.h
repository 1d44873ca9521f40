#pragma once

#include "core/mapping/CrmKind.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace LeadBridge {

/// The settings of an F3 list sync (Flow::settings), seed 003 "Sync Setup": where the
/// Salesforce records come from, which Act-On list mirrors them, and the push and pull
/// options. Every option is off unless said otherwise, as in Act-On ("no fields are
/// selected to update by default"); only pull "add new records" is on by default, since a
/// list sync that adds nothing to the list would import nothing.
///
/// Keys: source ("leads" | "contacts" | "report" | "campaign"), reportId, campaignId,
/// listName, listFolder, pushAddNew, pushAddAs ("lead" | "contact"), pushUpdate,
/// pushUpdateFields (Act-On headings), pullAddNew, pullUpdate, pullUpdateFields,
/// pullRemoveNotFound.
struct ListSyncSettings
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::ListSyncSettings)
public:
    enum class Source { Leads, Contacts, Report, Campaign };

    Source source = Source::Leads;
    QString reportId;
    QString campaignId;
    /// Name of the Act-On list (found by name, created when missing).
    QString listName;
    QString listFolder;

    bool pushAddNew = false;
    CrmObjectType pushAddAs = CrmObjectType::Lead;
    bool pushUpdate = false;
    QStringList pushUpdateFields;

    bool pullAddNew = true;
    bool pullUpdate = false;
    QStringList pullUpdateFields;
    bool pullRemoveNotFound = false;

    /// Reads Flow::settings; on a missing report/campaign id sets @p error to a sentence.
    static ListSyncSettings fromMap(const QVariantMap &map, QString *error = nullptr);
    /// The Flow::settings form.
    QVariantMap toMap() const;

    /// "leads", "contacts", "report", "campaign".
    static QString sourceToString(Source source);
    /// The list name Act-On suggests for the source ("All Salesforce Leads" ...).
    QString defaultListName() const;
    /// Whether the Act-On heading @p heading is a selected push-update (resp. pull-update)
    /// field of an enabled option (case-insensitive).
    bool pushesField(const QString &heading) const;
    bool pullsField(const QString &heading) const;
};

} // namespace LeadBridge
