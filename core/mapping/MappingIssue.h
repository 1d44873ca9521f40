#pragma once

#include <QMetaType>
#include <QString>

namespace LeadBridge {

/// One finding of MappingValidator, shown next to the row and column it concerns.
struct MappingIssue
{
    enum class Severity {
        Error, ///< the map cannot be saved or run as it is
        Warning, ///< the map runs, but something will not behave as the admin may expect
    };
    /// The column of the mapping table an issue points at.
    enum class Column { None, Marketing, Lead, Contact, AllowPush };

    Severity severity = Severity::Error;
    /// Row index in the FieldMap, or -1 for a map-level issue.
    int rowIndex = -1;
    Column column = Column::None;
    /// Stable machine code ("email-not-mapped", "field-missing"...), documented in
    /// docs/mapping.md.
    QString code;
    /// Translated sentence: what is wrong and what to do.
    QString message;

    bool isError() const { return severity == Severity::Error; }

    friend bool operator==(const MappingIssue &, const MappingIssue &) = default;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::MappingIssue)
