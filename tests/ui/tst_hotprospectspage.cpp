// The Hot Prospects page as a person uses it, against the built-in sandbox (real keychain,
// engine thread, in-process emulators): the empty state before accounts exist, the accounts
// pre-selected, Refresh with the flows' lists (not there yet: the sentence) and with all
// lists (the table: ranked per owner, at most 20 each), the owner filter, sorting by score,
// CSV export of the shown rows, an Act-On answering 500 (the sentence), and Cancel.
#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/Journal.h"
#include "tests/support/AppTestEnvironment.h"
#include "tests/support/RawHttp.h"
#include "tests/support/TestEnv.h"
#include "ui/EmptyState.h"
#include "ui/HotProspectsPage.h"
#include "ui/hotprospects/HotProspectsModel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadBridge;
using namespace Qt::Literals::StringLiterals;

class TestHotProspectsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyStateBeforeAccounts();
    void flowsListsMissingSaysSo();
    void refreshShowsRankedOwners();
    void ownerFilterAndSort();
    void exportWritesShownRows();
    void actOnServerErrorShowsSentence();
    void cancelStopsRefresh();
    void cleanupTestCase();

private:
    bool refreshAndWait(HotProspectsPage &page);
    QUrl actonUrl(const QString &path) const;

    Test::AppTestEnvironment m_env;
    Journal m_journal;
    CredentialStore m_store;
    std::unique_ptr<EngineHost> m_engine;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<HotProspectsPage> m_page;
    qint64 m_acton = 0;
    qint64 m_sf = 0;
    QList<QStringList> m_rows; ///< the table after refreshShowsRankedOwners
};

