#pragma once

#include <QObject>

#include <functional>

class QApplication;
class QCommandLineParser;

namespace LeadBridge {

class AccountService;
class MainWindow;

/// Composition root of the desktop app: parses the command line, installs
/// translations and shows the main window (or takes the screenshot tour).
class GuiApplication : public QObject
{
    Q_OBJECT
public:
    explicit GuiApplication(QObject *parent = nullptr);
    /// Runs the app; returns the process exit code.
    int run(QApplication &app);

    /// Shows @p window at a fixed size, visits every page and saves one
    /// main-<page>.png per page into @p dir. Prints one line per file written.
    /// Returns false (after printing why) if a file could not be written.
    static bool takeScreenshots(MainWindow &window, const QString &dir);
    /// After takeScreenshots(): saves the Salesforce link dialog as
    /// accounts-link-salesforce.png into @p dir (one line per file).
    static bool takeAccountScreenshots(
        MainWindow &window, AccountService *accounts, const QString &dir);
    /// After takeScreenshots() with the demo flows: saves the flow editor of each kind
    /// (flow-editor-<kind>.png, once its live look-ups answered) and the schedule dialog
    /// (schedule-dialog.png) into @p dir, then calls @p done with the result. Waits for the
    /// look-ups with timers, never with a nested event loop.
    static void takeFlowScreenshots(
        MainWindow &window, const QString &dir, std::function<void(bool)> done);
    /// Refreshes the Hot Prospects page with the sandbox's Act-On and Salesforce accounts
    /// (every list) and saves hot-prospects.png into @p dir, then calls @p done.
    static void takeHotProspectsScreenshot(
        MainWindow &window, const QString &dir, std::function<void(bool)> done);
};

} // namespace LeadBridge
