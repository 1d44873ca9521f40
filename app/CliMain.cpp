#include "Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("LeadBridge"));
    QCoreApplication::setOrganizationDomain(QStringLiteral(LEADBRIDGE_ORG_DOMAIN));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADBRIDGE_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "LeadBridge headless engine"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
