#include "app/cli/SandboxCommand.h"

#include "app/cli/CliServices.h"
#include "app/cli/StopSignal.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace LeadBridge {

int SandboxCommand::run(bool serve, bool reset, bool json, QTextStream &out, QTextStream &err)
{
    CliServices services;
    if (const Status opened = services.open(); !opened) {
        err << opened.errorString() << Qt::endl;
        return JournalError;
    }
    AccountService &accounts = *services.accounts;
    QStringList forgotten;
    if (reset) {
        const AccountOperationResult wiped = CliServices::waitFor(
            [&](AccountService::Callback done) { accounts.resetSandbox(std::move(done)); });
        if (!wiped.ok && !accounts.isSandboxRunning()) {
            err << safeLines(wiped.message) << Qt::endl;
            return Failed;
        }
        forgotten = wiped.flows;
        if (!json) {
            out << tr("The sandbox data was reset: the demo world is generated anew.") << Qt::endl;
            if (!forgotten.isEmpty())
                out << tr("These flows forgot the old sandbox records (their history stays; "
                          "their next run is a full sync): %1")
                           .arg(safe(forgotten.join(QStringLiteral(", "))))
                    << Qt::endl;
        }
    }
    const AccountOperationResult result = CliServices::waitFor(
        [&](AccountService::Callback done) { accounts.trySandbox(std::move(done)); });
    const auto endpoints = accounts.sandboxEndpoints();
    if (endpoints.isEmpty()) {
        err << safeLines(result.message) << Qt::endl;
        return Failed;
    }
    const auto all = accounts.accounts();
    if (json) {
        QJsonArray list;
        for (const auto &e : endpoints)
            list.append(QJsonObject { { QStringLiteral("name"), e.name },
                { QStringLiteral("base_url"), e.baseUrl.toString() } });
        QJsonArray linked;
        if (all) {
            for (const Account &a : all.value()) {
                if (a.settings.value(QStringLiteral("sandbox")).toBool())
                    linked.append(accountJson(a));
            }
        }
        QJsonObject answer { { QStringLiteral("endpoints"), list },
            { QStringLiteral("accounts"), linked }, { QStringLiteral("ok"), result.ok } };
        if (reset) {
            answer.insert(QStringLiteral("reset"), true);
            answer.insert(QStringLiteral("forgotten_flows"), QJsonArray::fromStringList(forgotten));
        }
        writeJson(out, answer);
    } else {
        out << tr("Sandbox emulators:") << Qt::endl;
        for (const auto &e : endpoints)
            out << QStringLiteral("  %1 %2").arg(pad(e.name, 11), e.baseUrl.toString()) << Qt::endl;
        out << tr("Sandbox accounts:") << Qt::endl;
        if (all) {
            for (const Account &a : all.value()) {
                if (a.settings.value(QStringLiteral("sandbox")).toBool())
                    out << QStringLiteral("  %1 %2")
                               .arg(pad(safe(a.name), 20), AccountService::statusWord(a.status))
                        << Qt::endl;
            }
        }
    }
    out.flush();
    if (!result.ok) {
        err << safeLines(result.message) << Qt::endl;
        return Failed;
    }
    if (serve) {
        err << tr("Serving the sandbox. Press Ctrl+C to stop.") << Qt::endl;
        {
            const StopSignal stop;
            QEventLoop loop;
            QTimer poll;
            // A signal handler may only set a flag; the loop looks at it a few times a second.
            QObject::connect(&poll, &QTimer::timeout, &loop, [&loop] {
                if (StopSignal::requested())
                    loop.quit();
            });
            poll.start(100);
            loop.exec();
        }
        err << tr("Sandbox stopped.") << Qt::endl;
    }
    return Ok;
}

} // namespace LeadBridge
