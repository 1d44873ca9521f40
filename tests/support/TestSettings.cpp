#include "tests/support/TestSettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace LeadBridge::Test {

void TestSettings::useIniIn(const QString &dir)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
}

void TestSettings::useTestApplication(const QString &dir)
{
    useIniIn(dir);
    QCoreApplication::setOrganizationDomain(QStringLiteral("leadbridge.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("LeadBridge"));
}

} // namespace LeadBridge::Test
