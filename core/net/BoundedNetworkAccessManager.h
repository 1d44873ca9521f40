#pragma once

#include <QNetworkAccessManager>

namespace LeadBridge {

/// A QNetworkAccessManager for code that cannot go through HttpClient (Qt NetworkAuth's token
/// exchange): it never follows redirects (a 3xx reaches the caller, so a password or code in
/// the body never goes to another host) and aborts every reply whose body grows past a cap
/// while it arrives. An aborted reply carries the property "leadbridgeOverCap" = true.
class BoundedNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit BoundedNetworkAccessManager(qint64 maxBodyBytes, QObject *parent = nullptr);

    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    /// Whether @p reply was aborted for going over the cap.
    static bool wasOverCap(const QNetworkReply *reply);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
        QIODevice *outgoingData = nullptr) override;

private:
    qint64 m_maxBodyBytes;
};

} // namespace LeadBridge
