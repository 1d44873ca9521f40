#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace LeadBridge {

/// The kind of system an account belongs to.
enum class AccountKind { On24, ActOn, Salesforce, Pipeliner };

/// Persisted health of an account ("Checking…" is a transient UI state and never stored).
enum class AccountStatus { Unchecked, Linked, NeedsAttention };

/// A linked account. Only non-secret settings (instance URL, client id, data
/// centre, user name...) live here and in the journal; passwords, tokens and
/// API secrets live in the OS keychain only.
struct Account
{
    qint64 id = 0;
    AccountKind kind = AccountKind::On24;
    QString name;
    QVariantMap settings;
    AccountStatus status = AccountStatus::Unchecked;
    QDateTime lastCheckAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    /// Stable storage name of @p kind ("on24", "acton", "salesforce", "pipeliner").
    static QString kindToString(AccountKind kind);
    /// Parses a storage name; unknown names give On24 and set @p ok to false.
    static AccountKind kindFromString(const QString &text, bool *ok = nullptr);
    /// Stable storage name of @p status ("unchecked", "linked", "needs_attention").
    static QString statusToString(AccountStatus status);
    /// Parses a storage name of a status; unknown names give Unchecked and ok=false.
    static AccountStatus statusFromString(const QString &text, bool *ok = nullptr);

    /// True when a settings key names secret material (password, token, secret,
    /// API key, private key, credential...). Such keys are never persisted.
    static bool isSecretSettingKey(const QString &key);
    /// The first key (dotted path for nested maps) of @p settings that names
    /// secret material, or an empty string when there is none.
    static QString firstSecretSettingKey(const QVariantMap &settings);
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::Account)
