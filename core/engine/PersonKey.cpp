#include "core/engine/PersonKey.h"

namespace LeadBridge {

QString PersonKey::normaliseEmail(QStringView email)
{
    // Addresses are compared whole: Act-On and both CRMs treat the local part as
    // case-insensitive in practice, and two rows differing only by case are one person.
    return email.trimmed().toString().toLower();
}

} // namespace LeadBridge
