#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace LeadBridge {

/// One field of one person changed on both sides under the rule "Hold for review": a row of
/// the journal's conflicts table (ConflictRepository, docs/journal.md).
struct ConflictRecord
{
    /// open: waiting for a decision; resolved: decided, not yet applied; applied: written by
    /// a run; superseded: a side changed after it was found or decided.
    enum class Status { Open, Resolved, Applied, Superseded };
    /// The value the admin keeps.
    enum class Keep { Undecided, Crm, Marketing };

    qint64 id = 0;
    qint64 flowId = 0;
    /// The flow's name (list queries only).
    QString flowName;
    /// The person's e-mail key (the link's key).
    QString personKey;
    /// "salesforce" or "pipeliner".
    QString crmSystem;
    QString crmId;
    /// "Lead" or "Contact".
    QString crmType;
    QString marketingId;
    /// The marketing field (the map row's name, an Act-On heading).
    QString field;
    /// Normalised values as found (what the admin is shown and decides on).
    QString crmValue;
    QString marketingValue;
    qint64 foundRunId = 0;
    QDateTime foundAt;
    Status status = Status::Open;
    Keep keep = Keep::Undecided;
    QDateTime decidedAt;
    qint64 appliedRunId = 0;
    /// Why a decision was superseded.
    QString note;

    /// "open", "resolved", "applied", "superseded".
    static QString statusToString(Status status);
    static Status statusFromString(const QString &text);
    /// "crm", "acton", or a null string for Undecided.
    static QString keepToString(Keep keep);
    /// Parses "crm" / "acton" (case-insensitive); anything else is Undecided.
    static Keep keepFromString(const QString &text);
    /// Open or decided but not yet applied.
    bool isUnsettled() const { return status == Status::Open || status == Status::Resolved; }
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::ConflictRecord)
