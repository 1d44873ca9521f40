#include "core/util/Redactor.h"

#include <QRegularExpression>

namespace LeadBridge {

namespace {

// Names whose values are secrets: anything ending in token / secret / password /
// sessionId / api key (access_token, refresh_token, client_secret, accesstokensecret,
// securityToken, x-api-key ...) plus ON24's accesstokenkey. Anchored so that the whole
// field name must match, which leaves token_type, password_expired and the like alone.
const QString SecretName = QStringLiteral(
    R"((?<![A-Za-z0-9_.\-])[A-Za-z0-9_.\-]*?(?:token|secret|password|passwd|pwd|sessionid|session_id|apikey|api_key|api-key|accesstokenkey|client_assertion|code_verifier)(?![A-Za-z0-9_]))");

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

QList<Rule> buildRules()
{
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    const QString m = Redactor::mask();
    // Group 1 is kept before the mask, group 2 (if any) after it.
    const auto rule = [&](const QString &pattern, QRegularExpression::PatternOptions options) {
        QRegularExpression re(pattern, options);
        Q_ASSERT_X(re.isValid(), "Redactor", qPrintable(re.errorString() + u" in " + pattern));
        return Rule { re,
            QStringLiteral("\\1") + m
                + (re.captureCount() >= 2 ? QStringLiteral("\\2") : QString()) };
    };
    return {
        // Authorization: Bearer xyz / Basic xyz / OAuth xyz (header, JSON or key=value),
        // keeping the scheme.
        rule(
            QStringLiteral(
                R"((\b(?:proxy-)?authorization\b["']?\s*[:=]\s*["']?(?:(?:bearer|basic|oauth|digest|token|negotiate)\s+)?)[^\s"',;&]+)"),
            ci),
        // Cookie and Set-Cookie headers carry session ids: mask the whole value.
        rule(QStringLiteral(R"((\b(?:set-)?cookie\s*:\s*)[^\r\n]+)"), ci),
        // JSON: "access_token": "value" (escaped quotes inside the value are handled).
        rule(QStringLiteral(R"re((")re") + SecretName
                + QStringLiteral(R"re("\s*:\s*")(?:[^"\\]|\\.)*("))re"),
            ci),
        // XML: <sessionId>value</sessionId>, also with a namespace prefix (<sf:sessionId>).
        rule(QStringLiteral(R"((<(?:[\w.\-]+:)?)") + SecretName
                + QStringLiteral(R"((?:\s[^>]*)?>)[^<]*(</))"),
            ci),
        // Form, query and attribute text: password=value, client_secret="value".
        rule(QStringLiteral("(") + SecretName + QStringLiteral(R"(\s*=\s*["']?)[^\s&"'<>,;)]+)"),
            ci),
        // Header style and plain text: accesstokenkey: value, "token": 123, password: value.
        rule(QStringLiteral("(") + SecretName
                + QStringLiteral(R"re(["']?\s*:\s*)(?!["\s]|\[REDACTED\])[^\s"',;&<>}\])]+)re"),
            ci),
        // A bare Bearer token anywhere (case-sensitive to spare the English word "bearer").
        rule(QStringLiteral(R"(\b(Bearer\s+)[A-Za-z0-9\-._~+/!]{8,}=*)"), {}),
        // A bare Salesforce session id / access token: 00D<org id>!<token>.
        rule(QStringLiteral(R"(()\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._\-]+)"), {}),
        // User info in a URL (http://user:password@host): the whole user:password part.
        rule(QStringLiteral(R"((\b[a-z][a-z0-9+.\-]*://)[^\s/?#@"'<>]+(@))"), ci),
    };
}

} // namespace

QString Redactor::mask()
{
    return QStringLiteral("[REDACTED]");
}

QString Redactor::redact(const QString &text)
{
    // One set per thread: messages are logged from many threads, and this keeps the
    // compiled expressions out of any cross-thread sharing.
    thread_local const QList<Rule> rules = buildRules();
    QString out = text;
    for (const Rule &rule : rules)
        out.replace(rule.pattern, rule.replacement);
    return out;
}

} // namespace LeadBridge
