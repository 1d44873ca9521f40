#pragma once

#include "core/connectors/ConnectorTypes.h"
#include "core/engine/PlannedChange.h"
#include "core/engine/SideRecord.h"
#include "core/mapping/FieldMap.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace LeadBridge {

/// Turns vendor records into SideRecords keyed by marketing field (through the field map)
/// with every value in one canonical form per MarketingFieldType, so that "equal" means
/// equal across systems; and turns planned values back into what each API expects.
///
/// Canonical forms:
/// - Text: trimmed, line breaks as "\n". Email: trimmed, lower-case.
/// - Boolean: "true" or "false" ("1", "Y", "yes", "on", "t" are true; blank is false).
/// - Date: "yyyy-MM-dd". Datetime: UTC "yyyy-MM-ddTHH:mm:ssZ" (milliseconds dropped).
///   ISO with or without zone (no zone = UTC), Salesforce "+0000", US "MM/dd/yyyy",
///   "yyyy-MM-dd HH:mm:ss" and epoch seconds or milliseconds are read.
/// - Number and Score: shortest decimal form ("42", "42.5", "-0.25"; "1,234.50" -> "1234.5").
/// - Multi-Text: items split on ";" or ",", trimmed, duplicates dropped, sorted
///   case-insensitively, joined with ";".
/// Values that cannot be read as their type are kept as trimmed text, so they still compare.
/// Control characters (NUL, ESC, bell … but not tab or line breaks) and byte-order marks are
/// removed from every value but e-mail addresses: they are never part of a name, Act-On
/// refuses a whole import file for one NUL byte, and they garble what people read. An
/// e-mail address keeps them, so that it stays invalid and is refused record by record.
class FieldNormaliser
{
public:
    /// System name of the marketing side in SideRecord::system.
    static QString marketingSystem() { return QStringLiteral("acton"); }

    explicit FieldNormaliser(const FieldMap &map);

    const FieldMap &map() const { return m_map; }
    /// Index of the row identifying people by email (usage Email, else first Email row), or -1.
    int emailRow() const { return m_emailRow; }

    /// A CRM Lead or Contact (vendor field names, "Account.Name" read through the nested
    /// "Account" map or a flattened key) as marketing-field values.
    SideRecord fromCrm(const ConnectorRecord &record, CrmObjectType object) const;
    /// An Act-On record keyed by column heading as marketing-field values.
    SideRecord fromMarketing(const ConnectorRecord &record) const;

    /// The record to send for a planned CRM write: CRM field names, wire values.
    ConnectorRecord toCrmRecord(const PlannedChange &change) const;
    /// The record to send for a planned Act-On write: headings, Act-On values, always
    /// including the email heading (Act-On matches list rows by email).
    ConnectorRecord toMarketingRecord(const PlannedChange &change) const;
    /// The same values as toMarketingRecord() for many changes at once, as CSV-ready rows:
    /// @p headings gets every heading written (first seen first, the e-mail heading included),
    /// @p rows one row per change, in order, a value per heading (empty where not written).
    void toMarketingRows(
        const QList<PlannedChange> &changes, QStringList *headings, QList<QStringList> *rows) const;

    /// Canonical text of @p raw as a value of @p type (see class notes).
    static QString normalise(MarketingFieldType type, const QVariant &raw);
    /// Canonical text of a string value.
    static QString normaliseText(MarketingFieldType type, const QString &text);
    /// @p text without control characters (C0 but tab, line feed and carriage return; DEL;
    /// C1) and without byte-order marks (U+FEFF).
    static QString stripControlCharacters(const QString &text);
    /// The CRM wire value of a canonical value: bool, qlonglong or double for booleans and
    /// numbers, ISO text for dates, text otherwise; a null QVariant clears the field.
    static QVariant toCrmValue(MarketingFieldType type, const QString &canonical);
    /// The Act-On value of a canonical value ("Y"/"N" for booleans, text otherwise).
    static QString toMarketingValue(MarketingFieldType type, const QString &canonical);

private:
    static QString normaliseTextImpl(MarketingFieldType type, const QString &text);
    static QVariant readPath(const QVariantMap &fields, const QString &path);

    FieldMap m_map;
    QString m_crmSystem;
    int m_emailRow = -1;
    QList<int> m_marketingOrder; ///< map rows by Act-On heading, for one walk of a record
};

} // namespace LeadBridge
