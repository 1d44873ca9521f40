#pragma once

#include <QMainWindow>

namespace LeadBridge {

/// The main window: left navigation, pages, toolbar and status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace LeadBridge
