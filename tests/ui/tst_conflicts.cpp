// The Conflicts view on the built-in sandbox (issue 15): the flow's rule is set to "Hold for
// review" in the flow editor, fields are changed on both sides in the emulators, Sync Now
// holds them, the Conflicts page lists both values side by side, "Keep the Act-On value"
// (for a whole person) is stored, and the next Sync Now writes it into the Salesforce
// emulator; the rows then say which run applied them. Real keychain, real engine thread,
// real HTTP to the in-process sandbox.
// With LEADBRIDGE_SCREENSHOT_DIR set, saves conflicts.png there (the docs picture).
#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/engine/RunLauncher.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/ConflictRepository.h"
#include "core/store/Journal.h"
#include "tests/support/AppTestEnvironment.h"
#include "tests/support/ui/AppWindowFixture.h"
#include "tests/support/ui/SandboxControl.h"
#include "ui/ConflictsPage.h"
#include "ui/FlowsPage.h"
#include "ui/MainWindow.h"
#include "ui/RunController.h"
#include "ui/accounts/ErrorBanner.h"
#include "ui/flows/CrmContactSyncForm.h"
#include "ui/flows/FlowEditorDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

class TestConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyStateBeforeAnyConflict();
    void heldConflictResolvedInTheViewIsAppliedByTheNextRun();

private:
    RunOutcome syncNow();
    /// Salesforce Lead of @p id as the emulator has it.
    QJsonObject lead(const QString &id);
    /// The row of @p email on the flow's Act-On list.
    QJsonObject listRow(const QString &email);
    int rowOf(const QString &email, const QString &field) const;

    Test::AppWindowFixture m_app;
    ConflictsPage *m_page = nullptr;
    qint64 m_flowId = 0;
    QUrl m_salesforce;
    QUrl m_acton;
    QString m_listId;
};

void TestConflicts::initTestCase()
{
    LEADBRIDGE_START_SANDBOX_APP(m_app, u"tst_conflicts"_s);
    m_flowId = m_app.addContactSync(u"Held contacts"_s, {}, &m_salesforce, &m_acton);
    QVERIFY(m_flowId > 0 && m_salesforce.isValid() && m_acton.isValid());

    QVERIFY(m_app.showWindow(QSize(1200, 760)));
    m_page = qobject_cast<ConflictsPage *>(m_app.window()->page(u"conflicts"_s));
    QVERIFY(m_page);
    m_page->setServices(&m_app.journal(), m_app.engine());
    m_app.window()->setCurrentPage(u"flows"_s);
    QVERIFY(m_app.flows()->selectFlow(m_flowId));
}

void TestConflicts::cleanupTestCase()
{
    m_app.close();
}

QJsonObject TestConflicts::lead(const QString &id)
{
    const QJsonArray rows
        = Test::SandboxControl::call(m_salesforce, "GET", u"/_sandbox/records/Lead?limit=100000"_s)
              .value(u"records"_s)
              .toArray();
    for (const QJsonValue &v : rows) {
        if (v.toObject().value(u"Id"_s).toString() == id)
            return v.toObject();
    }
    return {};
}

QJsonObject TestConflicts::listRow(const QString &email)
{
    for (int offset = 0;; offset += 1000) {
        const QJsonArray page = Test::SandboxControl::call(m_acton, "GET",
            u"/_sandbox/records/%1?offset=%2&limit=1000"_s.arg(m_listId).arg(offset))
                                    .value(u"records"_s)
                                    .toArray();
        for (const QJsonValue &v : page) {
            if (v.toObject().value(u"E-mail Address"_s).toString().trimmed().toLower() == email)
                return v.toObject();
        }
        if (page.size() < 1000)
            return {};
    }
}

int TestConflicts::rowOf(const QString &email, const QString &field) const
{
    const QList<ConflictRecord> &rows = m_page->conflicts();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).personKey == email && rows.at(i).field == field)
            return i;
    }
    return -1;
}

RunOutcome TestConflicts::syncNow()
{
    if (!m_app.flows()->selectFlow(m_flowId))
        return {};
    QSignalSpy ended(m_app.controller(), &RunController::runEnded);
    auto *bar = m_app.window()->findChild<QToolBar *>(u"syncToolBar"_s);
    QAction *sync = m_app.window()->findChild<QAction *>(u"syncNowAction"_s);
    if (!bar || !sync || !sync->isEnabled())
        return {};
    QTest::mouseClick(bar->widgetForAction(sync), Qt::LeftButton);
    if (!ended.wait(240000))
        return {};
    return ended.constFirst().constFirst().value<RunOutcome>();
}

