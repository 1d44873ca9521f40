#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace LeadBridge {

/// A teaching empty state: a large icon, a short title saying what is missing
/// and a paragraph explaining what will appear here and why it matters.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    /// @p iconPath is a resource path such as ":/icons/accounts.svg".
    EmptyState(const QString &iconPath, const QString &title, const QString &body,
        QWidget *parent = nullptr);

    /// The title a person reads, e.g. "No accounts linked yet".
    QString title() const;
    /// Adds a line of extra detail (e.g. one bullet per flow type) under the body.
    void addDetail(const QString &heading, const QString &text);

private:
    QLabel *m_title = nullptr;
    QVBoxLayout *m_details = nullptr;
};

} // namespace LeadBridge