void TestHotProspectsPage::initTestCase()
{
    LEADBRIDGE_START_APP_TEST(m_env, u"tst_hotprospectspage"_s, m_store);

    QVERIFY(Test::AppTestEnvironment::openServices(m_journal, m_store, m_engine, m_accounts));
    m_page = std::make_unique<HotProspectsPage>();
    m_page->setServices(&m_journal, m_accounts.get(), &m_store, m_engine.get());
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestHotProspectsPage::cleanupTestCase()
{
    m_page.reset();
    m_accounts.reset();
    m_engine.reset();
}

QUrl TestHotProspectsPage::actonUrl(const QString &path) const
{
    const auto a = m_accounts->account(m_acton);
    QUrl u(a->settings.value(u"baseUrl"_s).toString());
    u.setPath(path);
    return u;
}

bool TestHotProspectsPage::refreshAndWait(HotProspectsPage &page)
{
    QSignalSpy done(&page, &HotProspectsPage::refreshFinished);
    QTest::mouseClick(page.refreshButton(), Qt::LeftButton);
    if (!page.isRefreshing())
        return false;
    return done.wait(60000) || !done.isEmpty();
}

void TestHotProspectsPage::emptyStateBeforeAccounts()
{
    QVERIFY(m_page->isShowingEmptyState());
    const auto *empty = m_page->findChild<EmptyState *>();
    QVERIFY(empty && empty->isVisible());
    const QList<QLabel *> labels = empty->findChildren<QLabel *>();
    bool said = false;
    for (const QLabel *l : labels)
        said |= l->text().contains(
            u"Link an Act-On account and a CRM account on the Accounts page first."_s);
    QVERIFY(said);
    QVERIFY(!m_page->refreshButton()->isVisible());

    // The sandbox links the four demo accounts (and the demo flows): the page follows.
    const AccountOperationResult sandbox = Test::AppTestEnvironment::trySandbox(*m_accounts);
    QVERIFY2(sandbox.ok, qPrintable(sandbox.message));
    QTRY_VERIFY(!m_page->isShowingEmptyState());
    const auto all = m_accounts->accounts();
    QVERIFY(all);
    for (const Account &a : all.value()) {
        if (a.kind == AccountKind::ActOn)
            m_acton = a.id;
        if (a.kind == AccountKind::Salesforce)
            m_sf = a.id;
    }
    QVERIFY(m_acton && m_sf);
    // One Act-On account: pre-selected. Two CRM accounts: both offered.
    QCOMPARE(m_page->actonCombo()->count(), 1);
    QCOMPARE(m_page->actonCombo()->currentText(), u"Sandbox Act-On"_s);
    QCOMPARE(m_page->crmCombo()->count(), 2);
    QVERIFY(m_page->selectAccounts(m_acton, m_sf));
    QCOMPARE(m_page->crmCombo()->currentText(), u"Sandbox Salesforce (Salesforce)"_s);
    QVERIFY(m_page->statusText().startsWith(u"Click Refresh"_s));
}

void TestHotProspectsPage::flowsListsMissingSaysSo()
{
    // The demo flows of the Salesforce account sync lists their first run creates.
    m_page->setAllLists(false);
    QVERIFY(refreshAndWait(*m_page));
    QVERIFY2(m_page->errorText().startsWith(
                 u"None of the Act-On lists the flows of these accounts use exists yet"_s),
        qPrintable(m_page->errorText()));
    QVERIFY(m_page->errorText().contains(u"“All lists”"_s));
    QCOMPARE(m_page->table()->model()->rowCount(), 0);
}

void TestHotProspectsPage::refreshShowsRankedOwners()
{
    m_page->setAllLists(true);
    QVERIFY(refreshAndWait(*m_page));
    QVERIFY2(m_page->errorText().isEmpty(), qPrintable(m_page->errorText()));
    m_rows = m_page->shownRows();
    QVERIFY(!m_rows.isEmpty());
    // Per owner: ranks 1, 2, 3 … at most 20, scores never rising, owners one after another.
    QHash<QString, int> perOwner;
    QHash<QString, double> lastScore;
    QStringList ownerOrder;
    QSet<QString> types;
    for (const QStringList &row : std::as_const(m_rows)) {
        const QString owner = row.at(HotProspectsModel::Owner);
        if (ownerOrder.isEmpty() || ownerOrder.constLast() != owner) {
            QVERIFY2(!ownerOrder.contains(owner), qPrintable(owner)); // grouped
            ownerOrder.append(owner);
        }
        const int rank = ++perOwner[owner];
        QCOMPARE(row.at(HotProspectsModel::Rank), QString::number(rank));
        QVERIFY(rank <= 20);
        const double score = QLocale().toDouble(row.at(HotProspectsModel::Score));
        if (lastScore.contains(owner))
            QVERIFY(score <= lastScore.value(owner));
        lastScore[owner] = score;
        QVERIFY(row.at(HotProspectsModel::Email).contains(u'@'));
        QVERIFY(!row.at(HotProspectsModel::Lists).isEmpty());
        types.insert(row.at(HotProspectsModel::Type));
    }
    QVERIFY(ownerOrder.size() >= 2);
    QCOMPARE(types, (QSet<QString> { u"Lead"_s, u"Contact"_s }));
    QCOMPARE(m_page->ownerCombo()->count(), ownerOrder.size() + 1); // + "All owners"
    QCOMPARE(m_page->ownerCombo()->itemText(0), u"All owners"_s);
    QVERIFY2(m_page->statusText().contains(u"are not in Salesforce, so no owner is known"_s),
        qPrintable(m_page->statusText()));
    QVERIFY(m_page->statusText().startsWith(u"%1 people shown"_s.arg(m_rows.size()))
        || m_page->statusText().contains(u"shown"_s));
    qInfo() << "Hot Prospects page:" << m_rows.size() << "rows," << ownerOrder.size() << "owners";
}

void TestHotProspectsPage::ownerFilterAndSort()
{
    QVERIFY(!m_rows.isEmpty());
    // The second owner only (keyboard: the combo is reachable and changes the table).
    const QString second = m_page->ownerCombo()->itemText(2);
    m_page->ownerCombo()->setFocus();
    m_page->ownerCombo()->setCurrentIndex(2);
    QList<QStringList> expected;
    for (const QStringList &row : std::as_const(m_rows)) {
        if (row.at(HotProspectsModel::Owner) == second)
            expected.append(row);
    }
    QCOMPARE(m_page->shownRows(), expected);
    // Sorting by score, lowest first, reverses the owner's ranking.
    m_page->table()->sortByColumn(HotProspectsModel::Score, Qt::AscendingOrder);
    const QList<QStringList> sorted = m_page->shownRows();
    QCOMPARE(sorted.constFirst().at(HotProspectsModel::Rank),
        expected.constLast().at(HotProspectsModel::Rank));
    for (int i = 1; i < sorted.size(); ++i)
        QVERIFY(QLocale().toDouble(sorted.at(i - 1).at(HotProspectsModel::Score))
            <= QLocale().toDouble(sorted.at(i).at(HotProspectsModel::Score)));
    // Back to the ranking as it came (no sort column).
    m_page->table()->sortByColumn(-1, Qt::AscendingOrder);
    m_page->showAllOwners();
    QCOMPARE(m_page->shownRows(), m_rows);
}

void TestHotProspectsPage::exportWritesShownRows()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"hot.csv"_s);
    QVERIFY(m_page->showOwner(m_page->ownerCombo()->itemData(1).toString()));
    const QList<QStringList> shown = m_page->shownRows();
    QVERIFY(m_page->exportCsv(file));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    // Header, one line per shown row, and the empty string after the last CRLF.
    QCOMPARE(lines.size(), shown.size() + 2);
    QVERIFY(lines.at(0).startsWith("Owner,Rank,Name,E-mail,Company,Score,Type,Lists"));
    QVERIFY(lines.at(1).contains(shown.at(0).at(HotProspectsModel::Email).toUtf8()));

    // Copy without a selection: the header and every row shown, tab-separated.
    m_page->table()->clearSelection();
    m_page->copyRows();
    const QStringList copied
        = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(copied.size(), shown.size() + 1);
    QVERIFY(copied.at(0).startsWith(u"Owner\tRank\tName\tE-mail"_s));
    QCOMPARE(copied.at(1), shown.at(0).join(u'\t'));
    m_page->showAllOwners();
}

