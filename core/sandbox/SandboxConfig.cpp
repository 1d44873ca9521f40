#include "core/sandbox/SandboxConfig.h"

#include <QCoreApplication>

namespace LeadBridge::Sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("LeadBridge::Sandbox::SandboxConfig", text);
}

constexpr int kMaxSize = 5000000;
} // namespace

QStringList SandboxConfig::allEmulators()
{
    return { u"on24"_s, u"acton"_s, u"salesforce"_s, u"pipeliner"_s };
}

int SandboxConfig::portOffset(const QString &name)
{
    return int(allEmulators().indexOf(name));
}

bool SandboxConfig::parseEmulatorList(const QString &list, QStringList *out, QString *error)
{
    QStringList names;
    for (const QString &part : list.split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed().toLower();
        if (name.isEmpty())
            continue;
        if (portOffset(name) < 0) {
            if (error)
                *error = tr("Unknown emulator \"%1\". Choose from: %2.")
                             .arg(name, allEmulators().join(u", "_s));
            return false;
        }
        if (!names.contains(name))
            names.append(name);
    }
    if (names.isEmpty()) {
        if (error)
            *error = tr("No emulator named. Choose one or more of: %1.")
                         .arg(allEmulators().join(u", "_s));
        return false;
    }
    *out = names;
    return true;
}

bool SandboxConfig::parseFaults(
    const QString &spec, QHash<QString, FaultSettings> *out, QString *error)
{
    QHash<QString, FaultSettings> result = *out;
    for (const QString &group : spec.split(u';', Qt::SkipEmptyParts)) {
        if (group.trimmed().isEmpty())
            continue;
        const qsizetype colon = group.indexOf(u':');
        if (colon < 0) {
            if (error)
                *error = tr("Fault settings \"%1\" name no emulator. Write them as "
                            "emulator:name=value,… for example acton:latency=50,error=0.1.")
                             .arg(group.trimmed());
            return false;
        }
        const QString who = group.left(colon).trimmed().toLower();
        QStringList targets;
        if (who == u"all" || who == u"*")
            targets = allEmulators();
        else if (portOffset(who) >= 0)
            targets = { who };
        else {
            if (error)
                *error = tr("Unknown emulator \"%1\" in the fault settings. Choose from: %2 "
                            "(or all).")
                             .arg(who, allEmulators().join(u", "_s));
            return false;
        }
        for (const QString &target : std::as_const(targets)) {
            FaultSettings settings = result.value(target);
            QString why;
            if (!FaultSettings::parseSpec(group.mid(colon + 1), &settings, &why)) {
                if (error)
                    *error = tr("Fault settings for %1 are not valid: %2.").arg(target, why);
                return false;
            }
            result.insert(target, settings);
        }
    }
    *out = result;
    return true;
}

bool SandboxConfig::validate(QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (emulators.isEmpty())
        return fail(
            tr("No emulator chosen. Choose one or more of: %1.").arg(allEmulators().join(u", "_s)));
    for (const QString &name : emulators) {
        if (portOffset(name) < 0)
            return fail(tr("Unknown emulator \"%1\". Choose from: %2.")
                            .arg(name, allEmulators().join(u", "_s)));
    }
    for (auto it = faults.cbegin(); it != faults.cend(); ++it) {
        if (portOffset(it.key()) < 0)
            return fail(tr("Fault settings name an unknown emulator \"%1\".").arg(it.key()));
    }
    if (dataFile.isEmpty() && (size < 1 || size > kMaxSize))
        return fail(tr("The demo data size must be between 1 and %1 people; %2 was given.")
                        .arg(kMaxSize)
                        .arg(size));
    if (portBase != 0 && int(portBase) + int(allEmulators().size()) - 1 > 65535)
        return fail(tr("The port base %1 is too high: the sandbox needs %1 to %2 and ports end "
                       "at 65535. Choose a lower port base, or 0 for free ports.")
                        .arg(portBase)
                        .arg(int(portBase) + int(allEmulators().size()) - 1));
    return true;
}

} // namespace LeadBridge::Sandbox
