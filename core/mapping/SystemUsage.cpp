#include "core/mapping/SystemUsage.h"

#include <QCoreApplication>

namespace LeadBridge {

namespace {

struct UsageName
{
    SystemUsage usage;
    const char *key;
    const char *display;
};

// One table for storage keys and display names so the two can never drift apart.
const UsageName kUsageNames[] = {
    { SystemUsage::None, "none", QT_TRANSLATE_NOOP("LeadBridge::SystemUsages", "None") },
    { SystemUsage::Email, "email", QT_TRANSLATE_NOOP("LeadBridge::SystemUsages", "Email") },
    { SystemUsage::FirstName, "first-name",
        QT_TRANSLATE_NOOP("LeadBridge::SystemUsages", "First name") },
    { SystemUsage::MiddleName, "middle-name",
        QT_TRANSLATE_NOOP("LeadBridge::SystemUsages", "Middle name") },
    { SystemUsage::LastName, "last-name",
        QT_TRANSLATE_NOOP("LeadBridge::SystemUsages", "Last name") },
    { SystemUsage::Company, "company", QT_TRANSLATE_NOOP("LeadBridge::SystemUsages", "Company") },
    { SystemUsage::JobTitle, "job-title",
        QT_TRANSLATE_NOOP("LeadBridge::SystemUsages", "Job title") },
    { SystemUsage::Phone, "phone", QT_TRANSLATE_NOOP("LeadBridge::SystemUsages", "Phone") },
    { SystemUsage::MobilePhone, "mobile-phone",
        QT_TRANSLATE_NOOP("LeadBridge::SystemUsages", "Mobile phone") },
    { SystemUsage::Street, "street", QT_TRANSLATE_NOOP("LeadBridge::SystemUsages", "Street") },
    { SystemUsage::City, "city", QT_TRANSLATE_NOOP("LeadBridge::SystemUsages", "City") },
    { SystemUsage::State, "state", QT_TRANSLATE_NOOP("LeadBridge::SystemUsages", "State") },
    { SystemUsage::PostalCode, "postal-code",
        QT_TRANSLATE_NOOP("LeadBridge::SystemUsages", "Postal code") },
    { SystemUsage::Country, "country", QT_TRANSLATE_NOOP("LeadBridge::SystemUsages", "Country") },
    { SystemUsage::Industry, "industry",
        QT_TRANSLATE_NOOP("LeadBridge::SystemUsages", "Industry") },
    { SystemUsage::LeadSource, "lead-source",
        QT_TRANSLATE_NOOP("LeadBridge::SystemUsages", "Lead source") },
    { SystemUsage::Score, "score", QT_TRANSLATE_NOOP("LeadBridge::SystemUsages", "Score") },
    { SystemUsage::OptOut, "opt-out", QT_TRANSLATE_NOOP("LeadBridge::SystemUsages", "Opt-out") },
    { SystemUsage::HardBounce, "hard-bounce",
        QT_TRANSLATE_NOOP("LeadBridge::SystemUsages", "Hard bounce") },
};

} // namespace

QList<SystemUsage> SystemUsages::all()
{
    QList<SystemUsage> out;
    for (const auto &entry : kUsageNames)
        out.append(entry.usage);
    return out;
}

QString SystemUsages::toString(SystemUsage usage)
{
    for (const auto &entry : kUsageNames) {
        if (entry.usage == usage)
            return QString::fromLatin1(entry.key);
    }
    return QString();
}

SystemUsage SystemUsages::fromString(const QString &text, bool *ok)
{
    const QString key = text.trimmed().toLower();
    for (const auto &entry : kUsageNames) {
        if (key == QLatin1String(entry.key)) {
            if (ok)
                *ok = true;
            return entry.usage;
        }
    }
    if (ok)
        *ok = false;
    return SystemUsage::None;
}

QString SystemUsages::displayName(SystemUsage usage)
{
    for (const auto &entry : kUsageNames) {
        if (entry.usage == usage)
            return QCoreApplication::translate("LeadBridge::SystemUsages", entry.display);
    }
    return QString();
}

} // namespace LeadBridge