void TestConflicts::emptyStateBeforeAnyConflict()
{
    m_app.window()->setCurrentPage(u"conflicts"_s);
    QVERIFY(m_page->isShowingEmptyState());
    QCOMPARE(m_page->openCount(), 0);
    QCOMPARE(
        m_app.window()->findChild<QListWidget *>(u"navigation"_s)->item(3)->text(), u"Conflicts"_s);
    m_app.window()->setCurrentPage(u"flows"_s);
}

void TestConflicts::heldConflictResolvedInTheViewIsAppliedByTheNextRun()
{
    // The first run adds the Salesforce people to the Act-On list.
    const RunOutcome first = syncNow();
    QVERIFY2(first.succeeded(), qPrintable(first.message));
    QCOMPARE(first.summary.mode, RunMode::Full);

    // "When both sides changed: Hold for review", set in the flow editor.
    QVERIFY(m_app.flows()->selectFlow(m_flowId));
    FlowEditorDialog *edit = m_app.flows()->editFlow();
    QVERIFY(edit);
    auto *form = qobject_cast<CrmContactSyncForm *>(edit->form());
    QVERIFY(form);
    const int review = form->conflictCombo()->findText(u"Hold for review"_s);
    QVERIFY(review >= 0);
    form->conflictCombo()->setCurrentIndex(review);
    QSignalSpy accepted(edit, &QDialog::accepted);
    QTRY_VERIFY(edit->okButton()->isEnabled());
    QTest::mouseClick(edit->okButton(), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QSqlQuery settings(m_app.journal().database());
    QVERIFY(settings.exec(u"SELECT settings FROM flows WHERE id = %1"_s.arg(m_flowId)));
    QVERIFY(settings.next());
    QVERIFY(settings.value(0).toString().contains(u"\"conflictRule\":\"review\""_s));
    settings.finish(); // an open statement would pin this connection's view of the journal

    // Two linked leads: Ada's first and last names and Bo's last name change on both sides.
    QSqlQuery q(m_app.journal().database());
    QVERIFY(q.exec(u"SELECT email_key, salesforce_id, acton_id FROM record_links WHERE flow_id = "
                   "%1 AND salesforce_type = 'lead' ORDER BY email_key LIMIT 2"_s.arg(m_flowId)));
    QStringList emails, leadIds;
    while (q.next()) {
        emails << q.value(0).toString();
        leadIds << q.value(1).toString();
    }
    QCOMPARE(emails.size(), 2);
    QVERIFY(q.exec(u"SELECT object FROM sync_cursors WHERE flow_id = %1 AND system = 'acton'"_s
                       .arg(m_flowId)));
    QVERIFY(q.next());
    m_listId = q.value(0).toString();
    q.finish();
    const QList<std::pair<int, QJsonObject>> crm
        = { { 0, { { u"FirstName"_s, u"Adah"_s }, { u"LastName"_s, u"Crm-Lovelace"_s } } },
              { 1, { { u"LastName"_s, u"Crm-Bo"_s } } } };
    const QList<std::pair<int, QJsonObject>> acton
        = { { 0, { { u"First Name"_s, u"Ada A."_s }, { u"Last Name"_s, u"ActOn-Lovelace"_s } } },
              { 1, { { u"Last Name"_s, u"ActOn-Bo"_s } } } };
    int status = 0;
    for (const auto &[i, fields] : crm) {
        Test::SandboxControl::call(m_salesforce, "PATCH", u"/_sandbox/records/Lead/%1"_s.arg(leadIds.at(i)), fields,
            &status);
        QVERIFY2(status >= 200 && status < 300, qPrintable(QString::number(status)));
    }
    for (const auto &[i, fields] : acton) {
        const QString id = listRow(emails.at(i)).value(u"_contact_id_"_s).toString();
        QVERIFY(!id.isEmpty());
        Test::SandboxControl::call(m_acton, "PATCH", u"/_sandbox/records/%1/%2"_s.arg(m_listId, id), fields, &status);
        QCOMPARE(status, 200);
    }

    const RunOutcome held = syncNow();
    QVERIFY2(held.succeeded(), qPrintable(held.message));
    QCOMPARE(held.summary.counts.conflicts, 2); // two people
    QCOMPARE(lead(leadIds.at(0)).value(u"LastName"_s).toString(), u"Crm-Lovelace"_s);
    QCOMPARE(listRow(emails.at(0)).value(u"Last Name"_s).toString(), u"ActOn-Lovelace"_s);

    // The Conflicts page: three rows, both values side by side, the count in the navigation.
    m_app.window()->setCurrentPage(u"conflicts"_s);
    QVERIFY(!m_page->isShowingEmptyState());
    QTableWidget *table = m_page->table();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(m_page->openCount(), 3);
    QCOMPARE(m_app.window()->findChild<QListWidget *>(u"navigation"_s)->item(3)->text(),
        u"Conflicts (3)"_s);
    QCOMPARE(table->horizontalHeaderItem(ConflictsPage::CrmValueColumn)->text(),
        u"Salesforce value"_s);
    const int adaLast = rowOf(emails.at(0), u"Last Name"_s);
    QVERIFY(adaLast >= 0);
    QCOMPARE(table->item(adaLast, ConflictsPage::CrmValueColumn)->text(), u"Crm-Lovelace"_s);
    QCOMPARE(table->item(adaLast, ConflictsPage::MarketingValueColumn)->text(),
        u"ActOn-Lovelace"_s);
    QCOMPARE(table->item(adaLast, ConflictsPage::FlowColumn)->text(), u"Held contacts"_s);
    QCOMPARE(table->item(adaLast, ConflictsPage::StatusColumn)->text(), u"Open"_s);
    QVERIFY(table->item(adaLast, ConflictsPage::FoundColumn)
                ->text()
                .contains(u"run %1"_s.arg(held.summary.id)));
    QCOMPARE(m_page->keepCrmButton()->text(), u"Keep the Salesforce value"_s);
    QVERIFY(!m_page->keepMarketingButton()->isEnabled()); // nothing selected yet

    // Select Ada's last name, then her whole record, and keep the Act-On values.
    const QRect cell = table->visualItemRect(table->item(adaLast, ConflictsPage::FieldColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QVERIFY(m_page->keepMarketingButton()->isEnabled());
    QTest::mouseClick(m_page->wholePersonButton(), Qt::LeftButton);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
    QSignalSpy decided(m_page, &ConflictsPage::decisionFinished);
    QTest::mouseClick(m_page->keepMarketingButton(), Qt::LeftButton);
    QVERIFY(decided.wait(10000));
    QCOMPARE(decided.constFirst().constFirst().toBool(), true);
    QCOMPARE(m_page->openCount(), 1);
    QCOMPARE(m_app.window()->findChild<QListWidget *>(u"navigation"_s)->item(3)->text(),
        u"Conflicts (1)"_s);
    const int after = rowOf(emails.at(0), u"Last Name"_s);
    QCOMPARE(table->item(after, ConflictsPage::StatusColumn)->text(),
        u"Keeps the Act-On value. Applied by the next run."_s);
    QCOMPARE(table->item(rowOf(emails.at(1), u"Last Name"_s), ConflictsPage::StatusColumn)->text(),
        u"Open"_s);

    const QString shots = qEnvironmentVariable("LEADBRIDGE_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(m_app.window()->grab().save(QDir(shots).filePath(u"conflicts.png"_s)));
    }

    // The next run writes Ada's Act-On values into Salesforce; Bo stays held.
    const RunOutcome applied = syncNow();
    QVERIFY2(applied.succeeded(), qPrintable(applied.message));
    QCOMPARE(lead(leadIds.at(0)).value(u"LastName"_s).toString(), u"ActOn-Lovelace"_s);
    QCOMPARE(lead(leadIds.at(0)).value(u"FirstName"_s).toString(), u"Ada A."_s);
    QCOMPARE(lead(leadIds.at(1)).value(u"LastName"_s).toString(), u"Crm-Bo"_s);
    QCOMPARE(listRow(emails.at(1)).value(u"Last Name"_s).toString(), u"ActOn-Bo"_s);
    QTRY_COMPARE(table->item(rowOf(emails.at(0), u"Last Name"_s), ConflictsPage::StatusColumn)
                     ->text(),
        u"Keeps the Act-On value. Applied by run %1."_s.arg(applied.summary.id));
    QCOMPARE(m_page->openCount(), 1);

    // An applied row cannot be decided again: the buttons stay off for it.
    m_page->selectConflicts({ m_page->conflicts().at(rowOf(emails.at(0), u"Last Name"_s)).id });
    QVERIFY(!m_page->keepCrmButton()->isEnabled());
    QVERIFY(!m_page->keepMarketingButton()->isEnabled());
}

QTEST_MAIN(TestConflicts)
#include "tst_conflicts.moc"
