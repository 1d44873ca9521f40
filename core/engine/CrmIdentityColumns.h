#pragma once

#include "core/mapping/CrmObjectSchema.h"
#include "core/mapping/FieldMap.h"
#include "core/model/RecordChange.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace LeadBridge {

struct SideRecord;

/// The two Act-On list columns that every contact written from a CRM record gets without
/// a field-map row (seed 004: "all CRM contacts will get the External ID and Type (Contact
/// vs. Lead) automatically"): the record's id and its type. Used by F2 and F3.
///
/// The rows added to a flow's map carry pseudo CRM field names (isAutomaticSource()): they
/// are never asked of the CRM; fill() writes their values from the record itself.
class CrmIdentityColumns
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::CrmIdentityColumns)

public:
    /// List column with the CRM record id.
    static QString externalIdHeading() { return QStringLiteral("External ID"); }
    /// List column with the CRM record type, "Lead" or "Contact".
    static QString typeHeading() { return QStringLiteral("Type"); }
    /// "Lead" or "Contact".
    static QString typeValue(CrmObjectType type);
    /// True for the pseudo CRM field names of the automatic rows (not to be fetched).
    static bool isAutomaticSource(const QString &crmField);

    /// Adds the automatic rows to @p map, except where the map maps the heading itself.
    /// Returns the headings added.
    static QStringList addTo(FieldMap *map);
    /// Removes the rows of @p headings (added by addTo()) from @p map.
    static void removeFrom(FieldMap *map, const QStringList &headings);
    /// The column headings of a list, from ActOnConnector::describe().
    static QStringList headingsOf(const QList<CrmObjectSchema> &listSchemas);
    /// Of @p identityHeadings, those missing from @p listHeadings (case-insensitive).
    static QStringList missing(const QStringList &identityHeadings, const QStringList &listHeadings);
    /// The history row that says a list lacks the columns of @p missingHeadings.
    static RecordChange missingColumnsRow(qint64 runId, const QString &listId,
        const QString &listName, const QStringList &missingHeadings);

    /// Finds the automatic rows of @p map.
    explicit CrmIdentityColumns(const FieldMap &map);
    /// Writes the record's id and type into its values of the automatic rows.
    void fill(SideRecord &record) const;

private:
    int m_idRow = -1;
    int m_typeRow = -1;
};

} // namespace LeadBridge
