#include "core/engine/SystemForecast.h"

#include "core/engine/AccountService.h"

#include <QJsonValue>
#include <QLocale>

namespace LeadBridge {

namespace {
QString number(qint64 n)
{
    return QLocale().toString(n);
}
} // namespace

qint64 SystemForecast::remaining() const
{
    if (dailyAllowance < 0 || usedToday < 0)
        return -1;
    return qMax<qint64>(0, dailyAllowance - usedToday);
}

AllowanceWarning SystemForecast::warning() const
{
    const qint64 left = remaining();
    if (left < 0)
        return AllowanceWarning::None;
    if (calls() >= left)
        return AllowanceWarning::Exhausts;
    if (double(left - calls()) < kNearShare * double(dailyAllowance))
        return AllowanceWarning::Near;
    return AllowanceWarning::None;
}

QString SystemForecast::warningText() const
{
    const QString system = systemName(kind);
    switch (warning()) {
    case AllowanceWarning::None:
        return {};
    case AllowanceWarning::Near:
        return tr("This run would leave less than 10 % of today's %1 allowance for “%2” "
                  "(%3 of %4 calls left afterwards). Other flows of this account may run out.")
            .arg(system, accountName, number(remaining() - calls()), number(dailyAllowance));
    case AllowanceWarning::Exhausts:
        return tr("This run needs about %1 %2 calls but only %3 of today's %4 are left for "
                  "“%5”: it would stop when the allowance runs out. Run it later or with fewer "
                  "records.")
            .arg(number(calls()), system, number(remaining()), number(dailyAllowance), accountName);
    }
    return {};
}

QString SystemForecast::systemName(AccountKind kind)
{
    return AccountService::kindDisplayName(kind);
}

QString SystemForecast::warningToString(AllowanceWarning warning)
{
    switch (warning) {
    case AllowanceWarning::None:
        return QStringLiteral("none");
    case AllowanceWarning::Near:
        return QStringLiteral("near");
    case AllowanceWarning::Exhausts:
        return QStringLiteral("exhausts");
    }
    return {};
}

QJsonObject SystemForecast::toJson() const
{
    const auto known = [](qint64 n) { return n < 0 ? QJsonValue() : QJsonValue(n); };
    return QJsonObject {
        { QStringLiteral("system"), Account::kindToString(kind) },
        { QStringLiteral("account"), accountName },
        { QStringLiteral("account_id"), accountId },
        { QStringLiteral("records"), known(records) },
        { QStringLiteral("read_calls"), readCalls },
        { QStringLiteral("write_calls"), writeCalls },
        { QStringLiteral("forecast_calls"), calls() },
        { QStringLiteral("used_today"), known(usedToday) },
        { QStringLiteral("remaining"), known(remaining()) },
        { QStringLiteral("daily_allowance"), known(dailyAllowance) },
        { QStringLiteral("usage_source"), usageSource },
        { QStringLiteral("warning"), warningToString(warning()) },
        { QStringLiteral("warning_text"), warningText() },
    };
}

} // namespace LeadBridge
