#include "ui/SettingsPage.h"

#include "core/util/AppPaths.h"
#include "ui/Translations.h"
#include "ui/TrayIcon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace LeadBridge {

namespace {
QLabel *pathLabel(const QString &path, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(QDir::toNativeSeparators(path), parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}
} // namespace

SettingsPage::SettingsPage(QWidget *parent)
    : BasePage(tr("Settings"), tr("Preferences for this computer."), parent)
    , m_startupLanguage(Translations::storedLanguage())
{
    setObjectName(QStringLiteral("settingsPage"));

    auto *languageBox = new QGroupBox(tr("Language"), this);
    languageBox->setObjectName(QStringLiteral("languageGroup"));
    auto *languageForm = new QFormLayout(languageBox);
    languageForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_language = new QComboBox(languageBox);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const Translations::Language &language : Translations::availableLanguages())
        m_language->addItem(language.label, language.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_startupLanguage)));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *languageLabel = new QLabel(tr("&Interface language:"), languageBox);
    languageLabel->setBuddy(m_language);
    languageForm->addRow(languageLabel, m_language);
    m_languageNote = new QLabel(
        tr("LeadBridge will use the new language the next time it starts."), languageBox);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setVisible(false);
    languageForm->addRow(m_languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::onLanguageChosen);
    contentLayout()->addWidget(languageBox);

    auto *dataBox = new QGroupBox(tr("Data"), this);
    dataBox->setObjectName(QStringLiteral("dataGroup"));
    auto *dataLayout = new QVBoxLayout(dataBox);
    auto *dataForm = new QFormLayout;
    dataForm->addRow(tr("Data folder:"),
        pathLabel(AppPaths::dataDir(), QStringLiteral("dataFolderValue"), dataBox));
    dataForm->addRow(tr("Settings file:"),
        pathLabel(QSettings().fileName(), QStringLiteral("settingsFileValue"), dataBox));
    dataLayout->addLayout(dataForm);
    auto *note = new QLabel(tr("The data folder holds the sync history and the logs. Passwords and "
                               "tokens are never stored there: they stay in your system keychain."),
        dataBox);
    note->setWordWrap(true);
    dataLayout->addWidget(note);
    m_openDataFolder = new QPushButton(tr("&Open Data Folder"), dataBox);
    m_openDataFolder->setObjectName(QStringLiteral("openDataFolderButton"));
    m_openDataFolder->setToolTip(tr("Show the data folder in your file manager"));
    connect(m_openDataFolder, &QPushButton::clicked, this, &SettingsPage::openDataFolder);
    dataLayout->addWidget(m_openDataFolder, 0, Qt::AlignLeft);
    m_openError = new QLabel(dataBox);
    m_openError->setObjectName(QStringLiteral("openDataFolderError"));
    m_openError->setWordWrap(true);
    m_openError->setVisible(false);
    dataLayout->addWidget(m_openError);
    contentLayout()->addWidget(dataBox);

    auto *runningBox = new QGroupBox(tr("Scheduled flows"), this);
    runningBox->setObjectName(QStringLiteral("runningGroup"));
    auto *runningLayout = new QVBoxLayout(runningBox);
    m_keepRunning = new QCheckBox(
        tr("&Keep running in the system tray when the window is closed"), runningBox);
    m_keepRunning->setObjectName(QStringLiteral("keepRunningCheck"));
    m_keepRunning->setChecked(TrayIcon::keepRunningEnabled());
    connect(m_keepRunning, &QCheckBox::toggled, this, &TrayIcon::setKeepRunningEnabled);
    runningLayout->addWidget(m_keepRunning);
    auto *runningNote = new QLabel(
        tr("Schedules run while LeadBridge runs. Where the desktop has no system tray, or on a "
           "server, run “leadbridge-cli run-due” from cron or a systemd timer instead (see "
           "docs/schedules.md)."),
        runningBox);
    runningNote->setWordWrap(true);
    runningLayout->addWidget(runningNote);
    contentLayout()->addWidget(runningBox);
    contentLayout()->addStretch(1);
}

void SettingsPage::onLanguageChosen(int index)
{
    const QString code = m_language->itemData(index).toString();
    Translations::setStoredLanguage(code);
    m_languageNote->setVisible(code != m_startupLanguage);
}

void SettingsPage::openDataFolder()
{
    const QString dir = AppPaths::dataDir();
    const bool opened = QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
    m_openError->setText(
        tr("Could not open the data folder in a file manager. Open %1 yourself, or install a file "
           "manager that handles folders.")
            .arg(QDir::toNativeSeparators(dir)));
    m_openError->setVisible(!opened);
}

} // namespace LeadBridge
