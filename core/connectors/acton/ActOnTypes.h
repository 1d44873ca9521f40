#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace LeadBridge {

/// One contact list as GET /api/1/list?listingtype=CONTACT_LIST reports it.
struct ActOnListInfo
{
    QString id; ///< "l-0001"
    QString name;
    QString folderName;
    qint64 size = -1; ///< sourceSize (sent as a string by Act-On), -1 when absent
    QDateTime lastModified; ///< tsLastModified (epoch ms), UTC
};

/// One page of a list download: the headings (the record id column first) and the rows.
struct ActOnListPage
{
    QString listId;
    QStringList headers; ///< "_contact_id_", then the list's headings
    QList<QStringList> rows; ///< every value a string, the record id first
    qint64 offset = 0;
    qint64 totalCount = -1;
    int emailColumn = -1; ///< index in headers, -1 when not selected
    int pageNumber = 0; ///< 1-based
    bool last = false;
};

/// Options of a list download beyond the fields.
struct ActOnDownloadOptions
{
    int pageSize = 1000; ///< JSON rows per call, at most 1000
    QDateTime modifiedAfter; ///< invalid = the whole list
    bool dateQualifiers = false; ///< add __created_date/__modified_date (not with fields)
    /// JSON reads whose first page reports more matching rows than this are read as one CSV
    /// download with the same filters instead (one call instead of one per 1000 rows);
    /// -1 = always JSON pages.
    qint64 csvAbove = -1;
};

/// One entry of the opt-out, hard-bounce or spam-complaint list.
struct ActOnSuppression
{
    QString email;
    QDateTime timestamp; ///< UTC
    QString origin;
};

/// What a CSV merge or a list creation with a file reported.
struct ActOnImportResult
{
    QString listId;
    QString jobId; ///< the last job (one per uploaded chunk)
    qint64 appendCount = 0;
    qint64 updateCount = 0;
    qint64 failedCount = 0;
    qint64 rejectedCount = 0;
    int chunks = 0; ///< CSV files uploaded
    qint64 bytesUploaded = 0;
    int callsUsed = 0; ///< HTTP calls made for the import (uploads and status polls)
    int jobWaits = 0; ///< status polls that found a job still pending or running
};

/// One entry of a bulk delete's "failedList": {"id": "l-0001:a", "reason": "Invalid contact id"}
/// (Act-On OpenAPI, DELETE /api/1/list/{listid}/record, example "Failed Records").
struct ActOnFailedDelete
{
    QString id;
    QString reason;
};

/// Outcome of a bulk delete.
struct ActOnDeleteResult
{
    int successCount = 0;
    int failCount = 0;
    QList<ActOnFailedDelete> failed; ///< records Act-On could not delete, with its reason
    int callsUsed = 0;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::ActOnListInfo)
Q_DECLARE_METATYPE(LeadBridge::ActOnListPage)
Q_DECLARE_METATYPE(LeadBridge::ActOnImportResult)
