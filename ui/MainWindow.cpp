#include "ui/MainWindow.h"

namespace LeadBridge {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("LeadBridge"));
}

} // namespace LeadBridge
