#include "ui/HistoryPage.h"

#include "ui/EmptyState.h"

#include <QVBoxLayout>

namespace LeadBridge {

HistoryPage::HistoryPage(QWidget *parent)
    : BasePage(tr("History"), tr("What each sync did, run by run and record by record."), parent)
{
    setObjectName(QStringLiteral("historyPage"));
    auto *empty = new EmptyState(QStringLiteral(":/icons/history.svg"), tr("No runs recorded yet"),
        tr("Every run is listed here with what started it, when it ran, how many records it "
           "created, updated or skipped, and how it ended. Open a run to see each changed field "
           "with its old and new value, and any error the other system returned."),
        this);
    contentLayout()->addWidget(empty);
}

} // namespace LeadBridge
