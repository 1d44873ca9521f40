#include "tests/support/DemoPeople.h"

#include <QTimeZone>

namespace LeadBridge::Test {

Sandbox::DemoPerson DemoPeople::person(
    int index, const QString &first, const QString &last, const QString &email)
{
    Sandbox::DemoPerson p;
    p.index = index;
    p.firstName = first;
    p.lastName = last;
    p.email = email;
    p.createdAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    p.modifiedAt = p.createdAt;
    return p;
}

Sandbox::DemoPerson DemoPeople::person(int index, const QString &first, const QString &last,
    const QString &email, const QString &company, int score)
{
    Sandbox::DemoPerson p = person(index, first, last, email);
    p.company = company;
    p.score = score;
    return p;
}

QList<Sandbox::DemoUser> DemoPeople::ownerAndSeller()
{
    return { Sandbox::DemoUser { QStringLiteral("Olga"), QStringLiteral("Owner"),
                 QStringLiteral("olga@demo.example") },
        Sandbox::DemoUser {
            QStringLiteral("Sam"), QStringLiteral("Seller"), QStringLiteral("sam@demo.example") } };
}

} // namespace LeadBridge::Test
