// Registers the built-in sandbox (the real emulators) in every test executable that links the
// test support, as the executables do in main(): AccountService::trySandbox and the demo flows
// then run against core/sandbox. Linked as object code (leadbridge_test_sandboxwiring), so the
// registration runs before main() without a call in each test.
#include "app/sandboxwiring/InProcessSandbox.h"

#include <QtGlobal>

namespace {

void registerBuiltInSandbox()
{
    LeadBridge::InProcessSandbox::registerProvider();
}

} // namespace

Q_CONSTRUCTOR_FUNCTION(registerBuiltInSandbox)
