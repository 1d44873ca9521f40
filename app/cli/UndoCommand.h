#pragma once

#include "app/cli/CliCommand.h"

namespace LeadBridge {

/// `leadbridge-cli undo RUN [--preview] [--json]`: undoes a finished run (docs/undo.md) as a
/// new run of its flow, or with --preview records and prints what the undo would do (restore,
/// delete, left alone and why) without writing. Exit codes as for sync: 0 succeeded, 1
/// succeeded with errors, 2 usage (no such run, a preview, a run that wrote nothing), 3
/// failed, 4 cancelled.
class UndoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::CommandLine)

public:
    static int run(const QString &runText, bool preview, bool json, QTextStream &out,
        QTextStream &err);
    /// The lines of the command in `leadbridge-cli --help`.
    static QString helpText();
};

} // namespace LeadBridge