void TestHotProspectsPage::actOnServerErrorShowsSentence()
{
    Test::RawHttp http;
    const QJsonObject faults { { u"errorRate"_s, 1.0 } };
    const auto put = http.send("PUT", actonUrl(u"/_sandbox/faults"_s),
        { { "Content-Type", "application/json" } }, QJsonDocument(faults).toJson());
    QCOMPARE(put.status, 200);
    const bool done = refreshAndWait(*m_page);
    http.send("PUT", actonUrl(u"/_sandbox/faults"_s), { { "Content-Type", "application/json" } },
        QJsonDocument(QJsonObject { { u"errorRate"_s, 0.0 } }).toJson());
    QVERIFY(done);
    QVERIFY2(m_page->errorText().startsWith(u"LeadBridge could not read the Act-On lists: "_s),
        qPrintable(m_page->errorText()));
    QVERIFY(m_page->errorText().endsWith(
        u"Check the account on the Accounts page, then refresh again."_s));
    // The last complete answer stays on show.
    QCOMPARE(m_page->shownRows(), m_rows);
}

void TestHotProspectsPage::cancelStopsRefresh()
{
    QSignalSpy done(m_page.get(), &HotProspectsPage::refreshFinished);
    QTest::mouseClick(m_page->refreshButton(), Qt::LeftButton);
    QVERIFY(m_page->isRefreshing());
    QVERIFY(m_page->cancelButton()->isVisible());
    QTest::mouseClick(m_page->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
    QVERIFY(!m_page->isRefreshing());
    QVERIFY2(m_page->errorText().startsWith(u"Refresh cancelled."_s), qPrintable(m_page->errorText()));
    QCOMPARE(m_page->shownRows(), m_rows);
    QVERIFY(m_page->refreshButton()->isEnabled());
}

QTEST_MAIN(TestHotProspectsPage)
#include "tst_hotprospectspage.moc"
