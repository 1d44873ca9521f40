#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace LeadBridge {

/// What happened to one record (or one field of it) during a run.
enum class ChangeOperation { Create, Update, Delete, Skip, Conflict, Error };

/// One line of a run's change log: system, object, record, field, old -> new, reason.
struct RecordChange
{
    qint64 id = 0;
    qint64 runId = 0;
    /// Account kind storage name of the system written or read ("acton", "salesforce"...).
    QString system;
    /// Object type in that system ("Contact", "Lead", "list:1234"...).
    QString object;
    /// Stable key of the record: CRM id or lower-cased email.
    QString recordKey;
    ChangeOperation operation = ChangeOperation::Update;
    QString field;
    QString oldValue;
    QString newValue;
    /// Why it was skipped, the conflict rule applied, or the error sentence.
    QString reason;

    /// Storage name: create, update, delete, skip, conflict, error.
    static QString operationToString(ChangeOperation operation);
    static ChangeOperation operationFromString(const QString &text, bool *ok = nullptr);
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::RecordChange)
