#include "core/model/Flow.h"

namespace LeadBridge {

QString Flow::kindToString(FlowKind kind)
{
    switch (kind) {
    case FlowKind::WebinarImport:
        return QStringLiteral("webinar_import");
    case FlowKind::CrmContactSync:
        return QStringLiteral("crm_contact_sync");
    case FlowKind::ListSync:
        return QStringLiteral("list_sync");
    case FlowKind::LeadHandoff:
        return QStringLiteral("lead_handoff");
    }
    return QString();
}

FlowKind Flow::kindFromString(const QString &text, bool *ok)
{
    for (auto kind : { FlowKind::WebinarImport, FlowKind::CrmContactSync, FlowKind::ListSync,
             FlowKind::LeadHandoff }) {
        if (kindToString(kind) == text) {
            if (ok)
                *ok = true;
            return kind;
        }
    }
    if (ok)
        *ok = false;
    return FlowKind::WebinarImport;
}

} // namespace LeadBridge
