#include "core/connectors/ConnectorFactory.h"

#include "core/connectors/acton/ActOnConnector.h"
#include "core/connectors/on24/On24Connector.h"
#include "core/connectors/pipeliner/PipelinerConnector.h"
#include "core/connectors/salesforce/SalesforceConnector.h"

namespace LeadBridge {

Connector *ConnectorFactory::create(
    const ConnectorConfig &config, QNetworkAccessManager *nam, QObject *parent)
{
    switch (config.account.kind) {
    case AccountKind::On24:
        return new On24Connector(config, nam, parent);
    case AccountKind::ActOn:
        return new ActOnConnector(config, nam, parent);
    case AccountKind::Salesforce:
        return new SalesforceConnector(config, nam, parent);
    case AccountKind::Pipeliner:
        return new PipelinerConnector(config, nam, parent);
    }
    return nullptr;
}

} // namespace LeadBridge
