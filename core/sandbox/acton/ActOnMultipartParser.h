#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace LeadBridge::Sandbox {

/// Parser for multipart/form-data bodies (RFC 7578) as the Act-On list
/// endpoints receive them. Part data are views into the body passed to
/// parse(): the body must outlive the parts. No copies of large files are made.
class ActOnMultipartParser
{
public:
    struct Part
    {
        QByteArray name; ///< form field name from Content-Disposition
        QByteArray filename; ///< empty when the part is not a file
        QByteArray contentType; ///< part Content-Type, empty if absent
        QByteArrayView data;
    };

    /// Parses @p body using the boundary of @p contentTypeHeader (the full
    /// Content-Type header value). Returns false and sets errorString() on
    /// a missing boundary, a missing delimiter or a part without a name.
    bool parse(const QByteArray &contentTypeHeader, const QByteArray &body);

    const QList<Part> &parts() const { return m_parts; }
    /// First part named @p name (case-insensitive), or nullptr.
    const Part *part(QByteArrayView name) const;
    /// First part that carries a filename, or nullptr.
    const Part *firstFile() const;
    /// Text value of part @p name (UTF-8), or @p fallback when absent.
    QString value(QByteArrayView name, const QString &fallback = {}) const;
    QString errorString() const { return m_error; }

    /// The boundary parameter of a Content-Type value (unquoted), or empty.
    static QByteArray boundaryOf(const QByteArray &contentTypeHeader);

private:
    QList<Part> m_parts;
    QString m_error;
};

} // namespace LeadBridge::Sandbox
