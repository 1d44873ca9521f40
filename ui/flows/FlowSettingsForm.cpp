#include "ui/flows/FlowSettingsForm.h"

#include "core/engine/LookupService.h"
#include "core/mapping/StandardFields.h"
#include "core/store/FieldMapRepository.h"

namespace LeadBridge {

FlowSettingsForm::FlowSettingsForm(QWidget *parent)
    : QWidget(parent)
{ }

void FlowSettingsForm::setServices(Journal *journal, LookupService *lookups)
{
    m_journal = journal;
    m_lookups = lookups;
}

FieldMap FlowSettingsForm::storedOrDefaultMap(qint64 flowId, CrmKind crm) const
{
    if (m_journal && flowId > 0) {
        const auto stored = FieldMapRepository(*m_journal).load(flowId);
        if (stored && stored.value().has_value())
            return *stored.value();
    }
    return StandardFields::defaultMap(crm);
}

bool FlowSettingsForm::hasStoredMap(qint64 flowId) const
{
    if (!m_journal || flowId <= 0)
        return false;
    const auto stored = FieldMapRepository(*m_journal).load(flowId);
    return stored && stored.value().has_value();
}

Status FlowSettingsForm::saveMap(qint64 flowId, const FieldMap &map) const
{
    if (!m_journal)
        return Status::failure(tr("LeadBridge has no journal open."));
    const auto saved = FieldMapRepository(*m_journal).save(flowId, map);
    if (!saved)
        return Status::failure(saved.errorString());
    return {};
}

LookupService *FlowSettingsForm::lookups() const
{
    return m_lookups;
}

Status FlowSettingsForm::saveExtras(const Flow &flow, bool created)
{
    Q_UNUSED(flow)
    Q_UNUSED(created)
    return {};
}

} // namespace LeadBridge
