#pragma once

#include "ui/BasePage.h"

namespace LeadBridge {

/// Every recorded run and record change. Until a run exists it explains
/// what will be recorded.
class HistoryPage : public BasePage
{
    Q_OBJECT
public:
    explicit HistoryPage(QWidget *parent = nullptr);
};

} // namespace LeadBridge
