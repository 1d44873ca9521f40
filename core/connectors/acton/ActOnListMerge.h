#pragma once

#include "core/connectors/acton/ActOnConnector.h"

#include <memory>

namespace LeadBridge {

/// One CSV merge into an Act-On list, the work behind ActOnConnector::mergeCsv(): reads the
/// list's headings, lays the rows out in exactly the list's columns (Act-On merges only files
/// whose columns match the list verbatim and 1:1 by index), then uploads one CSV per chunk of
/// ≤ ActOnConnector::maxChunkBytes() with uploadspecs/mergespecs and polls each chunk's job to
/// completion. The calls go through the connector (its sign-in, limiter and abort()).
class ActOnListMerge : public std::enable_shared_from_this<ActOnListMerge>
{
public:
    using ImportDone = ActOnConnector::ImportDone;

    /// Merges @p rows (values under @p headings) into the list @p listId of @p connector,
    /// matching contacts on @p mergeKey (empty = the e-mail heading). @p done runs exactly
    /// once, never inside this call.
    static void start(ActOnConnector *connector, const QString &listId, const QStringList &headings,
        const QList<QStringList> &rows, const QString &mergeKey, ImportDone done);

    explicit ActOnListMerge(ActOnConnector *connector);

private:
    /// Columns of a list as its download reports them.
    struct ListColumns
    {
        QStringList headings; ///< without "_contact_id_", in the list's order
        int emailColumn = -1; ///< index in headings
    };
    using ColumnsDone = std::function<void(const ListColumns &columns, const ApiError &error)>;

    void readListColumns(ColumnsDone done);
    /// Places the caller's columns under the list's; stops with a sentence when the list
    /// lacks one of them or has no e-mail column.
    void placeColumns(const ListColumns &columns);
    void mergeNextChunk();

    ActOnConnector *m_connector = nullptr;
    QString m_listId;
    QStringList m_headings; ///< the caller's, then (placeColumns) the list's own, in its order
    /// Freed once the last chunk's CSV is built: a job can run for many seconds, and a run keeps
    /// several merges in flight.
    QList<QStringList> m_rows;
    qsizetype m_total = 0; ///< rows to merge
    QString m_mergeKey; ///< the caller's, then the list's heading of it
    QList<bool> m_supplied; ///< per list column: whether the rows carry values for it
    int m_emailColumn = -1; ///< list column typed EMAIL in uploadspecs
    qsizetype m_next = 0;
    ActOnImportResult m_result;
    ImportDone m_done;
};

} // namespace LeadBridge
