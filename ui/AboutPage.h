#pragma once

#include "ui/BasePage.h"

namespace LeadBridge {

/// Version, Qt version, where files are kept and the licence.
class AboutPage : public BasePage
{
    Q_OBJECT
public:
    explicit AboutPage(QWidget *parent = nullptr);
};

} // namespace LeadBridge
