#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace LeadBridge {

/// An inline banner for a problem on the page it concerns: the plain sentence,
/// and a "Details" expander with the technical part (hidden until asked for).
/// Hidden while it has nothing to say.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Tone { Error, Success, Info };

    explicit ErrorBanner(QWidget *parent = nullptr);

    /// Shows @p sentence (and @p detail behind "Details" when not empty).
    void showMessage(const QString &sentence, const QString &detail = {}, Tone tone = Tone::Error);
    /// Hides the banner and forgets its text.
    void clear();

    /// The sentence on show (empty when hidden).
    QString text() const;
    /// The technical detail behind "Details".
    QString detailText() const;

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace LeadBridge
