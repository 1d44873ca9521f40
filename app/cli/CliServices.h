#pragma once

#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/model/Flow.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/Journal.h"
#include "core/util/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace LeadBridge {

/// The services the account, sandbox, sync and hot-prospects commands need, on the
/// command line's (only) thread: the journal, the keychain, an engine thread and the
/// AccountService over them. On destruction it waits (bounded, with a sentence) for keychain
/// writes still pending, then ends the account service and the engine in that order.
struct CliServices
{
    Journal journal;
    CredentialStore store;
    std::unique_ptr<EngineHost> engine;
    std::unique_ptr<AccountService> accounts;

    CliServices() = default;
    ~CliServices();
    CliServices(const CliServices &) = delete;
    CliServices &operator=(const CliServices &) = delete;

    /// Opens the journal under @p connectionName and starts the engine and account service.
    Status open(const QString &connectionName = QStringLiteral("leadbridge-cli-accounts"));

    /// Starts an asynchronous account operation and runs the CLI's event loop until it
    /// reports. The CLI has no other event loop running, so this loop is not nested.
    static AccountOperationResult waitFor(
        const std::function<void(AccountService::Callback)> &start);

    /// Starts the in-process sandbox when an account of one of @p flows is a sandbox account
    /// (it gets new ports on every start, and the accounts are pointed at them). Empty when
    /// all is ready, else the sentence.
    QString startSandboxFor(const QList<Flow> &flows);
};

} // namespace LeadBridge
