#include "app/sandboxwiring/InProcessSandbox.h"
#include "ui/GuiApplication.h"

#include <QApplication>

#include <cstring>

int main(int argc, char *argv[])
{
    // --help, --version and --screenshots need no screen: let them run on a machine
    // without a display instead of aborting in the platform plugin.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY")
        && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY")) {
        for (int i = 1; i < argc; ++i) {
            const char *arg = argv[i];
            if (!std::strcmp(arg, "--help") || !std::strcmp(arg, "-h")
                || !std::strcmp(arg, "--version") || !std::strcmp(arg, "-v")
                || !std::strncmp(arg, "--screenshots", 13)) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
                break;
            }
        }
    }
    QApplication app(argc, argv);
    // "Try the sandbox" and the demo mode run the emulators in this process.
    LeadBridge::InProcessSandbox::registerProvider();
    LeadBridge::GuiApplication gui;
    return gui.run(app);
}
