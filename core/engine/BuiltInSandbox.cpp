#include "core/engine/BuiltInSandbox.h"

namespace LeadBridge {

namespace {
/// Set once by the mains (or the test support) before any AccountService exists.
BuiltInSandbox::Provider &provider()
{
    static BuiltInSandbox::Provider instance;
    return instance;
}
} // namespace

BuiltInSandbox::~BuiltInSandbox() = default;

void BuiltInSandbox::setProvider(Provider made)
{
    provider() = std::move(made);
}

bool BuiltInSandbox::isAvailable()
{
    return static_cast<bool>(provider());
}

std::unique_ptr<BuiltInSandbox> BuiltInSandbox::create()
{
    return provider() ? provider()() : nullptr;
}

QString BuiltInSandbox::unavailableSentence()
{
    return tr("This build of LeadBridge has no built-in sandbox. Link your own ON24, Act-On, "
              "Salesforce or Pipeliner accounts instead.");
}

} // namespace LeadBridge
