#pragma once

#include "core/net/ApiError.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

namespace LeadBridge {

/// Progress check for one paging loop (Salesforce nextRecordsUrl and Bulk locators, Act-On
/// and ON24 offsets, Pipeliner cursors): a cursor handed out twice, a page whose records were
/// all on the page before (a server ignoring the offset) or more pages than any real answer
/// has end the loop with a sentence instead of letting it run for ever. Memory is bounded by
/// the cursors of one fetch and the keys of one page.
class PagingGuard
{
    Q_DECLARE_TR_FUNCTIONS(PagingGuard)
public:
    /// More pages than this in one fetch is taken for a loop (10 million records at the
    /// smallest page size of 100).
    static constexpr int kDefaultMaxPages = 100'000;

    /// @p system names the service ("Act-On"), @p what the listing ("the list Webinar
    /// leads") in the sentence.
    PagingGuard(const QString &system, const QString &what, int maxPages = kDefaultMaxPages);

    /// Call before asking for the next page at @p cursor (URL, locator, offset, end cursor).
    /// Returns an error (Kind::Malformed, not retryable) when @p cursor was used before in
    /// this fetch or the page ceiling is reached.
    ApiError nextCursor(const QString &cursor);
    /// Call with the record keys (ids, e-mail addresses) of a page just read. Returns an error
    /// when the page had keys and every one of them was already on the previous page.
    ApiError pageRead(const QStringList &keys);

    /// The loop error for a lack of progress the caller found itself (e.g. a page whose
    /// records were all seen on earlier pages); @p technical goes to the log.
    ApiError noProgress(const QString &technical) const { return loopError(technical); }

    int pages() const { return m_pages; }
    int maxPages() const { return m_maxPages; }

private:
    ApiError loopError(const QString &technical, bool ceiling = false) const;

    QString m_system;
    QString m_what;
    int m_maxPages;
    int m_pages = 0;
    QSet<QString> m_cursors;
    QSet<QString> m_lastKeys;
};

} // namespace LeadBridge
