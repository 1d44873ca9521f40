#pragma once

#include "ui/BasePage.h"

namespace LeadBridge {

/// The sync flows between linked accounts, each with its own field map,
/// schedule and history. Until flows exist it explains the four kinds.
class FlowsPage : public BasePage
{
    Q_OBJECT
public:
    explicit FlowsPage(QWidget *parent = nullptr);
};

} // namespace LeadBridge
