#include "tests/support/ui/SandboxControl.h"

#include "tests/support/RawHttp.h"

#include <QJsonDocument>

namespace LeadBridge::Test {

QJsonObject SandboxControl::call(const QUrl &base, const QByteArray &verb, const QString &path,
    const QJsonObject &body, int *status)
{
    QUrl url = base;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    RawHttp http;
    const RawReply reply = body.isEmpty()
        ? http.send(verb, url)
        : http.send(verb, url, { { "Content-Type", "application/json" } },
            QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (status)
        *status = reply.status;
    return reply.json();
}

QJsonArray SandboxControl::records(const QUrl &base, const QString &object)
{
    return call(
        base, "GET", QStringLiteral("/_sandbox/records/%1?offset=0&limit=100000").arg(object))
        .value(QStringLiteral("records"))
        .toArray();
}

QHash<QString, QJsonObject> SandboxControl::listRows(const QUrl &acton, const QString &listId)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &v : records(acton, listId)) {
        const QJsonObject row = v.toObject();
        out.insert(row.value(QStringLiteral("E-mail Address")).toString().trimmed().toLower(), row);
    }
    return out;
}

int SandboxControl::patch(
    const QUrl &base, const QString &object, const QString &id, const QJsonObject &fields)
{
    int status = 0;
    call(base, "PATCH", QStringLiteral("/_sandbox/records/%1/%2").arg(object, id), fields, &status);
    return status;
}

} // namespace LeadBridge::Test
