#include "core/net/ApiError.h"

#include "core/util/Redactor.h"

#include <QLocale>

namespace LeadBridge {

ApiError::ApiError(Kind kind, const QString &userMessage, const QString &technicalDetail)
    : m_kind(kind)
    , m_userMessage(userMessage)
    , m_technicalDetail(Redactor::redact(technicalDetail))
    , m_retryable(defaultRetryable(kind))
{ }

ApiError &ApiError::setKind(Kind kind)
{
    m_kind = kind;
    return *this;
}

ApiError &ApiError::setUserMessage(const QString &message)
{
    m_userMessage = message;
    return *this;
}

ApiError &ApiError::setTechnicalDetail(const QString &detail)
{
    m_technicalDetail = Redactor::redact(detail);
    return *this;
}

ApiError &ApiError::setHttpStatus(int status)
{
    m_httpStatus = status;
    return *this;
}

ApiError &ApiError::setVendorCode(const QString &code)
{
    m_vendorCode = code;
    return *this;
}

ApiError &ApiError::setVendorMessage(const QString &message)
{
    m_vendorMessage = Redactor::redact(message);
    return *this;
}

ApiError &ApiError::setRetryable(bool retryable)
{
    m_retryable = retryable;
    return *this;
}

ApiError &ApiError::setRetryAfterMs(qint64 ms)
{
    m_retryAfterMs = ms;
    return *this;
}

QString ApiError::toLogString() const
{
    if (m_technicalDetail.isEmpty())
        return m_userMessage;
    return m_userMessage + u" (" + kindName(m_kind) + u": " + m_technicalDetail + u')';
}

bool ApiError::defaultRetryable(Kind kind)
{
    switch (kind) {
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Malformed:
        return true;
    case Kind::None:
    case Kind::Auth:
    case Kind::Permission:
    case Kind::NotFound:
    case Kind::Validation:
    case Kind::QuotaExhausted:
    case Kind::Cancelled:
    case Kind::Storage:
        return false;
    }
    return false;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Auth:
        return QStringLiteral("Auth");
    case Kind::Permission:
        return QStringLiteral("Permission");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::Validation:
        return QStringLiteral("Validation");
    case Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case Kind::QuotaExhausted:
        return QStringLiteral("QuotaExhausted");
    case Kind::Server:
        return QStringLiteral("Server");
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Malformed:
        return QStringLiteral("Malformed");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case Kind::Storage:
        return QStringLiteral("Storage");
    }
    return QString();
}

