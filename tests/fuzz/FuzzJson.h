#pragma once

// Walks every object of a JSON document (depth-first, bounded), as the connectors' record
// readers meet them in answers: root, "data"/"records"/"registrants" arrays and nested values.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace LeadBridge::Fuzz {

inline void forEachObject(const QJsonValue &value, const std::function<void(const QJsonObject &)> &f,
    int depth = 0)
{
    if (depth > 64)
        return;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        f(o);
        for (auto it = o.begin(); it != o.end(); ++it)
            forEachObject(it.value(), f, depth + 1);
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            forEachObject(v, f, depth + 1);
    }
}

inline void forEachObject(const QByteArray &bytes, const std::function<void(const QJsonObject &)> &f)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject())
        forEachObject(QJsonValue(doc.object()), f);
    else if (doc.isArray())
        forEachObject(QJsonValue(doc.array()), f);
}

} // namespace LeadBridge::Fuzz
