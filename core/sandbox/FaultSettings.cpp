#include "core/sandbox/FaultSettings.h"

#include <QStringList>

#include <cmath>
#include <limits>

namespace LeadBridge::Sandbox {

namespace {
struct Key
{
    const char *json;
    const char *flag;
};

// One table keeps the JSON names and the flag names in step.
constexpr Key kKeys[] = {
    {"latencyMs", "latency"},          {"latencyJitterMs", "jitter"},
    {"errorRate", "error"},            {"rateLimitRate", "ratelimit"},
    {"truncateRate", "truncate"},      {"malformedRate", "malformed"},
    {"dripBytesPerSecond", "drip"},    {"failNext", "failnext"},
    {"rateLimitNext", "ratelimitnext"}, {"truncateNext", "truncatenext"},
    {"malformedNext", "malformednext"}, {"tokenLifetimeSeconds", "tokenlifetime"},
    {"redirectRate", "redirect"},      {"oversizeRate", "oversize"},
    {"tokenExpiryEvery", "tokenexpiryevery"}, {"jobPendingNext", "jobpending"},
    {"seed", "seed"},
};

bool isRate(QLatin1StringView key)
{
    return key.endsWith(QLatin1StringView("Rate"));
}

bool assign(FaultSettings &s, QLatin1StringView key, double v, QString *error)
{
    // NaN and infinities pass every "< 0" / "> 1" test; refuse them before anything else.
    if (!std::isfinite(v)) {
        if (error)
            *error = QStringLiteral("%1 must be a finite number").arg(key);
        return false;
    }
    if (isRate(key) && (v < 0.0 || v > 1.0)) {
        if (error)
            *error = QStringLiteral("%1 must be between 0 and 1").arg(key);
        return false;
    }
    if (!isRate(key) && key != QLatin1StringView("tokenLifetimeSeconds") && v < 0) {
        if (error)
            *error = QStringLiteral("%1 must not be negative").arg(key);
        return false;
    }
    // Every whole-number knob has an upper bound, so int(v) below is always defined.
    double max = 0;
    if (key == QLatin1StringView("latencyMs") || key == QLatin1StringView("latencyJitterMs"))
        max = FaultSettings::kMaxLatencyMs;
    else if (key == QLatin1StringView("dripBytesPerSecond"))
        max = FaultSettings::kMaxDripBytesPerSecond;
    else if (key == QLatin1StringView("tokenLifetimeSeconds"))
        max = FaultSettings::kMaxTokenLifetimeSeconds;
    else if (key == QLatin1StringView("seed"))
        max = double(std::numeric_limits<quint32>::max());
    else if (!isRate(key))
        max = FaultSettings::kMaxCount;
    if (!isRate(key) && v > max) {
        if (error)
            *error = QStringLiteral("%1 must be at most %2").arg(key).arg(qint64(max));
        return false;
    }
    if (key == QLatin1StringView("tokenLifetimeSeconds") && v < -1) {
        if (error)
            *error = QStringLiteral("%1 must be -1 (the API's own) or a number of seconds")
                         .arg(key);
        return false;
    }
    if (!isRate(key) && v != std::floor(v)) {
        if (error)
            *error = QStringLiteral("%1 must be a whole number").arg(key);
        return false;
    }
    const int i = key == QLatin1StringView("seed") ? 0 : int(v);
    if (key == QLatin1StringView("latencyMs"))
        s.latencyMs = i;
    else if (key == QLatin1StringView("latencyJitterMs"))
        s.latencyJitterMs = i;
    else if (key == QLatin1StringView("errorRate"))
        s.errorRate = v;
    else if (key == QLatin1StringView("rateLimitRate"))
        s.rateLimitRate = v;
    else if (key == QLatin1StringView("truncateRate"))
        s.truncateRate = v;
    else if (key == QLatin1StringView("malformedRate"))
        s.malformedRate = v;
    else if (key == QLatin1StringView("dripBytesPerSecond"))
        s.dripBytesPerSecond = i;
    else if (key == QLatin1StringView("failNext"))
        s.failNext = i;
    else if (key == QLatin1StringView("rateLimitNext"))
        s.rateLimitNext = i;
    else if (key == QLatin1StringView("truncateNext"))
        s.truncateNext = i;
    else if (key == QLatin1StringView("malformedNext"))
        s.malformedNext = i;
    else if (key == QLatin1StringView("tokenLifetimeSeconds"))
        s.tokenLifetimeSeconds = i;
    else if (key == QLatin1StringView("redirectRate"))
        s.redirectRate = v;
    else if (key == QLatin1StringView("oversizeRate"))
        s.oversizeRate = v;
    else if (key == QLatin1StringView("tokenExpiryEvery"))
        s.tokenExpiryEvery = i;
    else if (key == QLatin1StringView("jobPendingNext"))
        s.jobPendingNext = i;
    else if (key == QLatin1StringView("seed"))
        s.seed = quint32(v);
    return true;
}
} // namespace

QJsonObject FaultSettings::toJson() const
{
    return QJsonObject{
        {QStringLiteral("latencyMs"), latencyMs},
        {QStringLiteral("latencyJitterMs"), latencyJitterMs},
        {QStringLiteral("errorRate"), errorRate},
        {QStringLiteral("rateLimitRate"), rateLimitRate},
        {QStringLiteral("truncateRate"), truncateRate},
        {QStringLiteral("malformedRate"), malformedRate},
        {QStringLiteral("dripBytesPerSecond"), dripBytesPerSecond},
        {QStringLiteral("failNext"), failNext},
        {QStringLiteral("rateLimitNext"), rateLimitNext},
        {QStringLiteral("truncateNext"), truncateNext},
        {QStringLiteral("malformedNext"), malformedNext},
        {QStringLiteral("tokenLifetimeSeconds"), tokenLifetimeSeconds},
        {QStringLiteral("redirectRate"), redirectRate},
        {QStringLiteral("oversizeRate"), oversizeRate},
        {QStringLiteral("tokenExpiryEvery"), tokenExpiryEvery},
        {QStringLiteral("jobPendingNext"), jobPendingNext},
        {QStringLiteral("seed"), qint64(seed)},
    };
}

FaultSettings FaultSettings::fromJson(const QJsonObject &json, const FaultSettings &base,
                                      QString *error)
{
    FaultSettings s = base;
    for (auto it = json.begin(); it != json.end(); ++it) {
        bool known = false;
        for (const Key &k : kKeys) {
            if (it.key() == QLatin1StringView(k.json)) {
                known = true;
                if (!it.value().isDouble()) {
                    if (error)
                        *error = QStringLiteral("%1 must be a number").arg(it.key());
                    return base;
                }
                if (!assign(s, QLatin1StringView(k.json), it.value().toDouble(), error))
                    return base;
            }
        }
        if (!known) {
            if (error)
                *error = QStringLiteral("unknown fault setting '%1'").arg(it.key());
            return base;
        }
    }
    return s;
}

bool FaultSettings::parseSpec(const QString &spec, FaultSettings *out, QString *error)
{
    FaultSettings s = *out;
    const QStringList parts = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString name = part.left(eq).trimmed().toLower();
        bool ok = false;
        const double value = eq < 0 ? 0.0 : part.mid(eq + 1).trimmed().toDouble(&ok);
        const Key *match = nullptr;
        for (const Key &k : kKeys) {
            if (name == QLatin1StringView(k.flag) || name == QString::fromLatin1(k.json).toLower())
                match = &k;
        }
        if (!match || !ok) {
            if (error)
                *error = QStringLiteral("bad fault setting '%1' (use name=value, names: "
                                        "latency, jitter, error, ratelimit, truncate, malformed, "
                                        "drip, failnext, ratelimitnext, truncatenext, "
                                        "malformednext, tokenlifetime, redirect, oversize, "
                                        "tokenexpiryevery, jobpending, seed)")
                             .arg(part);
            return false;
        }
        if (!assign(s, QLatin1StringView(match->json), value, error))
            return false;
    }
    *out = s;
    return true;
}

} // namespace LeadBridge::Sandbox
