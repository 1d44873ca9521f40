#include "ui/EmptyState.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace LeadBridge {

namespace {
constexpr int kColumnWidth = 560;
} // namespace

EmptyState::EmptyState(
    const QString &iconPath, const QString &title, const QString &body, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 24, 0, 0);
    outer->setSpacing(10);

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("emptyStateIcon"));
    icon->setPixmap(QIcon(iconPath).pixmap(QSize(64, 64), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignHCenter);
    outer->addWidget(icon);

    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    outer->addWidget(m_title);

    auto *text = new QLabel(body, this);
    text->setObjectName(QStringLiteral("emptyStateBody"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    // Keep lines to a readable length even in a wide window. A fixed width also gives
    // the word-wrapped label a correct height inside the centred column.
    text->setFixedWidth(kColumnWidth);
    text->setMinimumHeight(text->heightForWidth(kColumnWidth));
    outer->addWidget(text, 0, Qt::AlignHCenter);

    m_details = new QVBoxLayout;
    m_details->setSpacing(8);
    m_details->setContentsMargins(0, 8, 0, 0);
    outer->addLayout(m_details);
    outer->setAlignment(m_details, Qt::AlignHCenter);
    outer->addStretch(1);
}

QString EmptyState::title() const
{
    return m_title->text();
}

void EmptyState::addDetail(const QString &heading, const QString &text)
{
    auto *label = new QLabel(
        QStringLiteral("<b>%1</b><br>%2").arg(heading.toHtmlEscaped(), text.toHtmlEscaped()), this);
    label->setObjectName(QStringLiteral("emptyStateDetail"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setFixedWidth(kColumnWidth);
    label->setMinimumHeight(label->heightForWidth(kColumnWidth));
    m_details->addWidget(label, 0, Qt::AlignHCenter);
}

} // namespace LeadBridge
