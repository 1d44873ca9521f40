#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace LeadBridge {

/// Common frame of every main-window page: a heading, a one-line summary
/// underneath and a content area that the concrete page fills.
class BasePage : public QWidget
{
    Q_OBJECT
public:
    /// Creates the page frame; @p heading and @p summary are already translated.
    BasePage(const QString &heading, const QString &summary, QWidget *parent = nullptr);

    /// The heading text a person sees at the top of the page.
    QString headingText() const;

protected:
    /// Layout below the heading where subclasses add their widgets.
    QVBoxLayout *contentLayout() const { return m_content; }

private:
    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QVBoxLayout *m_content = nullptr;
};

} // namespace LeadBridge
