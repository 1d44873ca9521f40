#include "core/store/Transaction.h"

#include "core/store/SqlSupport.h"

#include <QSqlQuery>

namespace LeadBridge {

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    QSqlQuery query(m_db);
    m_active = SqlSupport::exec(query, QStringLiteral("BEGIN IMMEDIATE"), "begin transaction");
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    if (SqlSupport::exec(query, QStringLiteral("COMMIT"), "commit transaction")) {
        m_active = false;
        return true;
    }
    rollback();
    return false;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    SqlSupport::exec(query, QStringLiteral("ROLLBACK"), "roll back transaction");
}

} // namespace LeadBridge
