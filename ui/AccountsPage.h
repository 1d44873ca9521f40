#pragma once

#include "ui/BasePage.h"

namespace LeadBridge {

/// Lists the linked ON24, Act-On, Salesforce and Pipeliner accounts.
/// Until the connectors land it shows a teaching empty state.
class AccountsPage : public BasePage
{
    Q_OBJECT
public:
    explicit AccountsPage(QWidget *parent = nullptr);
};

} // namespace LeadBridge
