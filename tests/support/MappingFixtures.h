#pragma once

// Realistic CRM schemas for field-map tests, built from the Salesforce Lead/Contact field
// reference (API digest §A6) and the Pipeliner fields (§B5).

#include "core/mapping/CrmObjectSchema.h"
#include "tests/support/SchemaBuilder.h"

namespace LeadBridge::Test {

/// Salesforce Lead as describe reports it (standard fields of §A6 plus Score__c and a
/// read-only formula score).
CrmObjectSchema salesforceLead();

/// Salesforce Contact as describe reports it (§A6 plus Score__c).
CrmObjectSchema salesforceContact();

/// Pipeliner Contact fields (§B5) with the Act-On score custom field.
CrmObjectSchema pipelinerContact();

/// Pipeliner Lead fields (§B5): no person name fields, person data in quick_*.
CrmObjectSchema pipelinerLead();

} // namespace LeadBridge::Test
