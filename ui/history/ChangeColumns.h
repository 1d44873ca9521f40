#pragma once

#include "core/model/RecordChange.h"

#include <QCoreApplication>
#include <QVariant>

namespace LeadBridge {

/// The columns of a record change that History's change list (ChangeListModel) and the person
/// timeline (PersonTimelineModel) share: what each cell shows, its tool tip and its heading.
/// Each model maps its own columns to these parts. The headings keep the change list's
/// translation context, so both tables read the same words.
class ChangeColumns
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::ChangeListModel)

public:
    enum Part { System, Object, Record, Operation, Field, OldValue, NewValue, Reason };

    /// The text of @p part of @p change as a table shows it (system and operation in words).
    static QVariant display(const RecordChange &change, Part part);
    /// The tool tip of @p part: the whole old value, new value or reason (a narrow column cuts
    /// them); nothing for the other parts or when the value is empty.
    static QVariant toolTip(const RecordChange &change, Part part);
    /// The column heading of @p part.
    static QString heading(Part part);
};

} // namespace LeadBridge
