#include "tests/support/SecretReader.h"

#include "core/engine/AccountService.h"
#include "core/store/AccountRepository.h"
#include "core/store/Journal.h"

#include <QFile>
#include <QHash>
#include <QTest>

namespace LeadBridge::Test {

CredentialResult SecretReader::read(
    Journal &journal, CredentialStore &store, qint64 accountId, const QString &name)
{
    CredentialResult out;
    bool finished = false;
    // Secrets are filed under the account's keychain id; remember it for after an unlink.
    static QHash<qint64, QString> keychainIds;
    if (const auto account = AccountRepository(journal).get(accountId))
        keychainIds.insert(accountId, AccountService::keychainId(account.value()));
    store.read(keychainIds.value(accountId, QString::number(accountId)), name,
        [&](const CredentialResult &r) {
        out = r;
        finished = true;
    });
    if (!QTest::qWaitFor([&] { return finished; }, 10000))
        qWarning("keychain read did not finish");
    return out;
}

QString SecretReader::fileHolding(const QStringList &secrets, const QStringList &files)
{
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QString &s : secrets) {
            if (bytes.contains(s.toUtf8()))
                return file;
        }
    }
    return {};
}

} // namespace LeadBridge::Test
