#include "app/cli/AccountsCommand.h"

#include "app/cli/CliServices.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace LeadBridge {

namespace {
/// "tokenKey", "token_key", "TOKEN-KEY" all become "tokenkey".
QString normalisedName(const QString &name)
{
    QString n = name.toLower();
    n.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    return n;
}

/// "tokenKey" -> "TOKEN_KEY".
QString environmentName(const QString &secretName)
{
    QString out;
    for (const QChar c : secretName) {
        if (c.isUpper() && !out.isEmpty())
            out += QLatin1Char('_');
        out += c.toUpper();
    }
    return QStringLiteral("LEADBRIDGE_SECRET_") + out;
}

} // namespace

int AccountsCommand::run(const QStringList &positional, const QStringList &names,
    const QStringList &settingArgs, bool json, QTextStream &out, QTextStream &err)
{
    const QString sub = positional.value(0);
    const QStringList subs = { QStringLiteral("list"), QStringLiteral("link"),
        QStringLiteral("test"), QStringLiteral("unlink") };
    if (!subs.contains(sub)) {
        err << (sub.isEmpty() ? tr("Say what to do with accounts: list, link, test or unlink.")
                              : tr("Unknown accounts command “%1”. Use list, link, test or "
                                   "unlink.")
                                    .arg(safe(sub)))
            << Qt::endl;
        return UsageError;
    }

    CliServices services;
    if (const Status opened = services.open(); !opened) {
        err << opened.errorString() << Qt::endl;
        return JournalError;
    }
    AccountService &accounts = *services.accounts;

    if (sub == QStringLiteral("list")) {
        if (positional.size() > 1) {
            err << tr("The accounts list command takes no further arguments.") << Qt::endl;
            return UsageError;
        }
        const auto all = accounts.accounts();
        if (!all) {
            err << all.errorString() << Qt::endl;
            return JournalError;
        }
        if (json) {
            QJsonArray array;
            for (const Account &a : all.value())
                array.append(accountJson(a));
            writeJson(out, array);
            return Ok;
        }
        if (all->isEmpty()) {
            out << tr("No accounts linked yet. Link one with “leadbridge-cli accounts link”, or "
                      "try the built-in sandbox with “leadbridge-cli sandbox”.")
                << Qt::endl;
            return Ok;
        }
        out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                   .arg(pad(tr("ID"), 4), pad(tr("System"), 10), pad(tr("Name"), 24),
                       pad(tr("Status"), 16), pad(tr("Last successful check"), 22),
                       tr("Region / address"))
            << Qt::endl;
        for (const Account &a : all.value()) {
            out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                       .arg(pad(num(a.id), 4), pad(AccountService::kindDisplayName(a.kind), 10),
                           pad(safe(a.name), 24), pad(AccountService::statusWord(a.status), 16),
                           pad(a.lastCheckAt.isValid()
                                   ? a.lastCheckAt.toUTC().toString(
                                         QStringLiteral("yyyy-MM-dd HH:mm"))
                                       + QStringLiteral(" UTC")
                                   : tr("Never"),
                               22),
                           safe(AccountService::locationText(a)))
                << Qt::endl;
        }
        return Ok;
    }

    if (sub == QStringLiteral("link")) {
        if (positional.size() != 2) {
            err << tr("Say which kind of account to link: on24, acton, salesforce or pipeliner, "
                      "e.g. “leadbridge-cli accounts link on24 --name Webinars --setting "
                      "clientId=41750”.")
                << Qt::endl;
            return UsageError;
        }
        QString kindText = positional.at(1).toLower();
        kindText.remove(QLatin1Char('-'));
        bool known = false;
        const AccountKind kind = Account::kindFromString(kindText, &known);
        if (!known) {
            err << tr("Unknown kind of account “%1”. Use on24, acton, salesforce or pipeliner.")
                       .arg(safe(positional.at(1)))
                << Qt::endl;
            return UsageError;
        }
        if (names.size() != 1 || names.constFirst().trimmed().isEmpty()) {
            err << tr("Give the account a name with --name.") << Qt::endl;
            return UsageError;
        }
        QVariantMap settings;
        for (const QString &pair : settingArgs) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                err << tr("Write each setting as key=value, e.g. --setting clientId=41750.")
                    << Qt::endl;
                return UsageError;
            }
            settings.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
        }
        if (kind == AccountKind::Salesforce
            && settings.value(QStringLiteral("authMethod")).toString().isEmpty())
            settings.insert(QStringLiteral("authMethod"), QStringLiteral("password"));
        if (kind == AccountKind::Salesforce
            && settings.value(QStringLiteral("loginUrl")).toString().isEmpty())
            settings.insert(
                QStringLiteral("loginUrl"), QStringLiteral("https://login.salesforce.com"));
        if (kind == AccountKind::On24
            && settings.value(QStringLiteral("dataCentre")).toString().isEmpty())
            settings.insert(QStringLiteral("dataCentre"),
                settings.contains(QStringLiteral("baseUrl")) ? QStringLiteral("custom")
                                                             : QStringLiteral("na"));

        // Secrets: environment first, then standard input (which wins) when it is not a terminal.
        const QStringList secretNames = AccountService::secretNames(kind);
        CredentialBundle secrets;
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : secretNames) {
            for (const QString &var : QStringList { environmentName(name),
                     QString(QStringLiteral("LEADBRIDGE_SECRET_") + name.toUpper()) }) {
                if (env.contains(var) && !env.value(var).isEmpty()) {
                    secrets.secrets.insert(name, env.value(var).toUtf8());
                    break;
                }
            }
        }
        if (!isTerminal(stdin)) {
            QFile input;
            if (input.open(stdin, QIODevice::ReadOnly)) {
                const QList<QByteArray> lines = input.readAll().split('\n');
                int lineNumber = 0;
                for (QByteArray line : lines) {
                    ++lineNumber;
                    if (line.endsWith('\r'))
                        line.chop(1);
                    if (line.trimmed().isEmpty() || line.trimmed().startsWith('#'))
                        continue;
                    const qsizetype eq = line.indexOf('=');
                    const QString key
                        = eq > 0 ? QString::fromUtf8(line.left(eq)).trimmed() : QString();
                    QString match;
                    for (const QString &name : secretNames) {
                        if (normalisedName(name) == normalisedName(key))
                            match = name;
                    }
                    if (match.isEmpty()) {
                        // Never echo the line: it may hold a secret.
                        err << tr("Line %1 of standard input is not one of this account's "
                                  "secrets. Write name=value with a name from: %2.")
                                   .arg(num(lineNumber), secretNames.join(QStringLiteral(", ")))
                            << Qt::endl;
                        return UsageError;
                    }
                    secrets.secrets.insert(match, line.mid(eq + 1));
                }
            }
        }

        const AccountOperationResult result
            = CliServices::waitFor([&](AccountService::Callback done) {
                  accounts.link(kind, names.constFirst(), settings, secrets, std::move(done));
              });
        if (!result.saved) {
            err << safeLines(result.message) << Qt::endl;
            return Failed;
        }
        const auto linked = accounts.account(result.accountId);
        if (json && linked) {
            QJsonObject o = accountJson(linked.value());
            o.insert(QStringLiteral("message"), result.message);
            writeJson(out, o);
        } else {
            out << tr("Linked “%1” (%2, account %3): %4")
                       .arg(safe(names.constFirst().trimmed()),
                           AccountService::kindDisplayName(kind), num(result.accountId),
                           AccountService::statusWord(result.status))
                << Qt::endl;
        }
        if (!result.ok) {
            err << safeLines(result.message) << Qt::endl;
            return Failed;
        }
        return Ok;
    }

    // test / unlink NAME|ID
    if (positional.size() != 2) {
        err << tr("Say which account, by name or number: “leadbridge-cli accounts %1 NAME”.")
                   .arg(safe(sub))
            << Qt::endl;
        return UsageError;
    }
    const auto found = accounts.find(positional.at(1));
    if (!found) {
        err << safeLines(found.errorString()) << Qt::endl;
        return Failed;
    }
    const Account account = found.value();
    if (sub == QStringLiteral("test")) {
        const AccountOperationResult result
            = CliServices::waitFor([&](AccountService::Callback done) {
                  accounts.testConnection(account.id, std::move(done));
              });
        if (json) {
            const auto after = accounts.account(account.id);
            QJsonObject o = after ? accountJson(after.value()) : QJsonObject();
            o.insert(QStringLiteral("message"), result.message);
            if (!result.info.displayName.isEmpty())
                o.insert(QStringLiteral("connected_as"), result.info.displayName);
            writeJson(out, o);
        } else {
            out << tr("%1: %2").arg(safe(account.name), AccountService::statusWord(result.status));
            if (result.ok && !result.info.displayName.isEmpty())
                out << QStringLiteral(" (") << safe(result.info.displayName) << QStringLiteral(")");
            out << Qt::endl;
        }
        if (!result.ok) {
            err << safeLines(result.message) << Qt::endl;
            return Failed;
        }
        return Ok;
    }

    const AccountOperationResult result = CliServices::waitFor(
        [&](AccountService::Callback done) { accounts.unlink(account.id, std::move(done)); });
    if (!result.ok) {
        err << safeLines(result.message) << Qt::endl;
        return Failed;
    }
    out << tr("Unlinked “%1” and deleted its secrets from the system keychain.")
               .arg(safe(account.name))
        << Qt::endl;
    return Ok;
}

} // namespace LeadBridge
