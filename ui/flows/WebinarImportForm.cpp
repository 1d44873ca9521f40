#include "ui/flows/WebinarImportForm.h"

#include "core/engine/AccountService.h"
#include "core/engine/FlowSettingsCheck.h"
#include "core/engine/flows/WebinarImportRunner.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace LeadBridge {

WebinarImportForm::WebinarImportForm(QWidget *parent)
    : FlowSettingsForm(parent)
{
    setObjectName(QStringLiteral("webinarImportForm"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_client = new QLabel(this);
    m_client->setObjectName(QStringLiteral("on24ClientLabel"));
    m_client->setWordWrap(true);
    form->addRow(tr("ON24 client:"), m_client);

    m_backfill = new QDateEdit(this);
    m_backfill->setObjectName(QStringLiteral("backfillDateEdit"));
    m_backfill->setCalendarPopup(true);
    m_backfill->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_backfill->setMaximumDate(QDate::currentDate().addYears(1));
    form->addRow(tr("&Backfill from:"), m_backfill);
    m_windows = new QLabel(this);
    m_windows->setObjectName(QStringLiteral("backfillWindowsLabel"));
    m_windows->setWordWrap(true);
    m_windows->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_windows);

    m_lookBack = new QSpinBox(this);
    m_lookBack->setObjectName(QStringLiteral("lookBackSpin"));
    m_lookBack->setRange(0, FlowSettingsCheck::kMaximumLookBackHours);
    m_lookBack->setSuffix(tr(" hours"));
    form->addRow(tr("Re-check &late attendance for:"), m_lookBack);
    auto *lookBackHint = new QLabel(
        tr("ON24 publishes registrants about 15 minutes late, live attendance 30 minutes to 2 "
           "hours after the event and on-demand viewing 4 to 12 hours late. Webinars that "
           "ended within this time are read again at every run."),
        this);
    lookBackHint->setWordWrap(true);
    lookBackHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), lookBackHint);

    connect(m_backfill, &QDateEdit::dateChanged, this, [this] {
        updateWindows();
        Q_EMIT changed();
    });
    connect(m_lookBack, &QSpinBox::valueChanged, this, &FlowSettingsForm::changed);
}

QString WebinarImportForm::clientText() const
{
    return m_client->text();
}

void WebinarImportForm::setAccounts(const Account &source, const Account &target)
{
    Q_UNUSED(target)
    if (source.id <= 0 || source.kind != AccountKind::On24) {
        m_client->setText(tr("Choose the ON24 account above."));
        return;
    }
    const QString client = source.settings.value(QStringLiteral("clientId")).toString().trimmed();
    m_client->setText(client.isEmpty()
            ? tr("“%1” has no client id yet. Enter it in Accounts → ON24.").arg(source.name)
            : tr("Client %1 — %2. One Act-On folder per client, named by its id; one list per "
                 "webinar.")
                  .arg(client, AccountService::locationText(source)));
}

void WebinarImportForm::load(const Flow &flow)
{
    const QVariantMap &s = flow.settings;
    QDate from = QDate::fromString(s.value(QStringLiteral("backfillFrom")).toString(), Qt::ISODate);
    if (!from.isValid())
        from
            = QDateTime::fromString(s.value(QStringLiteral("backfillFrom")).toString(), Qt::ISODate)
                  .date();
    if (!from.isValid())
        from = QDate::currentDate().addDays(-WebinarImportRunner::kDefaultBackfillDays);
    m_backfill->setDate(from);
    m_lookBack->setValue(
        s.value(QStringLiteral("lookBackHours"), WebinarImportRunner::kDefaultLookBackHours)
            .toInt());
    updateWindows();
}

QVariantMap WebinarImportForm::settings(const QVariantMap &base) const
{
    QVariantMap s = base;
    s.insert(QStringLiteral("backfillFrom"), m_backfill->date().toString(Qt::ISODate));
    s.insert(QStringLiteral("lookBackHours"), m_lookBack->value());
    return s;
}

void WebinarImportForm::updateWindows()
{
    const QDate from = m_backfill->date();
    const QDate today = QDate::currentDate();
    if (from > today) {
        m_windows->clear();
        return;
    }
    int windows = 0;
    for (QDate d = from; d <= today; d = d.addMonths(6))
        ++windows;
    m_windows->setText(tr("A full run reads from this date to today in %n window(s) of at most "
                          "six months.",
        nullptr, qMax(1, windows)));
}

} // namespace LeadBridge
