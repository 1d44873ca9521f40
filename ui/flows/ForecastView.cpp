#include "ui/flows/ForecastView.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace LeadBridge {

namespace {
QString figure(qint64 n)
{
    return n < 0 ? QStringLiteral("—") : QLocale().toString(n);
}
} // namespace

ForecastView::ForecastView(QWidget *parent)
    : QGroupBox(tr("API calls of the next run"), parent)
{
    setObjectName(QStringLiteral("forecastView"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("forecastSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("forecastBusy"));
    m_busy->setRange(0, 0); // counting: no known end
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->setAccessibleName(tr("Counting"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("forecastTable"));
    m_table->setAccessibleName(tr("API calls per system"));
    m_table->setHorizontalHeaderLabels({ tr("System"), tr("Account"), tr("Forecast"),
        tr("Used today"), tr("Remaining"), tr("Daily allowance"), tr("Warning") });
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);
    // A run touches at most three systems: keep them readable when the page is short.
    const int threeRows = m_table->horizontalHeader()->sizeHint().height()
        + 3 * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth();
    m_table->setMinimumHeight(threeRows);
    m_table->setMaximumHeight(threeRows);
    m_basis = new QLabel(this);
    m_basis->setObjectName(QStringLiteral("forecastBasis"));
    m_basis->setWordWrap(true);
    m_basis->setTextFormat(Qt::PlainText);
    m_basis->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_summary);
    layout->addWidget(m_busy);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_basis);
    clear();
}

void ForecastView::clear()
{
    m_forecast = CallForecast();
    m_summary->setText(tr("Sync Now and Preview first count what the selected flow's run "
                          "would read and show its API calls here."));
    m_busy->setVisible(false);
    m_table->setRowCount(0);
    m_table->setVisible(false);
    m_basis->clear();
    m_basis->setVisible(false);
}

void ForecastView::showBusy(const QString &flowName)
{
    clear();
    m_summary->setText(tr("Counting what a run of “%1” would read…").arg(flowName));
    m_busy->setVisible(true);
}

void ForecastView::showError(const QString &sentence)
{
    clear();
    m_summary->setText(sentence);
}

QString ForecastView::warningWords(const SystemForecast &system)
{
    switch (system.warning()) {
    case AllowanceWarning::None:
        return system.dailyAllowance < 0 ? tr("No published daily limit") : tr("None");
    case AllowanceWarning::Near:
        return tr("Less than 10 % left after the run");
    case AllowanceWarning::Exhausts:
        return tr("Would exhaust the allowance");
    }
    return {};
}

void ForecastView::showForecast(const CallForecast &forecast)
{
    if (!forecast.ok())
        return showError(forecast.error);
    clear();
    m_forecast = forecast;
    m_summary->setText(tr("“%1”: %2").arg(forecast.flowName, forecast.summaryLine()));
    m_table->setRowCount(int(forecast.systems.size()));
    for (int row = 0; row < forecast.systems.size(); ++row) {
        const SystemForecast &s = forecast.systems.at(row);
        const QStringList cells { SystemForecast::systemName(s.kind), s.accountName,
            figure(s.calls()), figure(s.usedToday), figure(s.remaining()), figure(s.dailyAllowance),
            warningWords(s) };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column >= ForecastColumn && column <= AllowanceColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == ForecastColumn)
                item->setToolTip(
                    tr("%1 to read, %2 to write").arg(figure(s.readCalls), figure(s.writeCalls)));
            if (column == UsedColumn)
                item->setToolTip(s.usageSource);
            if (column == WarningColumn && s.warning() != AllowanceWarning::None) {
                item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
                item->setToolTip(s.warningText());
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(true);
    m_basis->setText(forecast.basis);
    m_basis->setVisible(!forecast.basis.isEmpty());
}

bool ForecastView::isBusy() const
{
    return !m_busy->isHidden();
}

QString ForecastView::summaryText() const
{
    return m_summary->text();
}

} // namespace LeadBridge
