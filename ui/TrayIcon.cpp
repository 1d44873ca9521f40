#include "ui/TrayIcon.h"

#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QWidget>

namespace LeadBridge {

namespace {
const QString kKeepRunningKey = QStringLiteral("tray/keepRunning");
}

TrayIcon::TrayIcon(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    if (m_window)
        m_window->installEventFilter(this);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_menu = new QMenu();
    m_menu->addAction(tr("&Open LeadBridge"), this, &TrayIcon::showWindow);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit LeadBridge"), this, &TrayIcon::quit);
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/leadbridge.svg")), this);
    m_tray->setToolTip(tr("LeadBridge — scheduled flows keep running"));
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::showWindow);
    m_tray->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::isAvailable() const
{
    return m_tray != nullptr;
}

bool TrayIcon::keepRunningEnabled()
{
    return QSettings().value(kKeepRunningKey, true).toBool();
}

void TrayIcon::setKeepRunningEnabled(bool enabled)
{
    QSettings().setValue(kKeepRunningKey, enabled);
}

bool TrayIcon::hideOnClose() const
{
    return isAvailable() && keepRunningEnabled() && !m_quitting;
}

void TrayIcon::notify(const QString &title, const QString &sentence)
{
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(title, sentence, QSystemTrayIcon::Warning, 15000);
        return;
    }
    Q_EMIT fallbackMessage(title, sentence);
}

void TrayIcon::showWindow()
{
    if (!m_window)
        return;
    m_window->show();
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->raise();
    m_window->activateWindow();
}

void TrayIcon::quit()
{
    m_quitting = true;
    if (m_window && m_window->isVisible())
        m_window->close();
    QApplication::quit();
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && hideOnClose()) {
        // The window is only hidden: it keeps its geometry, and GuiApplication saves the
        // settings on QCoreApplication::aboutToQuit.
        event->ignore();
        m_window->hide();
        Q_EMIT hiddenToTray();
        if (!m_toldHidden && m_tray && QSystemTrayIcon::supportsMessages()) {
            m_toldHidden = true;
            m_tray->showMessage(tr("LeadBridge is still running"),
                tr("Scheduled flows keep running. Open LeadBridge or quit it from the tray icon."),
                QSystemTrayIcon::Information, 8000);
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace LeadBridge
