#include "tests/support/KeychainProbe.h"

#include "core/secrets/CredentialStore.h"

#include <QSignalSpy>

namespace LeadBridge::Test {

KeychainProbe::Result KeychainProbe::probe(CredentialStore &store)
{
    QSignalSpy answered(&store, &CredentialStore::finished);
    store.write(QStringLiteral("probe"), QStringLiteral("probe"), QByteArray("x"));
    if (!answered.wait(10000))
        return Result::NoAnswer;
    if (answered.constFirst().at(1).value<CredentialResult>().error
        == CredentialResult::ErrorKind::KeychainUnavailable)
        return Result::Unavailable;
    store.remove(QStringLiteral("probe"), QStringLiteral("probe"));
    return Result::Reachable;
}

} // namespace LeadBridge::Test
