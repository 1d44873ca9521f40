#include "tests/support/SyncRows.h"

#include <QStringList>

namespace LeadBridge::Test {

QList<RecordChange> SyncRows::rowsOf(const QList<RecordChange> &changes, const QString &system,
    ChangeOperation op, const QString &key, const QString &field)
{
    QList<RecordChange> out;
    for (const RecordChange &c : changes) {
        if (c.system == system && c.operation == op && (key.isEmpty() || c.recordKey == key)
            && (field.isEmpty() || c.field == field))
            out.append(c);
    }
    return out;
}

QJsonObject SyncRows::person(
    const QHash<QString, QJsonObject> &people, int nth, const QString &object)
{
    QStringList emails;
    for (auto it = people.cbegin(); it != people.cend(); ++it) {
        if (it.value().value(QStringLiteral("_object")).toString() == object)
            emails.append(it.key());
    }
    emails.sort();
    return emails.size() > nth ? people.value(emails.at(nth)) : QJsonObject();
}

} // namespace LeadBridge::Test
