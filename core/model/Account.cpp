#include "core/model/Account.h"

#include <QRegularExpression>

namespace LeadBridge {

QString Account::kindToString(AccountKind kind)
{
    switch (kind) {
    case AccountKind::On24:
        return QStringLiteral("on24");
    case AccountKind::ActOn:
        return QStringLiteral("acton");
    case AccountKind::Salesforce:
        return QStringLiteral("salesforce");
    case AccountKind::Pipeliner:
        return QStringLiteral("pipeliner");
    }
    return QString();
}

AccountKind Account::kindFromString(const QString &text, bool *ok)
{
    for (auto kind : { AccountKind::On24, AccountKind::ActOn, AccountKind::Salesforce,
             AccountKind::Pipeliner }) {
        if (kindToString(kind) == text) {
            if (ok)
                *ok = true;
            return kind;
        }
    }
    if (ok)
        *ok = false;
    return AccountKind::On24;
}

QString Account::statusToString(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Unchecked:
        return QStringLiteral("unchecked");
    case AccountStatus::Linked:
        return QStringLiteral("linked");
    case AccountStatus::NeedsAttention:
        return QStringLiteral("needs_attention");
    }
    return QString();
}

AccountStatus Account::statusFromString(const QString &text, bool *ok)
{
    for (auto status :
        { AccountStatus::Unchecked, AccountStatus::Linked, AccountStatus::NeedsAttention }) {
        if (statusToString(status) == text) {
            if (ok)
                *ok = true;
            return status;
        }
    }
    if (ok)
        *ok = false;
    return AccountStatus::Unchecked;
}

bool Account::isSecretSettingKey(const QString &key)
{
    // Compare on a normalised form so "api_key", "API-Key" and "apiKey" all match.
    QString normalised = key.toLower();
    normalised.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    static const QStringList markers = {
        QStringLiteral("password"),
        QStringLiteral("passwd"),
        QStringLiteral("passphrase"),
        QStringLiteral("secret"),
        QStringLiteral("token"),
        QStringLiteral("apikey"),
        QStringLiteral("accesskey"),
        QStringLiteral("privatekey"),
        QStringLiteral("credential"),
        QStringLiteral("sessionid"),
        QStringLiteral("bearer"),
        QStringLiteral("authorization"),
        QStringLiteral("cookie"),
    };
    for (const QString &marker : markers) {
        if (normalised.contains(marker))
            return true;
    }
    return normalised == QStringLiteral("pwd") || normalised == QStringLiteral("key")
        || normalised.endsWith(QStringLiteral("pwd"));
}

QString Account::firstSecretSettingKey(const QVariantMap &settings)
{
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        if (isSecretSettingKey(it.key()))
            return it.key();
        if (it.value().typeId() == QMetaType::QVariantMap) {
            const QString nested = firstSecretSettingKey(it.value().toMap());
            if (!nested.isEmpty())
                return it.key() + QLatin1Char('.') + nested;
        }
    }
    return QString();
}

} // namespace LeadBridge
