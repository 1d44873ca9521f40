#include "ui/accounts/ErrorBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace LeadBridge {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(10, 8, 10, 8);
    auto *row = new QHBoxLayout;
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    row->addWidget(m_icon);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("errorBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    row->addWidget(m_text, 1);
    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(QStringLiteral("errorBannerDetailsButton"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setAutoRaise(true);
    row->addWidget(m_detailsButton, 0, Qt::AlignTop);
    outer->addLayout(row);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("errorBannerDetails"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(90);
    m_details->setVisible(false);
    outer->addWidget(m_details);
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        m_detailsButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    setVisible(false);
}

void ErrorBanner::showMessage(const QString &sentence, const QString &detail, Tone tone)
{
    QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    QColor background;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxCritical;
    switch (tone) {
    case Tone::Error:
        background = dark ? QColor(0x5c, 0x22, 0x22) : QColor(0xfd, 0xec, 0xea);
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Tone::Success:
        background = dark ? QColor(0x1f, 0x4a, 0x2c) : QColor(0xe6, 0xf4, 0xea);
        icon = QStyle::SP_DialogApplyButton;
        break;
    case Tone::Info:
        background = dark ? QColor(0x23, 0x3a, 0x5c) : QColor(0xe8, 0xf0, 0xfe);
        icon = QStyle::SP_MessageBoxInformation;
        break;
    }
    pal.setColor(QPalette::Window, background);
    setPalette(pal);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    m_text->setText(sentence);
    m_details->setPlainText(detail);
    m_detailsButton->setVisible(!detail.isEmpty());
    m_detailsButton->setChecked(false);
    setVisible(!sentence.isEmpty());
}

void ErrorBanner::clear()
{
    m_text->clear();
    m_details->clear();
    m_detailsButton->setChecked(false);
    setVisible(false);
}

QString ErrorBanner::text() const
{
    return m_text->text();
}

QString ErrorBanner::detailText() const
{
    return m_details->toPlainText();
}

} // namespace LeadBridge
