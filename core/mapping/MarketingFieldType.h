#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace LeadBridge {

/// Data type of an Act-On marketing field (the choices of Act-On's Data Type drop-down).
enum class MarketingFieldType { Boolean, Date, Datetime, Text, Number, Score, Email, MultiText };

/// Conversions between MarketingFieldType and its stable storage and display names.
struct MarketingFieldTypes
{
    /// Every type, in Act-On's drop-down order.
    static QList<MarketingFieldType> all();
    /// Stable storage name: "boolean", "date", "datetime", "text", "number", "score",
    /// "email", "multi-text".
    static QString toString(MarketingFieldType type);
    /// Parses a storage name (case-insensitive; "multitext" and "multi_text" are accepted).
    /// Unknown names give Text and set @p ok to false.
    static MarketingFieldType fromString(const QString &text, bool *ok = nullptr);
    /// Translated name a person sees ("Multi-Text").
    static QString displayName(MarketingFieldType type);
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::MarketingFieldType)
