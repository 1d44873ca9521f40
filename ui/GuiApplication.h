#pragma once

#include <QObject>

class QApplication;

namespace LeadBridge {

/// Composition root of the desktop app: parses the command line, installs
/// translations and logging, opens the journal and shows the main window.
class GuiApplication : public QObject
{
    Q_OBJECT
public:
    explicit GuiApplication(QObject *parent = nullptr);
    /// Runs the app; returns the process exit code.
    int run(QApplication &app);
};

} // namespace LeadBridge
