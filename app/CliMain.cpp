#include "app/cli/CommandLine.h"
#include "app/sandboxwiring/InProcessSandbox.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // `leadbridge-cli sandbox` and flows on sandbox accounts run the emulators in this process.
    LeadBridge::InProcessSandbox::registerProvider();
    LeadBridge::CommandLine::applyApplicationMetadata();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = LeadBridge::CommandLine().run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
