#include "core/util/AppPaths.h"
#include "core/util/LogCategories.h"
#include "ui/GuiApplication.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    LeadBridge::GuiApplication gui;
    return gui.run(app);
}
