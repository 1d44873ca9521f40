#include "core/engine/CallForecast.h"

#include <QJsonArray>
#include <QLocale>
#include <QStringList>

namespace LeadBridge {

qint64 CallForecast::totalCalls() const
{
    qint64 n = 0;
    for (const SystemForecast &s : systems)
        n += s.calls();
    return n;
}

AllowanceWarning CallForecast::worstWarning() const
{
    AllowanceWarning worst = AllowanceWarning::None;
    for (const SystemForecast &s : systems) {
        if (int(s.warning()) > int(worst))
            worst = s.warning();
    }
    return worst;
}

QString CallForecast::warningText() const
{
    QStringList lines;
    for (const SystemForecast &s : systems) {
        const QString text = s.warningText();
        if (!text.isEmpty())
            lines.append(text);
    }
    return lines.join(u'\n');
}

QString CallForecast::summaryLine() const
{
    if (!ok())
        return error;
    QStringList parts;
    for (const SystemForecast &s : systems)
        parts.append(
            tr("%1 %2").arg(SystemForecast::systemName(s.kind), QLocale().toString(s.calls())));
    const QString mode = preview ? tr("preview") : (full ? tr("full run") : tr("incremental run"));
    return tr("About %1 API calls: %2 (%3).")
        .arg(QLocale().toString(totalCalls()), parts.join(QStringLiteral(", ")), mode);
}

QJsonObject CallForecast::toJson() const
{
    QJsonArray list;
    for (const SystemForecast &s : systems)
        list.append(s.toJson());
    QJsonObject o {
        { QStringLiteral("flow_id"), flowId },
        { QStringLiteral("flow"), flowName },
        { QStringLiteral("kind"), Flow::kindToString(flowKind) },
        { QStringLiteral("mode"),
            preview ? QStringLiteral("preview")
                    : (full ? QStringLiteral("full") : QStringLiteral("incremental")) },
        { QStringLiteral("full_reason"), fullReason },
        { QStringLiteral("basis"), basis },
        { QStringLiteral("systems"), list },
        { QStringLiteral("total_calls"), totalCalls() },
        { QStringLiteral("warning"), SystemForecast::warningToString(worstWarning()) },
    };
    if (!ok())
        o.insert(QStringLiteral("error"), error);
    return o;
}

} // namespace LeadBridge
