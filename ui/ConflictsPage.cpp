#include "ui/ConflictsPage.h"

#include "core/engine/EngineHost.h"
#include "core/mapping/CrmKind.h"
#include "core/store/ConflictDecisionWriter.h"
#include "core/store/ConflictRepository.h"
#include "core/store/Journal.h"
#include "core/util/LogCategories.h"
#include "ui/EmptyState.h"
#include "ui/accounts/ErrorBanner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace LeadBridge {

ConflictsPage::ConflictsPage(QWidget *parent)
    : BasePage(tr("Conflicts"),
          tr("Fields changed in both the CRM and Act-On, held for you to decide (flow rule "
             "\"Hold for review\")."),
          parent)
{
    setObjectName(QStringLiteral("conflictsPage"));
    m_writer = new ConflictDecisionWriter(this);

    m_banner = new ErrorBanner(this);
    contentLayout()->addWidget(m_banner);
    m_stack = new QStackedWidget(this);
    contentLayout()->addWidget(m_stack, 1);

    m_empty = new EmptyState(QStringLiteral(":/icons/conflicts.svg"), tr("No conflicts held"),
        tr("When a flow's rule for fields changed on both sides is \"Hold for review\", such "
           "fields are written on neither side and listed here, with both values, for you to "
           "choose one. The next run writes the value you keep."),
        m_stack);
    m_empty->addDetail(tr("Where to switch it on"),
        tr("Flows, a CRM contact sync flow, \"When both sides changed:\" Hold for review."));
    m_stack->addWidget(m_empty);

    auto *main = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(main);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ColumnCount, main);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setAccessibleName(tr("Conflicts held for review"));
    m_table->setHorizontalHeaderLabels({ tr("Flow"), tr("Person"), tr("Field"), tr("CRM value"),
        tr("Act-On value"), tr("Found"), tr("Status") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The status sentence takes the room the values leave.
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_selection = new QLabel(main);
    m_selection->setObjectName(QStringLiteral("conflictSelection"));
    m_wholePerson = new QPushButton(tr("Select &whole person"), main);
    m_wholePerson->setObjectName(QStringLiteral("wholePersonButton"));
    m_wholePerson->setToolTip(tr("Adds every undecided field of the selected people."));
    m_keepCrm = new QPushButton(tr("Keep the &CRM value"), main);
    m_keepCrm->setObjectName(QStringLiteral("keepCrmButton"));
    m_keepMarketing = new QPushButton(tr("Keep the &Act-On value"), main);
    m_keepMarketing->setObjectName(QStringLiteral("keepMarketingButton"));
    auto *refreshButton = new QPushButton(tr("&Refresh"), main);
    refreshButton->setObjectName(QStringLiteral("conflictsRefreshButton"));
    buttons->addWidget(m_selection, 1);
    buttons->addWidget(m_wholePerson);
    buttons->addWidget(m_keepCrm);
    buttons->addWidget(m_keepMarketing);
    buttons->addWidget(refreshButton);
    layout->addLayout(buttons);
    m_stack->addWidget(main);

    connect(m_keepCrm, &QPushButton::clicked, this, &ConflictsPage::keepCrmValue);
    connect(m_keepMarketing, &QPushButton::clicked, this, &ConflictsPage::keepMarketingValue);
    connect(m_wholePerson, &QPushButton::clicked, this, &ConflictsPage::selectWholePerson);
    connect(refreshButton, &QPushButton::clicked, this, &ConflictsPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ConflictsPage::updateButtons);
    connect(m_writer, &ConflictDecisionWriter::finished, this,
        [this](bool ok, const QString &message) {
            if (!ok)
                m_banner->showMessage(message);
            refresh();
            Q_EMIT decisionFinished(ok);
        });
    updateButtons();
}

ConflictsPage::~ConflictsPage() = default;

void ConflictsPage::setServices(Journal *journal, EngineHost *engine)
{
    m_journal = journal;
    if (engine)
        connect(engine, &EngineHost::runFinished, this, &ConflictsPage::refresh);
    refresh();
}

bool ConflictsPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void ConflictsPage::showEvent(QShowEvent *event)
{
    BasePage::showEvent(event);
    refresh();
}

QString ConflictsPage::crmNameOf(const ConflictRecord &c) const
{
    return CrmKinds::displayName(CrmKinds::fromString(c.crmSystem));
}

QString ConflictsPage::statusText(const ConflictRecord &c) const
{
    const QString kept = c.keep == ConflictRecord::Keep::Marketing
        ? tr("Keeps the Act-On value")
        : tr("Keeps the %1 value").arg(crmNameOf(c));
    switch (c.status) {
    case ConflictRecord::Status::Open:
        return tr("Open");
    case ConflictRecord::Status::Resolved:
        return tr("%1. Applied by the next run.").arg(kept);
    case ConflictRecord::Status::Applied:
        return tr("%1. Applied by run %2.").arg(kept).arg(c.appliedRunId);
    case ConflictRecord::Status::Superseded:
        return tr("Superseded: %1").arg(c.note);
    }
    return QString();
}

void ConflictsPage::refresh()
{
    if (!m_journal || !m_journal->isOpen())
        return;
    const QList<qint64> selected = [this] {
        QList<qint64> ids;
        for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
            ids.append(m_rows.value(i.row()).id);
        return ids;
    }();
    const auto listed = ConflictRepository(*m_journal).list();
    if (!listed) {
        m_banner->showMessage(listed.errorString());
        return;
    }
    m_rows = listed.value();
    int open = 0;
    QSet<QString> crmNames;
    m_table->setRowCount(int(m_rows.size()));
    const QLocale locale;
    for (int r = 0; r < m_rows.size(); ++r) {
        const ConflictRecord &c = m_rows.at(r);
        open += c.status == ConflictRecord::Status::Open ? 1 : 0;
        crmNames.insert(crmNameOf(c));
        const QString found = tr("%1 (run %2)")
                                  .arg(locale.toString(c.foundAt.toLocalTime(), QLocale::ShortFormat))
                                  .arg(c.foundRunId);
        const QStringList cells = { c.flowName, c.personKey, c.field, c.crmValue,
            c.marketingValue, found, statusText(c) };
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            if (!c.isUnsettled())
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(r, col, item);
        }
    }
    // One CRM in all rows (the usual case): its name heads the column and the button.
    const QString crm = crmNames.size() == 1 ? *crmNames.cbegin() : tr("CRM");
    m_table->horizontalHeaderItem(CrmValueColumn)->setText(tr("%1 value").arg(crm));
    m_keepCrm->setText(tr("Keep the %1 value").arg(crm));
    m_table->resizeColumnsToContents();
    m_stack->setCurrentWidget(m_rows.isEmpty() ? static_cast<QWidget *>(m_empty)
                                               : m_table->parentWidget());
    selectConflicts(selected);
    updateButtons();
    if (open != m_openCount) {
        m_openCount = open;
        Q_EMIT openCountChanged(open);
    }
}