QString ApiError::humanSize(qint64 bytes)
{
    if (bytes >= 1024LL * 1024 * 1024 && bytes % (1024LL * 1024 * 1024) == 0)
        return tr("%1 GB").arg(bytes / (1024LL * 1024 * 1024));
    if (bytes >= 1024 * 1024)
        return tr("%1 MB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024)
        return tr("%1 KB").arg(bytes / 1024);
    return tr("%n byte(s)", nullptr, int(bytes));
}

QString ApiError::answerTooLarge(const QString &system, const QString &account, qint64 capBytes)
{
    return tr("The %1 server sent an answer larger than %2 for %3; LeadBridge stopped reading "
              "it so that this computer does not run out of memory. Sync again later; if it "
              "keeps happening, ask %1 support why the answer is so large.")
        .arg(system, humanSize(capBytes), account);
}

QString ApiError::downloadNotSaved(
    const QString &system, const QString &account, const QString &folder, const QString &reason)
{
    return tr("LeadBridge could not save the download from %1 for %2 in %3 (%4). Free disk space "
              "there, or point TMPDIR at a folder with room, then sync again.")
        .arg(system, account, folder, reason);
}

QString ApiError::redirectRefused(
    const QString &system, const QString &fromHost, const QString &toHost)
{
    return tr("%1 (%2) redirected a call to another server (%3). LeadBridge did not follow it, "
              "so that your %1 credentials are never sent to %3. Check the server address of "
              "the %1 account; if it is right, ask %1 support about the redirect.")
        .arg(system, fromHost, toHost);
}

QString ApiError::tooManyRedirects(const QString &system, int redirects)
{
    return tr("%1 redirected a call more than %2 times, so LeadBridge gave up on it. Check the "
              "server address of the %1 account.")
        .arg(system)
        .arg(redirects);
}

QString ApiError::humanDuration(qint64 ms)
{
    const qint64 secs = (ms + 999) / 1000;
    // Singular and plural as separate sources so that English reads right without a
    // translator loaded (core runs headless too); %n keeps numerus forms for translators.
    if (secs < 90) {
        const int n = int(qMax<qint64>(secs, 1));
        return n == 1 ? tr("%n second", nullptr, n) : tr("%n seconds", nullptr, n);
    }
    const int mins = int((secs + 59) / 60);
    if (mins < 90)
        return tr("%n minutes", nullptr, mins);
    const int hours = (mins + 59) / 60;
    return tr("%n hours", nullptr, hours);
}

QString ApiError::credentialsRejected(
    const QString &system, const QString &account, Credential credential)
{
    // Full sentences per credential so that translators can inflect freely.
    switch (credential) {
    case Credential::Password:
        return tr("%1 rejected the password for %2. Check it in Accounts → %1.")
            .arg(system, account);
    case Credential::Token:
        return tr("%1 rejected the access token for %2. Check it in Accounts → %1.")
            .arg(system, account);
    case Credential::ApiKey:
        return tr("%1 rejected the API key for %2. Check it in Accounts → %1.")
            .arg(system, account);
    case Credential::Credentials:
        break;
    }
    return tr("%1 rejected the sign-in details for %2. Check them in Accounts → %1.")
        .arg(system, account);
}

QString ApiError::quotaUsedUp(
    const QString &system, const QString &account, qint64 limit, const QDateTime &resumeAt)
{
    QString first;
    if (limit > 0) {
        first = tr("%1's limit of %2 API calls for %3 is used up.")
                    .arg(system, QLocale().toString(limit), account);
    } else {
        first = tr("%1's API call limit for %2 is used up.").arg(system, account);
    }
    if (resumeAt.isValid()) {
        return first + u' '
            + tr("LeadBridge will continue after %1.")
                  .arg(QLocale().toString(resumeAt.toLocalTime(), QLocale::ShortFormat));
    }
    return first + u' ' + tr("LeadBridge will continue at the next scheduled sync.");
}

QString ApiError::sentence(
    Kind kind, const QString &system, const QString &account, const QString &detail)
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Auth:
        return credentialsRejected(system, account);
    case Kind::Permission:
        if (!detail.isEmpty()) {
            return tr("%1 did not allow this for %2: \"%3\". Ask your %1 administrator for the "
                      "missing permission, then sync again.")
                .arg(system, account, detail);
        }
        return tr("%1 did not allow this for %2. Ask your %1 administrator for the missing "
                  "permission, then sync again.")
            .arg(system, account);
    case Kind::NotFound:
        if (!detail.isEmpty()) {
            return tr("%1 could not find what LeadBridge asked for (%2): \"%3\". It may have been "
                      "deleted in %1; check the flow's settings.")
                .arg(system, account, detail);
        }
        return tr("%1 could not find what LeadBridge asked for (%2). It may have been deleted in "
                  "%1; check the flow's settings.")
            .arg(system, account);
    case Kind::Validation:
        if (!detail.isEmpty()) {
            return tr("%1 refused the data sent for %2: \"%3\". Correct the record or the field "
                      "mapping, then sync again.")
                .arg(system, account, detail);
        }
        return tr("%1 refused the data sent for %2. Correct the record or the field mapping, "
                  "then sync again.")
            .arg(system, account);
    case Kind::RateLimited:
        if (!detail.isEmpty()) {
            return tr("%1 asked LeadBridge to slow down (too many calls for %2). It will try again "
                      "in %3.")
                .arg(system, account, detail);
        }
        return tr("%1 asked LeadBridge to slow down (too many calls for %2). It will try again "
                  "at the next scheduled sync.")
            .arg(system, account);
    case Kind::QuotaExhausted:
        return quotaUsedUp(system, account);
    case Kind::Server:
        return tr("%1 had a problem on its side and did not complete the request for %2. "
                  "LeadBridge will try again at the next sync; if this keeps happening, check "
                  "%1's status page.")
            .arg(system, account);
    case Kind::Network:
        return tr("LeadBridge could not reach %1 for %2. Check the internet connection and proxy "
                  "settings, then sync again.")
            .arg(system, account);
    case Kind::Timeout:
        if (!detail.isEmpty()) {
            return tr("%1 did not answer within %3 for %2. LeadBridge will try again at the next "
                      "sync.")
                .arg(system, account, detail);
        }
        return tr("%1 did not answer in time for %2. LeadBridge will try again at the next sync.")
            .arg(system, account);
    case Kind::Malformed:
        return tr("%1 sent an answer for %2 that LeadBridge could not read. LeadBridge will try "
                  "again at the next sync; if this keeps happening, send the log to support.")
            .arg(system, account);
    case Kind::Cancelled:
        return tr("The request to %1 for %2 was cancelled.").arg(system, account);
    case Kind::Storage:
        return tr("LeadBridge could not store the answer of %1 for %2 on this computer. Free "
                  "disk space, then sync again.")
            .arg(system, account);
    }
    return QString();
}

} // namespace LeadBridge
