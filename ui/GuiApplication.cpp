#include "ui/GuiApplication.h"

#include "Version.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

namespace LeadBridge {

GuiApplication::GuiApplication(QObject *parent)
    : QObject(parent)
{
}

int GuiApplication::run(QApplication &app)
{
    QApplication::setApplicationName(QStringLiteral(LEADBRIDGE_NAME));
    QApplication::setOrganizationDomain(QStringLiteral(LEADBRIDGE_ORG_DOMAIN));
    QApplication::setApplicationVersion(QStringLiteral(LEADBRIDGE_VERSION));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace LeadBridge
