#include "core/mapping/MarketingFieldType.h"

#include <QCoreApplication>

namespace LeadBridge {

QList<MarketingFieldType> MarketingFieldTypes::all()
{
    return { MarketingFieldType::Boolean, MarketingFieldType::Date, MarketingFieldType::Datetime,
        MarketingFieldType::Text, MarketingFieldType::Number, MarketingFieldType::Score,
        MarketingFieldType::Email, MarketingFieldType::MultiText };
}

QString MarketingFieldTypes::toString(MarketingFieldType type)
{
    switch (type) {
    case MarketingFieldType::Boolean:
        return QStringLiteral("boolean");
    case MarketingFieldType::Date:
        return QStringLiteral("date");
    case MarketingFieldType::Datetime:
        return QStringLiteral("datetime");
    case MarketingFieldType::Text:
        return QStringLiteral("text");
    case MarketingFieldType::Number:
        return QStringLiteral("number");
    case MarketingFieldType::Score:
        return QStringLiteral("score");
    case MarketingFieldType::Email:
        return QStringLiteral("email");
    case MarketingFieldType::MultiText:
        return QStringLiteral("multi-text");
    }
    return QString();
}

MarketingFieldType MarketingFieldTypes::fromString(const QString &text, bool *ok)
{
    QString key = text.trimmed().toLower();
    if (key == QLatin1String("multitext") || key == QLatin1String("multi_text"))
        key = QStringLiteral("multi-text");
    for (auto type : all()) {
        if (toString(type) == key) {
            if (ok)
                *ok = true;
            return type;
        }
    }
    if (ok)
        *ok = false;
    return MarketingFieldType::Text;
}

QString MarketingFieldTypes::displayName(MarketingFieldType type)
{
    switch (type) {
    case MarketingFieldType::Boolean:
        return QCoreApplication::translate("LeadBridge::MarketingFieldTypes", "Boolean");
    case MarketingFieldType::Date:
        return QCoreApplication::translate("LeadBridge::MarketingFieldTypes", "Date");
    case MarketingFieldType::Datetime:
        return QCoreApplication::translate("LeadBridge::MarketingFieldTypes", "Datetime");
    case MarketingFieldType::Text:
        return QCoreApplication::translate("LeadBridge::MarketingFieldTypes", "Text");
    case MarketingFieldType::Number:
        return QCoreApplication::translate("LeadBridge::MarketingFieldTypes", "Number");
    case MarketingFieldType::Score:
        return QCoreApplication::translate("LeadBridge::MarketingFieldTypes", "Score");
    case MarketingFieldType::Email:
        return QCoreApplication::translate("LeadBridge::MarketingFieldTypes", "Email");
    case MarketingFieldType::MultiText:
        return QCoreApplication::translate("LeadBridge::MarketingFieldTypes", "Multi-Text");
    }
    return QString();
}

} // namespace LeadBridge
