#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace LeadBridge {

/// Builds a multipart/form-data body (RFC 7578) for Act-On's list create and merge calls.
class ActOnMultipart
{
public:
    /// Adds a text field (UTF-8).
    void addField(const QString &name, const QString &value);
    /// Adds a file part.
    void addFile(const QString &name, const QString &fileName, const QByteArray &contentType,
        const QByteArray &data);

    /// The Content-Type header value, boundary included.
    QByteArray contentType() const;
    /// The whole body. The boundary is chosen so it occurs in no part.
    QByteArray body();

private:
    struct Part
    {
        QString name;
        QString fileName;
        QByteArray contentType;
        QByteArray data;
    };
    QList<Part> m_parts;
    QByteArray m_boundary;
};

} // namespace LeadBridge
