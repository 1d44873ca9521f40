#include "core/connectors/PagingGuard.h"

#include "core/util/LogCategories.h"

namespace LeadBridge {

PagingGuard::PagingGuard(const QString &system, const QString &what, int maxPages)
    : m_system(system)
    , m_what(what)
    , m_maxPages(maxPages > 0 ? maxPages : kDefaultMaxPages)
{ }

ApiError PagingGuard::nextCursor(const QString &cursor)
{
    if (m_pages + 1 > m_maxPages) {
        return loopError(QStringLiteral("paging %1: more than %2 pages; stopped")
                             .arg(m_what)
                             .arg(m_maxPages),
            true);
    }
    if (m_cursors.contains(cursor)) {
        return loopError(QStringLiteral("paging %1: the server handed out the cursor '%2' a "
                                        "second time (after %3 pages); stopped")
                             .arg(m_what, cursor.left(200))
                             .arg(m_pages));
    }
    m_cursors.insert(cursor);
    return {};
}

ApiError PagingGuard::pageRead(const QStringList &keys)
{
    ++m_pages;
    if (m_pages > m_maxPages) {
        return loopError(QStringLiteral("paging %1: more than %2 pages; stopped")
                             .arg(m_what)
                             .arg(m_maxPages),
            true);
    }
    QSet<QString> keySet(keys.cbegin(), keys.cend());
    const bool repeated = !keySet.isEmpty() && m_pages > 1 && m_lastKeys.contains(keySet);
    m_lastKeys = std::move(keySet);
    if (repeated) {
        return loopError(QStringLiteral("paging %1: page %2 repeats the %3 records of the page "
                                        "before (the server ignores the offset); stopped")
                             .arg(m_what)
                             .arg(m_pages)
                             .arg(m_lastKeys.size()));
    }
    return {};
}

ApiError PagingGuard::loopError(const QString &technical, bool ceiling) const
{
    qCWarning(lcConnectors).noquote() << m_system << technical;
    const QString sentence = ceiling
        ? tr("%1 sent more than %2 pages of %3, more than any real answer has, so LeadBridge "
             "stopped reading them instead of looping for ever. Sync again later; if it happens "
             "again, ask %1 support about paging.")
              .arg(m_system)
              .arg(m_maxPages)
              .arg(m_what)
        : tr("%1 kept sending the same pages of %2, so LeadBridge stopped reading them instead "
             "of looping for ever. Sync again later; if it happens again, ask %1 support about "
             "paging.")
              .arg(m_system, m_what);
    ApiError e(ApiError::Kind::Malformed, sentence, technical);
    e.setRetryable(false);
    return e;
}

} // namespace LeadBridge
