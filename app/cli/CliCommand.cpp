#include "app/cli/CliCommand.h"

#include "core/engine/AccountService.h"
#include "core/model/RecordChange.h"
#include "core/model/RunWords.h"
#include "core/store/HistoryQuery.h"
#include "core/store/Journal.h"
#include "core/util/AppPaths.h"
#include "core/util/TerminalText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_WIN
#include <io.h>
#define LEADBRIDGE_ISATTY _isatty
#define LEADBRIDGE_FILENO _fileno
#else
#include <unistd.h>
#define LEADBRIDGE_ISATTY isatty
#define LEADBRIDGE_FILENO fileno
#endif

namespace LeadBridge {

void CliCommand::writeJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

void CliCommand::writeJson(QTextStream &out, const QJsonArray &array)
{
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    out.flush();
}

QString CliCommand::safe(const QString &text)
{
    return TerminalText::safe(text);
}

QString CliCommand::safeLines(const QString &text)
{
    return TerminalText::safe(text, TerminalText::Lines::Keep);
}

QString CliCommand::pad(const QString &text, int width)
{
    return text.leftJustified(width);
}

QString CliCommand::num(qint64 n)
{
    return QString::number(n);
}

QString CliCommand::cell(const QString &text, int width)
{
    QString t = text;
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    t.remove(QLatin1Char('\r'));
    t = safe(t);
    if (t.size() > width)
        t = t.left(width - 1) + QChar(0x2026);
    return t;
}

QString CliCommand::isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString CliCommand::localTimeText(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString CliCommand::countsText(const RunCounts &c)
{
    return QCoreApplication::translate("LeadBridge::CommandLine",
        "%1 created, %2 updated, %3 deleted, %4 skipped, %5 conflicts, %6 errors")
        .arg(num(c.created), num(c.updated), num(c.deleted), num(c.skipped), num(c.conflicts),
            num(c.errors));
}

QJsonObject CliCommand::runJson(const HistoryRun &h)
{
    const RunSummary &r = h.run;
    return {
        { QStringLiteral("id"), r.id },
        { QStringLiteral("flow_id"), r.flowId },
        { QStringLiteral("flow"), h.flowName },
        { QStringLiteral("trigger"), RunSummary::triggerToString(r.trigger) },
        { QStringLiteral("mode"), RunSummary::modeToString(r.mode) },
        { QStringLiteral("status"), RunSummary::statusToString(r.status) },
        { QStringLiteral("status_text"), RunWords::status(r.status) },
        { QStringLiteral("started_at"), isoOrEmpty(r.startedAt) },
        { QStringLiteral("finished_at"), isoOrEmpty(r.finishedAt) },
        { QStringLiteral("duration_ms"),
            r.startedAt.isValid() && r.finishedAt.isValid()
                ? QJsonValue(r.startedAt.msecsTo(r.finishedAt))
                : QJsonValue() },
        { QStringLiteral("created"), r.counts.created },
        { QStringLiteral("updated"), r.counts.updated },
        { QStringLiteral("deleted"), r.counts.deleted },
        { QStringLiteral("skipped"), r.counts.skipped },
        { QStringLiteral("conflicts"), r.counts.conflicts },
        { QStringLiteral("errors"), r.counts.errors },
        { QStringLiteral("calls_used"), r.callsUsed },
        { QStringLiteral("error"), r.errorSummary },
        { QStringLiteral("undo_of"), r.undoOfRunId > 0 ? QJsonValue(r.undoOfRunId) : QJsonValue() },
        { QStringLiteral("applies_preview"),
            r.appliesPreviewRunId > 0 ? QJsonValue(r.appliesPreviewRunId) : QJsonValue() },
    };
}

QJsonObject CliCommand::changeJson(const RecordChange &c)
{
    return {
        { QStringLiteral("system"), c.system },
        { QStringLiteral("object"), c.object },
        { QStringLiteral("record_key"), c.recordKey },
        { QStringLiteral("operation"), RecordChange::operationToString(c.operation) },
        { QStringLiteral("field"), c.field },
        { QStringLiteral("old_value"), c.oldValue },
        { QStringLiteral("new_value"), c.newValue },
        { QStringLiteral("reason"), c.reason },
    };
}

QJsonObject CliCommand::accountJson(const Account &a)
{
    QJsonObject settings = QJsonObject::fromVariantMap(AccountService::withoutUrlUserInfo(a.settings));
    return {
        { QStringLiteral("id"), a.id },
        { QStringLiteral("kind"), Account::kindToString(a.kind) },
        { QStringLiteral("system"), AccountService::kindDisplayName(a.kind) },
        { QStringLiteral("name"), a.name },
        { QStringLiteral("location"), AccountService::locationText(a) },
        { QStringLiteral("status"), Account::statusToString(a.status) },
        { QStringLiteral("status_text"), AccountService::statusWord(a.status) },
        { QStringLiteral("last_check_at"),
            a.lastCheckAt.isValid() ? a.lastCheckAt.toUTC().toString(Qt::ISODate) : QString() },
        { QStringLiteral("settings"), settings },
    };
}

bool CliCommand::openJournal(Journal &journal, QTextStream &err)
{
    const Status opened = journal.open(AppPaths::journalPath(), QStringLiteral("leadbridge-cli"));
    if (!opened)
        err << opened.errorString() << Qt::endl;
    return bool(opened);
}

bool CliCommand::isTerminal(std::FILE *stream)
{
    return LEADBRIDGE_ISATTY(LEADBRIDGE_FILENO(stream));
}

} // namespace LeadBridge
