#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace LeadBridge {

/// Keeps LeadBridge running, with its scheduled flows, after the window is closed, and tells
/// the admin when a flow needs attention.
///
/// Where the desktop has a system tray (QSystemTrayIcon::isSystemTrayAvailable()) the icon
/// offers "Open LeadBridge" and "Quit LeadBridge", and notify() shows a desktop notification.
/// Without a tray (some desktops, headless sessions) closing the window quits as usual and
/// notify() hands the sentence to fallbackMessage() so the window can show it instead.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    /// Watches @p window (not owned): its close requests go through hideOnClose().
    explicit TrayIcon(QWidget *window, QObject *parent = nullptr);
    ~TrayIcon() override;

    /// Whether a system tray is there to keep LeadBridge running in.
    bool isAvailable() const;
    /// The admin's choice (Settings page), stored in QSettings "tray/keepRunning"; on by
    /// default.
    static bool keepRunningEnabled();
    static void setKeepRunningEnabled(bool enabled);
    /// True when closing the window should hide it and keep LeadBridge running: a tray exists,
    /// the admin wants it, and quit() was not asked for.
    bool hideOnClose() const;

    /// Shows @p title and @p sentence as a desktop notification, or emits fallbackMessage().
    void notify(const QString &title, const QString &sentence);

public Q_SLOTS:
    /// Brings the window back (tray click, "Open LeadBridge").
    void showWindow();
    /// Leaves for good: the next close is not turned into a hide, then the window closes.
    void quit();

Q_SIGNALS:
    /// A notification that no tray could show; the window shows it itself.
    void fallbackMessage(const QString &title, const QString &sentence);
    /// The window was hidden into the tray (once per session a notification says so).
    void hiddenToTray();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    bool m_quitting = false;
    bool m_toldHidden = false;
};

} // namespace LeadBridge
