#include "ui/BasePage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace LeadBridge {

BasePage::BasePage(const QString &heading, const QString &summary, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(6);

    m_heading = new QLabel(heading, this);
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAccessibleName(heading);
    layout->addWidget(m_heading);

    m_summary = new QLabel(summary, this);
    m_summary->setObjectName(QStringLiteral("pageSummary"));
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_summary);
    layout->addSpacing(12);

    m_content = new QVBoxLayout;
    m_content->setSpacing(12);
    layout->addLayout(m_content, 1);
}

QString BasePage::headingText() const
{
    return m_heading->text();
}

} // namespace LeadBridge
