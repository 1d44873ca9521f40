#include "core/store/AccountRepository.h"

#include "core/store/Journal.h"
#include "core/store/SqlSupport.h"
#include "core/util/LogCategories.h"

#include <QSqlQuery>

namespace LeadBridge {

namespace {
const QString kSelect = QStringLiteral("SELECT id, kind, name, settings, status, last_check_at, "
                                       "created_at, updated_at FROM accounts");

Account fromRow(const QSqlQuery &query)
{
    Account a;
    a.id = query.value(0).toLongLong();
    a.kind = Account::kindFromString(query.value(1).toString());
    a.name = query.value(2).toString();
    a.settings = SqlSupport::mapFromJson(query.value(3).toString());
    a.status = Account::statusFromString(query.value(4).toString());
    a.lastCheckAt = SqlSupport::dateTimeFromColumn(query.value(5));
    a.createdAt = SqlSupport::dateTimeFromColumn(query.value(6));
    a.updatedAt = SqlSupport::dateTimeFromColumn(query.value(7));
    return a;
}
} // namespace

AccountRepository::AccountRepository(Journal &journal)
    : m_journal(journal)
{ }

Status AccountRepository::checkNoSecrets(const Account &account) const
{
    const QString key = Account::firstSecretSettingKey(account.settings);
    if (key.isEmpty())
        return Status();
    // Log the key name only, never the value.
    qCWarning(lcStore) << "Refused to store account setting that looks secret:" << key;
    return Status::failure(tr("The setting “%1” looks like a password, token or key. LeadBridge "
                              "keeps those in the system keychain only, never in the journal.")
                               .arg(key));
}

Expected<Account> AccountRepository::add(const Account &account)
{
    if (const Status clean = checkNoSecrets(account); !clean)
        return Expected<Account>::failure(clean.errorString());
    if (account.name.trimmed().isEmpty())
        return Expected<Account>::failure(tr("Give the account a name."));

    Account saved = account;
    saved.createdAt = saved.updatedAt = SqlSupport::now();
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral(
        "INSERT INTO accounts (kind, name, settings, status, last_check_at, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(Account::kindToString(saved.kind));
    query.addBindValue(saved.name.trimmed());
    query.addBindValue(SqlSupport::toJson(saved.settings));
    query.addBindValue(Account::statusToString(saved.status));
    query.addBindValue(SqlSupport::toColumn(saved.lastCheckAt));
    query.addBindValue(SqlSupport::toColumn(saved.createdAt));
    query.addBindValue(SqlSupport::toColumn(saved.updatedAt));
    if (!SqlSupport::exec(query, "insert account")) {
        return Expected<Account>::failure(
            tr("LeadBridge could not save the account “%1”. An account of this kind with the "
               "same name may already exist; otherwise see the log for details.")
                .arg(saved.name));
    }
    saved.name = saved.name.trimmed();
    saved.id = query.lastInsertId().toLongLong();
    return saved;
}

Status AccountRepository::update(const Account &account)
{
    if (const Status clean = checkNoSecrets(account); !clean)
        return clean;
    if (account.name.trimmed().isEmpty())
        return Status::failure(tr("Give the account a name."));
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("UPDATE accounts SET name = ?, settings = ?, status = ?, "
                                 "last_check_at = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(account.name.trimmed());
    query.addBindValue(SqlSupport::toJson(account.settings));
    query.addBindValue(Account::statusToString(account.status));
    query.addBindValue(SqlSupport::toColumn(account.lastCheckAt));
    query.addBindValue(SqlSupport::toColumn(SqlSupport::now()));
    query.addBindValue(account.id);
    if (!SqlSupport::exec(query, "update account"))
        return Status::failure(tr("LeadBridge could not save the account “%1”. See the log for "
                                  "details.")
                                   .arg(account.name));
    if (query.numRowsAffected() == 0)
        return Status::failure(tr("The account “%1” no longer exists.").arg(account.name));
    return Status();
}

Expected<Account> AccountRepository::get(qint64 id)
{
    QSqlQuery query(m_journal.database());
    query.prepare(kSelect + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!SqlSupport::exec(query, "get account"))
        return Expected<Account>::failure(tr("LeadBridge could not read the account from the "
                                             "journal. See the log for details."));
    if (!query.next())
        return Expected<Account>::failure(tr("The account no longer exists."));
    return fromRow(query);
}

Expected<QList<Account>> AccountRepository::list()
{
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    if (!SqlSupport::exec(query, kSelect + QStringLiteral(" ORDER BY kind, name COLLATE NOCASE"),
            "list accounts"))
        return Expected<QList<Account>>::failure(
            tr("LeadBridge could not read the accounts from the journal. See the log for "
               "details."));
    QList<Account> accounts;
    while (query.next())
        accounts.append(fromRow(query));
    return accounts;
}

Status AccountRepository::remove(qint64 id)
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM flows WHERE source_account_id = ? OR "
                                 "target_account_id = ?"));
    query.addBindValue(id);
    query.addBindValue(id);
    if (SqlSupport::exec(query, "count flows of account") && query.next()
        && query.value(0).toInt() > 0) {
        return Status::failure(tr("This account is used by %n flow(s). Delete those flows or "
                                  "link them to another account first.",
            nullptr, query.value(0).toInt()));
    }
    query.prepare(QStringLiteral("DELETE FROM accounts WHERE id = ?"));
    query.addBindValue(id);
    if (!SqlSupport::exec(query, "delete account"))
        return Status::failure(tr("LeadBridge could not delete the account. See the log for "
                                  "details."));
    if (query.numRowsAffected() == 0)
        return Status::failure(tr("The account no longer exists."));
    return Status();
}

} // namespace LeadBridge
