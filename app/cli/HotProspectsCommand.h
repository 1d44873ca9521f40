#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace LeadBridge {

/// `leadbridge-cli hot-prospects [--acton ACCOUNT] [--crm ACCOUNT] [--owner ID|NAME]
/// [--limit N] [--all-lists] [--json]`: the 20 (or N) people with the highest Act-On score
/// per sales owner, ownership read live from the CRM (see HotProspects). Accounts by name or
/// number; each may be left out when only one account of its kind is linked. The lists are
/// those the flows between the two accounts use (all lists with --all-lists, or when no flow
/// links them). Ctrl+C cancels.
///
/// Exit codes (CommandLine's): 0 shown, 2 usage (no such account or owner, a bad --limit),
/// 3 journal error, 4 the refresh failed or was cancelled (the sentence says why).
class HotProspectsCommand
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::HotProspectsCommand)

public:
    struct Arguments
    {
        QString acton; ///< name or number; empty = the only Act-On account
        QString crm; ///< name or number; empty = the only Salesforce/Pipeliner account
        QString owner; ///< owner id or name; empty = every owner
        int limit = 20;
        bool allLists = false;
        bool json = false;
    };

    /// The lines of `leadbridge-cli --help` that describe the command.
    static QString helpText();
    /// Runs the command.
    static int run(const Arguments &arguments, QTextStream &out, QTextStream &err);
};

} // namespace LeadBridge
