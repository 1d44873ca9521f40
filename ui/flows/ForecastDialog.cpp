#include "ui/flows/ForecastDialog.h"

#include "ui/flows/ForecastView.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace LeadBridge {

ForecastDialog::ForecastDialog(const CallForecast &forecast, bool preview, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("forecastDialog"));
    setWindowTitle(forecast.worstWarning() == AllowanceWarning::Exhausts
            ? tr("Run “%1” with too few API calls left?").arg(forecast.flowName)
            : tr("Run “%1” with few API calls left?").arg(forecast.flowName));
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    m_warning = new QLabel(forecast.warningText(), this);
    m_warning->setObjectName(QStringLiteral("forecastWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_view = new ForecastView(this);
    m_view->showForecast(forecast);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_runAnyway = buttons->addButton(
        preview ? tr("&Preview Anyway") : tr("&Run Anyway"), QDialogButtonBox::AcceptRole);
    m_runAnyway->setObjectName(QStringLiteral("runAnywayButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_warning);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 340);
}

QString ForecastDialog::warningText() const
{
    return m_warning->text();
}

} // namespace LeadBridge
