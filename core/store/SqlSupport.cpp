#include "core/store/SqlSupport.h"

#include "core/util/LogCategories.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace LeadBridge {

QVariant SqlSupport::toColumn(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime SqlSupport::dateTimeFromColumn(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.toUTC();
}

QString SqlSupport::toJson(const QVariantMap &map)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

QVariantMap SqlSupport::mapFromJson(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qCWarning(lcStore) << "Malformed JSON column:" << error.errorString();
        return QVariantMap();
    }
    return doc.object().toVariantMap();
}

bool SqlSupport::exec(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    qCWarning(lcStore) << "SQL failed:" << what << "-" << query.lastError().text()
                       << "- statement:" << query.lastQuery();
    return false;
}

bool SqlSupport::exec(QSqlQuery &query, const QString &sql, const char *what)
{
    if (query.exec(sql))
        return true;
    qCWarning(lcStore) << "SQL failed:" << what << "-" << query.lastError().text()
                       << "- statement:" << sql;
    return false;
}

QDateTime SqlSupport::now()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace LeadBridge
