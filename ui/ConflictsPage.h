#pragma once

#include "core/store/ConflictRecord.h"
#include "ui/BasePage.h"

#include <QList>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace LeadBridge {

class ConflictDecisionWriter;
class EmptyState;
class EngineHost;
class ErrorBanner;
class Journal;

/// The conflicts held for review (flow rule "Hold for review", docs/conflicts.md): one row
/// per person and field with the CRM value and the Act-On value side by side, when and by
/// which run it was found, and its status. Selected rows (or every field of the selected
/// people) keep the CRM or the Act-On value; the flow's next run writes it. Rows are read
/// through the GUI thread's journal connection (a small table, like the History page);
/// decisions are written on a worker thread (ConflictDecisionWriter). The list is read
/// again when the page is shown and after every run.
class ConflictsPage : public BasePage
{
    Q_OBJECT
public:
    /// Table columns.
    enum Column { FlowColumn, PersonColumn, FieldColumn, CrmValueColumn, MarketingValueColumn,
        FoundColumn, StatusColumn, ColumnCount };

    explicit ConflictsPage(QWidget *parent = nullptr);
    ~ConflictsPage() override;

    /// Reads conflicts through @p journal (GUI thread; not owned) and refreshes after each
    /// run of @p engine (may be null).
    void setServices(Journal *journal, EngineHost *engine);

    QTableWidget *table() const { return m_table; }
    QPushButton *keepCrmButton() const { return m_keepCrm; }
    QPushButton *keepMarketingButton() const { return m_keepMarketing; }
    QPushButton *wholePersonButton() const { return m_wholePerson; }
    ErrorBanner *banner() const { return m_banner; }
    /// Whether the empty state is on show (no conflict held).
    bool isShowingEmptyState() const;
    /// The rows on show, in table order.
    const QList<ConflictRecord> &conflicts() const { return m_rows; }
    /// Number of open (undecided) conflicts after the last refresh.
    int openCount() const { return m_openCount; }
    /// Selects the table rows of conflicts @p ids (the others are deselected).
    void selectConflicts(const QList<qint64> &ids);

public Q_SLOTS:
    /// Reads the conflicts again.
    void refresh();
    /// Keeps the CRM value for the selected unsettled rows.
    void keepCrmValue();
    /// Keeps the Act-On value for the selected unsettled rows.
    void keepMarketingValue();
    /// Adds every unsettled field of the selected rows' people to the selection.
    void selectWholePerson();

Q_SIGNALS:
    /// The number of open conflicts changed (the navigation shows it).
    void openCountChanged(int count);
    /// A decision was stored (@p ok) or not (the banner says why).
    void decisionFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void decide(ConflictRecord::Keep keep);
    void updateButtons();
    QList<qint64> selectedUnsettledIds() const;
    QString crmNameOf(const ConflictRecord &c) const;
    QString statusText(const ConflictRecord &c) const;

    Journal *m_journal = nullptr;
    ConflictDecisionWriter *m_writer = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    ErrorBanner *m_banner = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_selection = nullptr;
    QPushButton *m_keepCrm = nullptr;
    QPushButton *m_keepMarketing = nullptr;
    QPushButton *m_wholePerson = nullptr;
    QList<ConflictRecord> m_rows;
    int m_openCount = -1;
};

} // namespace LeadBridge
