#include "ui/AboutPage.h"

#include "Version.h"
#include "core/util/AppPaths.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace LeadBridge {

namespace {
QLabel *valueLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}
} // namespace

AboutPage::AboutPage(QWidget *parent)
    : BasePage(tr("About LeadBridge"),
        tr("Keeps people data flowing between ON24, Act-On, Salesforce and Pipeliner."), parent)
{
    setObjectName(QStringLiteral("aboutPage"));

    auto *row = new QHBoxLayout;
    row->setSpacing(24);
    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(
        QIcon(QStringLiteral(":/icons/leadbridge.svg")).pixmap(QSize(96, 96), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon, 0, Qt::AlignTop);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setVerticalSpacing(10);
    form->addRow(tr("Version:"),
        valueLabel(QStringLiteral(LEADBRIDGE_VERSION), QStringLiteral("versionValue"), this));
    form->addRow(tr("Qt version:"),
        valueLabel(tr("%1 (built with %2)")
                       .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
            QStringLiteral("qtVersionValue"), this));
    form->addRow(tr("Data folder:"),
        valueLabel(QDir::toNativeSeparators(AppPaths::dataDir()),
            QStringLiteral("aboutDataFolderValue"), this));
    form->addRow(tr("Log folder:"),
        valueLabel(QDir::toNativeSeparators(AppPaths::logDir()),
            QStringLiteral("aboutLogFolderValue"), this));
    form->addRow(tr("Settings file:"),
        valueLabel(QDir::toNativeSeparators(QSettings().fileName()),
            QStringLiteral("aboutSettingsFileValue"), this));
    form->addRow(tr("License:"),
        valueLabel(tr("Apache License 2.0. LeadBridge uses Qt under the GNU LGPL version 3."),
            QStringLiteral("licenseValue"), this));
    row->addLayout(form, 1);
    contentLayout()->addLayout(row);
    contentLayout()->addStretch(1);
}

} // namespace LeadBridge
