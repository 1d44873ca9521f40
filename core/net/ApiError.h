#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace LeadBridge {

/// What went wrong with one API call, in two voices: a sentence a marketing admin
/// understands (userMessage(), translated) and the technical detail for the log
/// (technicalDetail(), already redacted). A plain value; crosses threads.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None, ///< no error
        Auth, ///< credentials rejected (401, bad password / token)
        Permission, ///< authenticated but not allowed (403)
        NotFound, ///< 404 / 410
        Validation, ///< the server refused the data (400, 422 and other 4xx)
        RateLimited, ///< too many calls right now (429, vendor "slow down" answers)
        QuotaExhausted, ///< the daily/periodic allowance is used up
        Server, ///< 5xx
        Network, ///< no connection: refused, reset, DNS, TLS
        Timeout, ///< no complete answer in time (also 408)
        Malformed, ///< an answer that could not be read (bad or cut-off JSON)
        Cancelled, ///< abort() by the caller
        Storage, ///< this computer could not store what arrived (disk full, no temp folder)
    };

    /// Which credential an Auth error is about, for the sentence.
    enum class Credential { Credentials, Password, Token, ApiKey };

    ApiError() = default;
    ApiError(Kind kind, const QString &userMessage, const QString &technicalDetail = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    /// The sentence to show a person: what happened and what to do.
    QString userMessage() const { return m_userMessage; }
    /// Status line, vendor code, message and URL for the log; secrets redacted.
    QString technicalDetail() const { return m_technicalDetail; }
    int httpStatus() const { return m_httpStatus; }
    /// The vendor's own error code, e.g. "INVALID_SESSION_ID" or "invalid_grant".
    QString vendorCode() const { return m_vendorCode; }
    /// The vendor's own message text, when it sent one.
    QString vendorMessage() const { return m_vendorMessage; }
    /// Whether trying the same call again may succeed.
    bool isRetryable() const { return m_retryable; }
    /// Server-requested wait (Retry-After) in ms, -1 when none was given.
    qint64 retryAfterMs() const { return m_retryAfterMs; }

    ApiError &setKind(Kind kind);
    ApiError &setUserMessage(const QString &message);
    /// Stores @p detail after passing it through Redactor.
    ApiError &setTechnicalDetail(const QString &detail);
    ApiError &setHttpStatus(int status);
    ApiError &setVendorCode(const QString &code);
    ApiError &setVendorMessage(const QString &message);
    ApiError &setRetryable(bool retryable);
    ApiError &setRetryAfterMs(qint64 ms);

    /// "user sentence (technical detail)" for a log line.
    QString toLogString() const;

    /// Whether errors of @p kind are worth retrying by default.
    static bool defaultRetryable(Kind kind);
    /// Stable English name of @p kind ("RateLimited") for logs and tests.
    static QString kindName(Kind kind);

    /// The generic sentence for @p kind naming @p system ("Act-On") and @p account
    /// ("anna@example.com"). @p detail is the vendor's message (Validation, NotFound,
    /// Permission) or a duration (RateLimited, Timeout), and may be empty.
    static QString sentence(
        Kind kind, const QString &system, const QString &account, const QString &detail = {});
    /// "Act-On rejected the password for anna@example.com. Check it in Accounts → Act-On."
    static QString credentialsRejected(const QString &system, const QString &account,
        Credential credential = Credential::Credentials);
    /// "Act-On's daily limit of 30,000 calls for … is used up. …" with an optional time
    /// at which calls are expected to be allowed again.
    static QString quotaUsedUp(const QString &system, const QString &account, qint64 limit = -1,
        const QDateTime &resumeAt = {});
    /// "The Act-On server sent an answer larger than 64 MB; LeadBridge stopped reading it …"
    static QString answerTooLarge(const QString &system, const QString &account, qint64 capBytes);
    /// "Act-On (api.acton.com) redirected a call to another server (evil.example) …": a
    /// redirect LeadBridge refused so that no credential leaves the service's own host.
    static QString redirectRefused(
        const QString &system, const QString &fromHost, const QString &toHost);
    /// "… redirected a call more than 5 times …".
    static QString tooManyRedirects(const QString &system, int redirects);
    /// "LeadBridge could not save the download from Act-On for … in /tmp (No space left on
    /// device). Free disk space there, then sync again."
    static QString downloadNotSaved(const QString &system, const QString &account,
        const QString &folder, const QString &reason);
    /// "64 MB", "512 KB": a size for a sentence.
    static QString humanSize(qint64 bytes);
    /// "2 minutes", "45 seconds": a wait for a sentence.
    static QString humanDuration(qint64 ms);

private:
    Kind m_kind = Kind::None;
    QString m_userMessage;
    QString m_technicalDetail;
    int m_httpStatus = 0;
    QString m_vendorCode;
    QString m_vendorMessage;
    bool m_retryable = false;
    qint64 m_retryAfterMs = -1;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::ApiError)
