#include "core/net/AuthProvider.h"

namespace LeadBridge {

AuthProvider::~AuthProvider() = default;

} // namespace LeadBridge
