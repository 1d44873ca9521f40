#include "ui/FlowsPage.h"

#include "ui/EmptyState.h"

#include <QVBoxLayout>

namespace LeadBridge {

FlowsPage::FlowsPage(QWidget *parent)
    : BasePage(tr("Flows"),
        tr("Each flow moves people data between two linked accounts on its own schedule."), parent)
{
    setObjectName(QStringLiteral("flowsPage"));
    auto *empty = new EmptyState(QStringLiteral(":/icons/flows.svg"), tr("No flows set up yet"),
        tr("A flow has its own field map, push policy and schedule. Sync Now and Preview in the "
           "toolbar act on the selected flow; Preview shows every planned change before "
           "anything is written."),
        this);
    empty->addDetail(tr("Webinar import — ON24 to Act-On"),
        tr("Registrants and attendee activity become contacts in one Act-On list "
           "per webinar."));
    empty->addDetail(tr("CRM contact sync — Salesforce or Pipeliner with Act-On"),
        tr("Mapped fields stay in step both ways, or one way from the CRM."));
    empty->addDetail(tr("List sync — Salesforce with an Act-On list"),
        tr("Leads, contacts, a report or a campaign kept as an Act-On list."));
    empty->addDetail(tr("Lead handoff — Act-On to Pipeliner or Salesforce"),
        tr("Contacts that reach a score threshold become leads for your sales "
           "team."));
    contentLayout()->addWidget(empty);
}

} // namespace LeadBridge
