#pragma once

#include "core/engine/FlowRunner.h"
#include "core/model/Account.h"

namespace LeadBridge {

/// The role an account of @p kind plays in a flow (see AccountRole): ON24 → Webinar,
/// Act-On → Marketing, Salesforce and Pipeliner → Crm.
inline AccountRole accountRoleOf(AccountKind kind)
{
    switch (kind) {
    case AccountKind::On24:
        return AccountRole::Webinar;
    case AccountKind::ActOn:
        return AccountRole::Marketing;
    case AccountKind::Salesforce:
    case AccountKind::Pipeliner:
        return AccountRole::Crm;
    }
    return AccountRole::Crm;
}

} // namespace LeadBridge
