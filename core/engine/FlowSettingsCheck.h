#pragma once

#include "core/model/Account.h"
#include "core/model/Flow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace LeadBridge {

/// The checks of a flow's name, accounts and settings that need no network: what the flow
/// editor shows inline while a person edits, and what Sync Now says before it starts a run
/// that could only fail. Each problem is one plain sentence that says what to choose.
/// The settings keys are exactly those the runners read (see each runner's header).
class FlowSettingsCheck
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::FlowSettingsCheck)

public:
    /// ON24 publishes on-demand attendance up to 12 hours late (seed 000).
    static constexpr int kMinimumLookBackHours = 12;
    /// The runners' upper bound on the late-attendance look-back (90 days).
    static constexpr int kMaximumLookBackHours = 24 * 90;

    /// The first problem of @p flow given the linked @p accounts, or an empty string.
    static QString problem(const Flow &flow, const QList<Account> &accounts);
    /// Every problem of @p flow, in the order the editor's fields appear.
    static QStringList problems(const Flow &flow, const QList<Account> &accounts);
    /// The account kinds that fit the source (@p source true) or target of @p kind.
    static QList<AccountKind> fittingKinds(FlowKind kind, bool source);
};

} // namespace LeadBridge
