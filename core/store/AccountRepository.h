#pragma once

#include "core/model/Account.h"
#include "core/util/Expected.h"

#include <QCoreApplication>
#include <QList>

namespace LeadBridge {

class Journal;

/// Linked accounts in the journal. Settings are persisted as JSON and must
/// never hold secret material: add() and update() refuse any settings key
/// that Account::isSecretSettingKey() flags (secrets belong in the keychain).
class AccountRepository
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::AccountRepository)

public:
    /// Works on @p journal's connection (same thread as the journal).
    explicit AccountRepository(Journal &journal);

    /// Inserts @p account; returns it with id and timestamps filled in.
    Expected<Account> add(const Account &account);
    /// Saves name, settings, status and last check time of an existing account.
    Status update(const Account &account);
    /// One account by id.
    Expected<Account> get(qint64 id);
    /// All accounts, by kind then name.
    Expected<QList<Account>> list();
    /// Deletes an account; refused while a flow still uses it.
    Status remove(qint64 id);

private:
    Status checkNoSecrets(const Account &account) const;

    Journal &m_journal;
};

} // namespace LeadBridge
