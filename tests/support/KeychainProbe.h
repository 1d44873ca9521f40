#pragma once

namespace LeadBridge {
class CredentialStore;
}

namespace LeadBridge::Test {

/// Whether the system keychain answers, found by writing and removing a throw-away secret
/// through a CredentialStore (as the UI and account tests need before they start).
class KeychainProbe
{
public:
    enum class Result {
        Reachable, ///< the probe was written (and removed again)
        Unavailable, ///< the store answered that no keychain is reachable
        NoAnswer, ///< the store did not answer within 10 seconds
    };

    static Result probe(CredentialStore &store);
};

} // namespace LeadBridge::Test

/// In a test function (usually initTestCase()): fails when the credential store @p store does
/// not answer, and skips the test when no keychain is reachable (outside
/// scripts/with-keyring.sh).
#define LEADBRIDGE_REQUIRE_KEYCHAIN(store)                                                         \
    do {                                                                                           \
        const auto keychain_ = LeadBridge::Test::KeychainProbe::probe(store);                      \
        QVERIFY2(keychain_ != LeadBridge::Test::KeychainProbe::Result::NoAnswer,                   \
            "the credential store did not answer the keychain probe within 10 s");                 \
        if (keychain_ == LeadBridge::Test::KeychainProbe::Result::Unavailable)                     \
            QSKIP("No keychain reachable: run inside scripts/with-keyring.sh");                    \
    } while (false)
