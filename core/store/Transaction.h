#pragma once

#include <QSqlDatabase>

namespace LeadBridge {

/// A write transaction (BEGIN IMMEDIATE, so a second writer waits on
/// busy_timeout instead of failing half-way). Rolls back unless committed.
class Transaction
{
public:
    /// Begins the transaction on @p db; check isActive().
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// True when BEGIN succeeded and neither commit() nor rollback() ran yet.
    bool isActive() const { return m_active; }
    /// Commits; on failure rolls back and returns false.
    bool commit();
    /// Rolls back (no-op when not active).
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace LeadBridge