void ConflictsPage::selectConflicts(const QList<qint64> &ids)
{
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    QItemSelection selection;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (wanted.contains(m_rows.at(r).id))
            selection.select(m_table->model()->index(r, 0),
                m_table->model()->index(r, ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

QList<qint64> ConflictsPage::selectedUnsettledIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows()) {
        const ConflictRecord &c = m_rows.at(i.row());
        if (c.isUnsettled())
            ids.append(c.id);
    }
    return ids;
}

void ConflictsPage::updateButtons()
{
    const int n = int(selectedUnsettledIds().size());
    const bool idle = !m_writer->isRunning();
    m_keepCrm->setEnabled(n > 0 && idle);
    m_keepMarketing->setEnabled(n > 0 && idle);
    m_wholePerson->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty());
    m_selection->setText(n == 0 ? tr("Select the fields to decide.")
                                : tr("%n field(s) selected.", nullptr, n));
}

void ConflictsPage::selectWholePerson()
{
    QSet<QPair<qint64, QString>> people;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        people.insert({ m_rows.at(i.row()).flowId, m_rows.at(i.row()).personKey });
    QList<qint64> ids;
    for (const ConflictRecord &c : std::as_const(m_rows)) {
        if (c.isUnsettled() && people.contains({ c.flowId, c.personKey }))
            ids.append(c.id);
    }
    selectConflicts(ids);
}

void ConflictsPage::keepCrmValue()
{
    decide(ConflictRecord::Keep::Crm);
}

void ConflictsPage::keepMarketingValue()
{
    decide(ConflictRecord::Keep::Marketing);
}

void ConflictsPage::decide(ConflictRecord::Keep keep)
{
    const QList<qint64> ids = selectedUnsettledIds();
    if (ids.isEmpty() || !m_journal)
        return;
    m_banner->clear();
    if (!m_writer->start(m_journal->path(), ids, keep))
        return;
    qCInfo(lcUi) << "Keeping the" << ConflictRecord::keepToString(keep) << "value of"
                 << ids.size() << "held conflicts";
    updateButtons();
}

} // namespace LeadBridge
