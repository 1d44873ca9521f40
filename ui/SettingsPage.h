#pragma once

#include "ui/BasePage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace LeadBridge {

/// Settings that take effect today: the interface language and quick access
/// to the folder holding the journal and logs.
class SettingsPage : public BasePage
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget *parent = nullptr);

private:
    void onLanguageChosen(int index);
    void openDataFolder();

    QComboBox *m_language = nullptr;
    QCheckBox *m_keepRunning = nullptr;
    QLabel *m_languageNote = nullptr;
    QLabel *m_openError = nullptr;
    QPushButton *m_openDataFolder = nullptr;
    QString m_startupLanguage;
};

} // namespace LeadBridge
