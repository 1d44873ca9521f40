#include "core/engine/PhaseMarkers.h"

#include <QtGlobal>

#include <cstdio>

namespace LeadBridge {

bool PhaseMarkers::enabled()
{
    static const bool on = qEnvironmentVariableIsSet("LEADBRIDGE_PHASE_MARKERS");
    return on;
}

void PhaseMarkers::mark(const QString &name)
{
    if (!enabled())
        return;
    const QByteArray line = QByteArrayLiteral("LEADBRIDGE-PHASE ") + name.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace LeadBridge
