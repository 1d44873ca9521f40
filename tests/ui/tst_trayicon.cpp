#include "Version.h"
#include "ui/TrayIcon.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace LeadBridge;

/// The tray: keeps LeadBridge running after the window closes where a tray exists, and
/// otherwise behaves like a normal window whose notifications reach the window itself.
class TestTrayIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationDomain(QStringLiteral(LEADBRIDGE_ORG_DOMAIN));
        QCoreApplication::setApplicationName(QStringLiteral(LEADBRIDGE_NAME));
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
    }

    void keepRunningIsOnByDefaultAndStored()
    {
        QVERIFY(TrayIcon::keepRunningEnabled());
        TrayIcon::setKeepRunningEnabled(false);
        QVERIFY(!TrayIcon::keepRunningEnabled());
        QCOMPARE(QSettings().value(QStringLiteral("tray/keepRunning")).toBool(), false);
        TrayIcon::setKeepRunningEnabled(true);
        QVERIFY(TrayIcon::keepRunningEnabled());
    }

    void withoutTrayNotificationsReachTheWindowAndCloseQuits()
    {
        // The offscreen platform has no system tray, like some desktops.
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
        QWidget window;
        window.show();
        TrayIcon tray(&window);
        QVERIFY(!tray.isAvailable());
        QVERIFY(!tray.hideOnClose());
        QSignalSpy fallback(&tray, &TrayIcon::fallbackMessage);
        tray.notify(QStringLiteral("Contacts needs attention"),
            QStringLiteral("The last 3 scheduled runs failed."));
        QCOMPARE(fallback.count(), 1);
        QCOMPARE(fallback.first().at(0).toString(), QStringLiteral("Contacts needs attention"));
        QCOMPARE(fallback.first().at(1).toString(), QStringLiteral("The last 3 scheduled runs failed."));
        QSignalSpy hidden(&tray, &TrayIcon::hiddenToTray);
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
        QCOMPARE(hidden.count(), 0); // a real close, not a hide
    }

    void showWindowBringsItBack()
    {
        QWidget window;
        TrayIcon tray(&window);
        QVERIFY(!window.isVisible());
        tray.showWindow();
        QVERIFY(window.isVisible());
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
