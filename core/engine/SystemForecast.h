#pragma once

#include "core/model/Account.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace LeadBridge {

/// How a forecast run stands against a system's daily allowance.
enum class AllowanceWarning {
    None, ///< enough left, or no published limit
    Near, ///< the run leaves less than 10 % of the allowance
    Exhausts, ///< the run needs at least what is left
};

/// The API calls one run of a flow is expected to use in one system (one linked account),
/// and that system's daily allowance as it stands before the run (a value type: it crosses
/// from the engine thread to the window and the command line).
struct SystemForecast
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::SystemForecast)

public:
    /// A run that leaves less than this share of an allowance is warned about.
    static constexpr double kNearShare = 0.10;

    qint64 accountId = 0;
    AccountKind kind = AccountKind::ActOn;
    QString accountName;
    /// Records the counts found that the run will read (-1 = not counted).
    qint64 records = -1;
    /// Calls the run is expected to make to read (pages, job polls, sign-in).
    qint64 readCalls = 0;
    /// Calls the run is expected to make to write (upserts, merges and their polls, deletes).
    qint64 writeCalls = 0;
    /// Calls counted against the allowance in the last 24 hours (-1 = not known).
    qint64 usedToday = -1;
    /// The daily allowance (-1 = the vendor publishes none).
    qint64 dailyAllowance = -1;
    /// Where usedToday comes from, for people (tr()): "limits endpoint", "journal, last 24 h".
    QString usageSource;

    /// Read and write calls together.
    qint64 calls() const { return readCalls + writeCalls; }
    /// What is left of the allowance today (-1 when there is no allowance or usage known).
    qint64 remaining() const;
    /// The warning for this system (None without an allowance).
    AllowanceWarning warning() const;
    /// The warning as a plain sentence for people (empty for None).
    QString warningText() const;
    /// "Act-On", "Salesforce", "ON24", "Pipeliner".
    static QString systemName(AccountKind kind);
    /// Stable JSON (command line): system, account, records, read/write/forecast calls,
    /// used_today, remaining, daily_allowance, usage_source, warning ("none", "near",
    /// "exhausts"), warning_text.
    QJsonObject toJson() const;
    /// "none", "near", "exhausts".
    static QString warningToString(AllowanceWarning warning);
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::SystemForecast)
