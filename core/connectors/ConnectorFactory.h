#pragma once

#include "core/connectors/ConnectorTypes.h"

class QNetworkAccessManager;
class QObject;

namespace LeadBridge {

class Connector;

/// Creates the connector for an account's kind. Call it in the thread that owns
/// @p nam (the engine thread); the connector lives there too.
class ConnectorFactory
{
public:
    /// A new connector for @p config.account.kind, parented to @p parent; nullptr only
    /// for a kind this build does not know.
    static Connector *create(
        const ConnectorConfig &config, QNetworkAccessManager *nam, QObject *parent = nullptr);
};

} // namespace LeadBridge
