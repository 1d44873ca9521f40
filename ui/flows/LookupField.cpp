#include "ui/flows/LookupField.h"

#include "core/engine/LookupService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace LeadBridge {

LookupField::LookupField(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_content = new QVBoxLayout;
    m_content->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_content);
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("lookupStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("lookupRetryButton"));
    m_retry->setVisible(false);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addLayout(statusRow);
    connect(m_retry, &QPushButton::clicked, this, &LookupField::retry);
    // No setState() here: it calls the subclasses' setChoosingEnabled(), which do not exist
    // yet; they start disabled by themselves.
    m_status->setVisible(false);
}

LookupField::~LookupField()
{
    if (m_service && m_request)
        m_service->cancel(m_request);
}

void LookupField::setService(LookupService *service)
{
    if (m_service == service)
        return;
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (m_service)
        connect(m_service, &LookupService::finished, this, &LookupField::onFinished);
}

void LookupField::setSource(const Account &account, LookupKind kind, bool force)
{
    if (!force && m_hasSource && account.id == m_account.id && kind == m_kind
        && m_state != State::NoAccount)
        return;
    m_account = account;
    m_kind = kind;
    m_hasSource = true;
    retry();
}

void LookupField::retry()
{
    if (m_service && m_request)
        m_service->cancel(m_request);
    m_request = 0;
    if (m_account.id <= 0) {
        m_items.clear();
        populate(m_items);
        setState(State::NoAccount, tr("Choose the account first."));
        return;
    }
    if (!m_service) {
        setState(State::Failed,
            LookupService::failureSentence(
                m_kind, m_account.kind, tr("the engine is not available.")));
        return;
    }
    setState(State::Loading, tr("Loading…"));
    m_request = m_service->lookup(m_account, m_kind);
}

QString LookupField::statusText() const
{
    return m_status->text();
}

const LookupItem *LookupField::item(const QString &id) const
{
    for (const LookupItem &i : m_items) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

QString LookupField::countText(int count) const
{
    return tr("%n found in “%1”.", nullptr, count).arg(m_account.name);
}

void LookupField::onFinished(
    quint64 requestId, const QList<LookupItem> &items, const QString &error, const QString &detail)
{
    if (requestId != m_request)
        return;
    m_request = 0;
    if (!error.isEmpty()) {
        setState(State::Failed, error);
        m_status->setToolTip(detail);
        Q_EMIT loaded(false);
        return;
    }
    m_items = items;
    populate(m_items);
    setState(State::Loaded, countText(int(items.size())));
    Q_EMIT loaded(true);
    Q_EMIT changed();
}

void LookupField::setState(State state, const QString &text)
{
    m_state = state;
    m_status->setText(text);
    m_status->setToolTip(QString());
    m_status->setVisible(!text.isEmpty());
    m_retry->setVisible(state == State::Failed);
    QPalette pal = palette();
    if (state == State::Failed)
        pal.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_status->setPalette(pal);
    m_status->setForegroundRole(
        state == State::Failed ? QPalette::WindowText : QPalette::PlaceholderText);
    setChoosingEnabled(state == State::Loaded || state == State::Failed);
}

} // namespace LeadBridge
