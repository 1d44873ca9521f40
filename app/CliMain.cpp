#include "app/cli/CommandLine.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    LeadBridge::CommandLine::applyApplicationMetadata();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = LeadBridge::CommandLine().run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
