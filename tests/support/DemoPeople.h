#pragma once

#include "core/sandbox/DemoDataset.h"

#include <QList>
#include <QString>

namespace LeadBridge::Test {

/// Hand-made people and users for the small demo worlds of the flow tests (F3, F4, F4 with
/// Salesforce, the Pipeliner connector), so that each test only says what is special about
/// its people.
class DemoPeople
{
public:
    /// Person @p index with the given names and address, created and last changed on
    /// 1 January 2026 at 09:00 UTC.
    static Sandbox::DemoPerson person(
        int index, const QString &first, const QString &last, const QString &email);
    /// As above, at @p company with the Act-On score @p score.
    static Sandbox::DemoPerson person(int index, const QString &first, const QString &last,
        const QString &email, const QString &company, int score);

    /// Olga Owner and Sam Seller (olga@demo.example, sam@demo.example), in that order.
    static QList<Sandbox::DemoUser> ownerAndSeller();
};

} // namespace LeadBridge::Test
