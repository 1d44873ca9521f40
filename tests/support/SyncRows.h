#pragma once

#include "core/model/RecordChange.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace LeadBridge::Test {

/// Picking rows out of what a sync run left, shared by the F2 engine tests: journal changes
/// by system and operation, and the CRM people of the emulators by position.
class SyncRows
{
public:
    /// Changes of @p changes matching @p system and @p op and, when given, @p key and @p field.
    static QList<RecordChange> rowsOf(const QList<RecordChange> &changes, const QString &system,
        ChangeOperation op, const QString &key = {}, const QString &field = {});
    /// The @p nth (from 0) of @p people (keyed by e-mail) whose "_object" is @p object, in
    /// e-mail order; an empty object when there are not that many.
    static QJsonObject person(
        const QHash<QString, QJsonObject> &people, int nth, const QString &object);
};

} // namespace LeadBridge::Test
