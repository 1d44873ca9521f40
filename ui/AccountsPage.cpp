#include "ui/AccountsPage.h"

#include "ui/EmptyState.h"

#include <QVBoxLayout>

namespace LeadBridge {

AccountsPage::AccountsPage(QWidget *parent)
    : BasePage(tr("Accounts"),
        tr("The ON24, Act-On, Salesforce and Pipeliner accounts LeadBridge works with."), parent)
{
    setObjectName(QStringLiteral("accountsPage"));
    auto *empty
        = new EmptyState(QStringLiteral(":/icons/accounts.svg"), tr("No accounts linked yet"),
            tr("Each account you link appears here with its status: Linked, Needs attention or "
               "Checking. Keys, passwords and tokens are kept in your system keychain, never in "
               "LeadBridge's own files."),
            this);
    contentLayout()->addWidget(empty);
}

} // namespace LeadBridge
