#include "core/util/LogCategories.h"

Q_LOGGING_CATEGORY(lcApp, "leadbridge.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "leadbridge.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "leadbridge.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "leadbridge.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConnectors, "leadbridge.connectors", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "leadbridge.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "leadbridge.ui", QtInfoMsg)
