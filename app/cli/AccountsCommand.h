#pragma once

#include "app/cli/CliCommand.h"

#include <QStringList>

namespace LeadBridge {

/// `leadbridge-cli accounts list|link|test|unlink`: lists the linked accounts, links one
/// (settings from --setting key=value, secrets from standard input or
/// LEADBRIDGE_SECRET_<NAME> variables, never from the command line), tests or unlinks one by
/// name or number. Exit codes: 0, 2 usage, 3 journal error, 4 the account, keychain or
/// connection check failed.
class AccountsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::CommandLine)

public:
    /// @p positional: the words after "accounts"; @p names: the --name values;
    /// @p settings: the --setting values.
    static int run(const QStringList &positional, const QStringList &names,
        const QStringList &settings, bool json, QTextStream &out, QTextStream &err);
};

} // namespace LeadBridge
