#include "app/cli/ScheduleCommand.h"

#include "app/cli/FlowsCommand.h"
#include "core/model/Schedule.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/store/ScheduleRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace LeadBridge {

namespace {
/// "6h", "90m", "1h30m" or a bare number of minutes ("240") in minutes; -1 when unreadable.
int parseIntervalMinutes(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:(\\d{1,5})\\s*h)?\\s*(?:(\\d{1,6})\\s*(?:m|min)?)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return -1;
    return m.captured(1).toInt() * 60 + m.captured(2).toInt();
}

/// "every 6 hours", "every 90 minutes", "daily at 06:30" (24-hour clock, for scripts too).
QString scheduleText(const Schedule &s)
{
    if (s.kind == Schedule::Kind::Daily)
        return QCoreApplication::translate("LeadBridge::CommandLine", "daily at %1")
            .arg(s.dailyTime.toString(QStringLiteral("HH:mm")));
    const int minutes = s.intervalMinutes;
    if (minutes == 60)
        return QCoreApplication::translate("LeadBridge::CommandLine", "every hour");
    if (minutes % 60 == 0) {
        const int hours = minutes / 60;
        return QCoreApplication::translate("LeadBridge::CommandLine", "every %n hours", nullptr, hours);
    }
    if (minutes == 1)
        return QCoreApplication::translate("LeadBridge::CommandLine", "every minute");
    return QCoreApplication::translate(
        "LeadBridge::CommandLine", "every %n minutes", nullptr, minutes);
}
} // namespace

int ScheduleCommand::run(const QString &flowName, const QString &every, const QString &daily,
    bool off, bool json, QTextStream &out, QTextStream &err)
{
    const int choices = (every.isEmpty() ? 0 : 1) + (daily.isEmpty() ? 0 : 1) + (off ? 1 : 0);
    if (choices > 1) {
        err << tr("Choose one of --every, --daily and --off.") << Qt::endl;
        return UsageError;
    }
    if (choices == 1 && flowName.isEmpty()) {
        err << tr("Say which flow: “leadbridge-cli schedule FLOW --every 6h”.") << Qt::endl;
        return UsageError;
    }
    Journal journal;
    if (!openJournal(journal, err))
        return JournalError;
    ScheduleRepository schedules(journal);
    qint64 flowId = 0;
    if (!flowName.isEmpty()) {
        const auto flow = FlowsCommand::find(journal, flowName);
        if (!flow) {
            err << flow.errorString() << Qt::endl;
            return UsageError;
        }
        flowId = flow->id;
    }
    if (choices == 1) {
        Status saved;
        if (off) {
            saved = schedules.remove(flowId);
        } else {
            Schedule s;
            s.flowId = flowId;
            if (!every.isEmpty()) {
                s.kind = Schedule::Kind::Interval;
                s.intervalMinutes = parseIntervalMinutes(every);
                if (s.intervalMinutes <= 0) {
                    err << tr("--every needs an interval in hours or minutes, e.g. --every 6h, "
                              "--every 90m or --every 1h30m.")
                        << Qt::endl;
                    return UsageError;
                }
            } else {
                s.kind = Schedule::Kind::Daily;
                s.dailyTime = QTime::fromString(daily, QStringLiteral("H:mm"));
                if (!s.dailyTime.isValid()) {
                    err << tr("--daily needs a time of day as HH:MM, e.g. --daily 06:30.")
                        << Qt::endl;
                    return UsageError;
                }
            }
            // The same rules as the Flows page: e.g. at most every 4 hours with Salesforce.
            if (const QString why = schedules.problem(s); !why.isEmpty()) {
                err << safeLines(why) << Qt::endl;
                return UsageError;
            }
            s.nextRunAt = s.nextAfter(QDateTime::currentDateTimeUtc());
            saved = schedules.set(s);
        }
        if (!saved) {
            err << saved.errorString() << Qt::endl;
            return JournalError;
        }
    }
    const auto all = schedules.list();
    if (!all) {
        err << all.errorString() << Qt::endl;
        return JournalError;
    }
    FlowRepository flows(journal);
    QJsonArray array;
    QStringList lines;
    for (const Schedule &s : all.value()) {
        if (flowId > 0 && s.flowId != flowId)
            continue;
        const auto flow = flows.get(s.flowId);
        if (!flow)
            continue; // a deleted flow's schedule is gone with it
        const QString name = flow->name;
        if (json) {
            array.append(QJsonObject {
                { QStringLiteral("flow_id"), s.flowId },
                { QStringLiteral("flow"), name },
                { QStringLiteral("kind"),
                    s.kind == Schedule::Kind::Interval ? QStringLiteral("interval")
                                                       : QStringLiteral("daily") },
                { QStringLiteral("interval_minutes"),
                    s.kind == Schedule::Kind::Interval ? QJsonValue(s.intervalMinutes)
                                                       : QJsonValue() },
                { QStringLiteral("daily_time"),
                    s.kind == Schedule::Kind::Daily
                        ? QJsonValue(s.dailyTime.toString(QStringLiteral("HH:mm")))
                        : QJsonValue() },
                { QStringLiteral("text"), scheduleText(s) },
                { QStringLiteral("next_run_at"), isoOrEmpty(s.nextRunAt) },
                { QStringLiteral("enabled"), s.enabled },
                { QStringLiteral("flow_enabled"), flow->enabled },
                { QStringLiteral("failures"), s.failures },
                { QStringLiteral("retry_at"), isoOrEmpty(s.retryAt) },
                { QStringLiteral("attention"), flow->attention },
            });
            continue;
        }
        QStringList notes;
        if (s.nextRunAt.isValid())
            notes << tr("next %1").arg(localTimeText(s.nextRunAt));
        if (!s.enabled || !flow->enabled)
            notes << tr("paused");
        if (s.failures > 0)
            notes << (s.failures == 1 ? tr("1 failure")
                                      : tr("%n failures in a row", nullptr, s.failures));
        if (s.retryAt.isValid())
            notes << tr("retry %1").arg(localTimeText(s.retryAt));
        if (!flow->attention.isEmpty())
            notes << tr("needs attention: %1").arg(safe(flow->attention));
        lines << QStringLiteral("%1  %2  %3")
                     .arg(pad(cell(name, 28), 28), pad(scheduleText(s), 22),
                         notes.join(QStringLiteral("; ")));
    }
    if (json) {
        writeJson(out, array);
        return Ok;
    }
    if (lines.isEmpty()) {
        out << (flowId > 0 ? tr("This flow has no schedule.") : tr("No scheduled runs."))
            << Qt::endl;
        return Ok;
    }
    for (const QString &line : lines)
        out << line << Qt::endl;
    return Ok;
}

} // namespace LeadBridge
