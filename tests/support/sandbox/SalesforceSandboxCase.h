#pragma once

#include "core/sandbox/salesforce/SalesforceEmulator.h"
#include "tests/support/RawHttp.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

namespace LeadBridge::Test {

/// Base of the Salesforce emulator tests over raw HTTP (tests/sandbox/tst_sandbox_salesforce*):
/// a fresh emulator seeded with a small world, an access token from the password grant, and
/// the HTTP helpers the tests call it with. Written from shared/reference/api-salesforce-
/// pipeliner.md part A, never through LeadBridge connectors.
class SalesforceSandboxCase : public QObject
{
    Q_OBJECT

protected:
    /// Six people (Ada, Bob, Cleo leads; Dan, Eve contacts; Finn nowhere in Salesforce), the
    /// user Sam Seller and the campaign "Spring webinar" (Ada, Bob, Dan, Finn).
    static Sandbox::DemoDataset smallWorld();

    /// Starts a new emulator with smallWorld() and signs in (the tests' init()).
    void startEmulator();
    /// Throws the emulator away (the tests' cleanup()).
    void stopEmulator();

    QUrl url(const QString &path) const;
    /// POSTs @p items as an HTML form.
    RawReply form(const QString &path, const QList<QPair<QString, QString>> &items);
    /// Calls the REST API (v50.0) with the access token.
    RawReply rest(const QByteArray &verb, const QString &path, const QByteArray &body = {},
        RawHttp::Headers extra = {});
    RawReply restJson(const QByteArray &verb, const QString &path, const QJsonObject &o);
    /// Runs @p soql through /query.
    RawReply query(const QString &soql, RawHttp::Headers extra = {});
    /// The access token of the password grant with the demo user.
    QString passwordLogin();
    /// @p r is a REST error of @p status with one error of @p code and a message.
    void expectError(const RawReply &r, int status, const QString &code);
    /// GETs @p u without following a redirect (the authorize endpoint answers 302).
    RawReply noRedirect(const QUrl &u);
    /// The statusCode of the first error of one sObject Collections result.
    static QString firstErrorCode(const QJsonValue &result);
    /// The Id of the first record @p soql finds.
    QString firstId(const QString &soql);

    std::unique_ptr<Sandbox::SalesforceEmulator> m_emu;
    RawHttp m_http;
    QNetworkAccessManager m_nam;
    QString m_token;
};

} // namespace LeadBridge::Test
