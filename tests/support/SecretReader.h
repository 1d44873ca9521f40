#pragma once

#include "core/secrets/CredentialStore.h"

#include <QString>
#include <QStringList>

namespace LeadBridge {
class Journal;
}

namespace LeadBridge::Test {

/// Reads an account's secret back from the keychain, as the account tests check what was
/// stored (tst_accountservice, tst_accountspage).
class SecretReader
{
public:
    /// Secret @p name of account @p accountId as @p store has it (waits up to 10 s). Secrets
    /// are filed under the account's keychain id, looked up in @p journal and remembered, so
    /// that the secrets of an account unlinked since can still be asked for.
    static CredentialResult read(
        Journal &journal, CredentialStore &store, qint64 accountId, const QString &name);
    /// The first of @p files that holds one of @p secrets (as UTF-8); empty when none does
    /// (files that cannot be read are passed over).
    static QString fileHolding(const QStringList &secrets, const QStringList &files);
};

} // namespace LeadBridge::Test
