// The History page over a journal with seeded runs and record changes: the words a person
// reads, paging, filters, search, sorting, the record changes of a run, copy, remembered
// column widths, the empty state and the CSV file an export writes, byte for byte.
#include "core/model/RunWords.h"
#include "core/store/AccountRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/HistoryQuery.h"
#include "core/store/Journal.h"
#include "core/store/RunRepository.h"
#include "core/util/AppPaths.h"
#include "core/util/CsvWriter.h"
#include "tests/support/AppTestEnvironment.h"
#include "tests/support/TestEnv.h"
#include "ui/EmptyState.h"
#include "ui/HistoryPage.h"
#include "ui/accounts/ErrorBanner.h"
#include "core/store/ChangeCsvExport.h"
#include "ui/history/ChangeListModel.h"
#include "ui/history/RunListModel.h"
#include "ui/history/TableClipboard.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

class TestHistoryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void csvWriterFollowsRfc4180();
    void emptyStateTeaches();
    void runsShowStatusWordsAndCounts();
    void runsArePagedWithFetchMore();
    void filterByFlowAndStatus();
    void searchRuns();
    void sortRunsInSql();
    void selectedRunShowsItsChanges();
    void changeFilterAndSearch();
    void changesArePaged();
    void changeListReadsInIndexOrder();
    void exportCsvWritesEveryChange();
    void exportHonoursFilterAndReportsFailure();
    void copySelectedRows();
    void columnWidthsRemembered();
    void refreshShowsNewRun();
    void modelsPassTester();
    void exportWritesFormulasAsText();

private:
    qint64 seedRun(qint64 flowId, RunTrigger trigger, RunMode mode, RunStatus status,
        const QList<RecordChange> &changes, int calls, const QString &error = {});
    static RecordChange change(const QString &system, const QString &key, ChangeOperation op,
        const QString &field = {}, const QString &oldValue = {}, const QString &newValue = {},
        const QString &reason = {});
    int rowOfRun(qint64 runId) const { return m_page->runModel()->rowOfRun(runId); }
    QString runCell(qint64 runId, int column) const
    {
        return m_page->runModel()->index(rowOfRun(runId), column).data().toString();
    }

    Test::AppTestEnvironment m_env;
    QTemporaryDir m_outDir;
    Journal m_journal;
    std::unique_ptr<HistoryPage> m_page;
    qint64 m_contacts = 0; ///< F2 flow
    qint64 m_webinars = 0; ///< F1 flow
    qint64 m_runWithErrors = 0;
    qint64 m_preview = 0;
    qint64 m_failed = 0;
    qint64 m_cancelled = 0;
    qint64 m_bigRun = 0;
};

RecordChange TestHistoryPage::change(const QString &system, const QString &key, ChangeOperation op,
    const QString &field, const QString &oldValue, const QString &newValue, const QString &reason)
{
    RecordChange c;
    c.system = system;
    c.object = system == u"acton"_s ? u"Contact"_s : u"Lead"_s;
    c.recordKey = key;
    c.operation = op;
    c.field = field;
    c.oldValue = oldValue;
    c.newValue = newValue;
    c.reason = reason;
    return c;
}

qint64 TestHistoryPage::seedRun(qint64 flowId, RunTrigger trigger, RunMode mode, RunStatus status,
    const QList<RecordChange> &changes, int calls, const QString &error)
{
    RunRepository runs(m_journal);
    const auto started = runs.startRun(flowId, trigger, mode);
    if (!started)
        return 0;
    if (!changes.isEmpty() && !runs.addChanges(started->id, changes))
        return 0;
    if (status != RunStatus::Running && !runs.finishRun(started->id, status, calls, error))
        return 0;
    return started->id;
}

void TestHistoryPage::initTestCase()
{
    QVERIFY(m_env.start(u"tst_historypage"_s));
    QVERIFY(m_journal.open());

    // An empty journal first: the page teaches.
    m_page = std::make_unique<HistoryPage>();
    m_page->setJournal(&m_journal);
    m_page->resize(1200, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestHistoryPage::cleanupTestCase()
{
    m_page.reset();
    m_journal.close();
}

void TestHistoryPage::csvWriterFollowsRfc4180()
{
    QCOMPARE(CsvWriter::field(u"plain"_s), u"plain"_s);
    QCOMPARE(CsvWriter::field(u"a,b"_s), u"\"a,b\""_s);
    QCOMPARE(CsvWriter::field(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    QCOMPARE(CsvWriter::field(u"two\nlines"_s), u"\"two\nlines\""_s);
    QCOMPARE(CsvWriter::field(u"cr\rhere"_s), u"\"cr\rhere\""_s);
    QCOMPARE(CsvWriter::field(QString()), QString());
    QCOMPARE(CsvWriter::record({ u"a"_s, QString(), u"M\u00fcller, J"_s }),
        QByteArray("a,,\"M\xc3\xbcller, J\"\r\n"));
}

void TestHistoryPage::emptyStateTeaches()
{
    QVERIFY(m_page->isShowingEmptyState());
    auto *empty = m_page->findChild<EmptyState *>();
    QVERIFY(empty && empty->isVisible());
    QCOMPARE(empty->title(), u"No runs recorded yet"_s);
    QCOMPARE(m_page->runModel()->rowCount(), 0);

    // Seed the journal: three accounts, two flows, runs of every kind.
    AccountRepository accounts(m_journal);
    Account acton;
    acton.kind = AccountKind::ActOn;
    acton.name = u"Marketing"_s;
    Account sf;
    sf.kind = AccountKind::Salesforce;
    sf.name = u"Sales"_s;
    Account on24;
    on24.kind = AccountKind::On24;
    on24.name = u"Webinars"_s;
    const auto a = accounts.add(acton);
    const auto s = accounts.add(sf);
    const auto o = accounts.add(on24);
    QVERIFY(a && s && o);
    FlowRepository flows(m_journal);
    Flow f2;
    f2.kind = FlowKind::CrmContactSync;
    f2.name = u"Contacts two-way"_s;
    f2.sourceAccountId = s->id;
    f2.targetAccountId = a->id;
    Flow f1;
    f1.kind = FlowKind::WebinarImport;
    f1.name = u"Webinar import"_s;
    f1.sourceAccountId = o->id;
    f1.targetAccountId = a->id;
    const auto flow2 = flows.add(f2);
    const auto flow1 = flows.add(f1);
    QVERIFY(flow2 && flow1);
    m_contacts = flow2->id;
    m_webinars = flow1->id;

    // 230 quiet webinar runs, for paging.
    QVERIFY(m_journal.database().transaction());
    for (int i = 0; i < 230; ++i)
        QVERIFY(seedRun(
            m_webinars, RunTrigger::Schedule, RunMode::Incremental, RunStatus::Succeeded, {}, 2));
    QVERIFY(m_journal.database().commit());

    m_runWithErrors
        = seedRun(m_contacts, RunTrigger::Manual, RunMode::Full, RunStatus::SucceededWithErrors,
            {
                change(u"acton"_s, u"ann@example.com"_s, ChangeOperation::Create, u"Email"_s, {},
                    u"ann@example.com"_s),
                change(u"acton"_s, u"ann@example.com"_s, ChangeOperation::Create, u"Company"_s, {},
                    u"Müller, Schmidt & \"Partner\""_s),
                change(u"salesforce"_s, u"00Q000000000001AAA"_s, ChangeOperation::Update,
                    u"Phone"_s, u"+49 30 1234"_s, u"+49 30 9876"_s),
                change(u"salesforce"_s, u"00Q000000000002AAA"_s, ChangeOperation::Update,
                    u"Description"_s, u"line one\nline two"_s, u"one line"_s),
                change(u"acton"_s, u"bob@example.com"_s, ChangeOperation::Skip, {}, {}, {},
                    u"No change since the last sync."_s),
                change(u"acton"_s, u"carol@example.com"_s, ChangeOperation::Conflict, u"Title"_s,
                    u"CTO"_s, u"CEO"_s, u"Changed on both sides; Salesforce wins."_s),
                change(u"salesforce"_s, u"dave@example.com"_s, ChangeOperation::Error, {}, {}, {},
                    u"Salesforce refused the lead: Last Name is required."_s),
            },
            17);
    m_preview = seedRun(m_contacts, RunTrigger::Cli, RunMode::Preview, RunStatus::Succeeded,
        { change(u"acton"_s, u"erin@example.com"_s, ChangeOperation::Create, u"Email"_s, {},
            u"erin@example.com"_s) },
        4);
    m_failed = seedRun(m_contacts, RunTrigger::Schedule, RunMode::Incremental, RunStatus::Failed,
        {}, 1, u"Salesforce did not accept the saved password. Update it on the Accounts page."_s);
    m_cancelled = seedRun(
        m_contacts, RunTrigger::Manual, RunMode::Incremental, RunStatus::Cancelled, {}, 3);
    QList<RecordChange> many;
    for (int i = 0; i < 1234; ++i)
        many.append(change(u"acton"_s, u"person%1@example.com"_s.arg(i, 4, 10, QLatin1Char('0')),
            i % 10 == 0 ? ChangeOperation::Error : ChangeOperation::Create, u"Email"_s, {},
            u"person%1@example.com"_s.arg(i, 4, 10, QLatin1Char('0')),
            i % 10 == 0 ? u"Act-On refused the address."_s : QString()));
    m_bigRun = seedRun(
        m_contacts, RunTrigger::Manual, RunMode::Full, RunStatus::SucceededWithErrors, many, 9);
    QVERIFY(m_runWithErrors && m_preview && m_failed && m_cancelled && m_bigRun);

    m_page->refresh();
    QVERIFY(!m_page->isShowingEmptyState());
    QVERIFY(m_page->runTable()->isVisible());
}

void TestHistoryPage::runsShowStatusWordsAndCounts()
{
    // Newest first.
    QCOMPARE(m_page->runModel()->runAt(0).run.id, m_bigRun);
    using C = RunListModel;
    QCOMPARE(runCell(m_runWithErrors, C::FlowColumn), u"Contacts two-way"_s);
    QCOMPARE(runCell(m_runWithErrors, C::StatusColumn), u"Succeeded with errors"_s);
    QCOMPARE(runCell(m_runWithErrors, C::TriggerColumn), u"Manual"_s);
    QCOMPARE(runCell(m_runWithErrors, C::ModeColumn), u"Full"_s);
    QCOMPARE(runCell(m_runWithErrors, C::CreatedColumn), u"1"_s); // two fields, one record
    QCOMPARE(runCell(m_runWithErrors, C::UpdatedColumn), u"2"_s);
    QCOMPARE(runCell(m_runWithErrors, C::SkippedColumn), u"1"_s);
    QCOMPARE(runCell(m_runWithErrors, C::ConflictsColumn), u"1"_s);
    QCOMPARE(runCell(m_runWithErrors, C::ErrorsColumn), u"1"_s);
    QCOMPARE(runCell(m_runWithErrors, C::CallsColumn), u"17"_s);
    QVERIFY(runCell(m_runWithErrors, C::DurationColumn).endsWith(u" s"_s));
    QCOMPARE(runCell(m_preview, C::ModeColumn), u"Preview"_s);
    QCOMPARE(runCell(m_preview, C::TriggerColumn), u"Command line"_s);
    QCOMPARE(runCell(m_preview, C::StatusColumn), u"Succeeded"_s);
    QCOMPARE(runCell(m_failed, C::StatusColumn), u"Failed"_s);
    QCOMPARE(runCell(m_failed, C::TriggerColumn), u"Schedule"_s);
    QCOMPARE(runCell(m_failed, C::ErrorColumn),
        u"Salesforce did not accept the saved password. Update it on the Accounts page."_s);
    QCOMPARE(runCell(m_cancelled, C::StatusColumn), u"Cancelled"_s);
    QCOMPARE(
        m_page->runModel()->headerData(C::StatusColumn, Qt::Horizontal).toString(), u"Status"_s);
    // Every status word of DESIGN.md §6.
    QStringList words;
    for (RunStatus s : RunWords::allStatuses())
        words << RunWords::status(s);
    QCOMPARE(words,
        QStringList({ u"Queued"_s, u"Running"_s, u"Succeeded"_s, u"Succeeded with errors"_s,
            u"Failed"_s, u"Cancelled"_s }));
    QCOMPARE(
        RunWords::duration(QDateTime::fromSecsSinceEpoch(0), QDateTime::fromSecsSinceEpoch(185)),
        u"3 min 05 s"_s);
}

void TestHistoryPage::runsArePagedWithFetchMore()
{
    RunListModel model; // (the model tester would fetch every page: see modelsPassTester)
    model.setPageSize(100);
    model.setJournal(&m_journal);
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 200);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 235); // 230 + 5
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.runAt(r).run.id);
    QCOMPARE(ids.size(), 235); // no row twice across pages
}

void TestHistoryPage::filterByFlowAndStatus()
{
    QComboBox *flow = m_page->flowFilter();
    QCOMPARE(flow->itemText(0), u"All flows"_s);
    flow->setCurrentIndex(flow->findText(u"Contacts two-way"_s));
    QCOMPARE(m_page->runModel()->rowCount(), 5);
    QComboBox *status = m_page->statusFilter();
    status->setCurrentIndex(status->findText(u"Failed"_s));
    QCOMPARE(m_page->runModel()->rowCount(), 1);
    QCOMPARE(m_page->runModel()->runAt(0).run.id, m_failed);
    status->setCurrentIndex(status->findText(u"Succeeded with errors"_s));
    QCOMPARE(m_page->runModel()->rowCount(), 2);
    flow->setCurrentIndex(flow->findText(u"Webinar import"_s));
    QCOMPARE(m_page->runModel()->rowCount(), 0);
    QVERIFY(m_page->findChild<QLabel *>(u"noMatchLabel"_s)->isVisible());
    status->setCurrentIndex(0);
    flow->setCurrentIndex(0);
    QCOMPARE(m_page->runModel()->rowCount(), 200); // first page
    QVERIFY(!m_page->findChild<QLabel *>(u"noMatchLabel"_s)->isVisible());
}

void TestHistoryPage::searchRuns()
{
    QLineEdit *search = m_page->runSearch();
    QTest::keyClicks(search, u"password"_s);
    QTRY_COMPARE(m_page->runModel()->rowCount(), 1);
    QCOMPARE(m_page->runModel()->runAt(0).run.id, m_failed);
    search->clear();
    QTest::keyClicks(search, u"two-WAY"_s); // flow name, any case
    QTRY_COMPARE(m_page->runModel()->rowCount(), 5);
    search->clear();
    QTest::keyClicks(search, QString::number(m_preview)); // run number
    QTRY_COMPARE(m_page->runModel()->rowCount(), 1);
    QCOMPARE(m_page->runModel()->runAt(0).run.id, m_preview);
    search->clear();
    QTest::keyClicks(search, u"100%"_s); // LIKE wildcards are literal
    QTRY_COMPARE(m_page->runModel()->rowCount(), 0);
    search->clear();
    QTRY_COMPARE(m_page->runModel()->rowCount(), 200);
}

void TestHistoryPage::sortRunsInSql()
{
    QTableView *table = m_page->runTable();
    table->sortByColumn(RunListModel::ConflictsColumn, Qt::DescendingOrder);
    QCOMPARE(m_page->runModel()->runAt(0).run.id, m_runWithErrors);
    table->sortByColumn(RunListModel::ErrorsColumn, Qt::DescendingOrder);
    QCOMPARE(m_page->runModel()->runAt(0).run.id, m_bigRun); // 124 errors
    table->sortByColumn(RunListModel::FlowColumn, Qt::AscendingOrder);
    QCOMPARE(m_page->runModel()->runAt(0).flowName, u"Contacts two-way"_s);
    table->sortByColumn(RunListModel::StartedColumn, Qt::DescendingOrder);
    QCOMPARE(m_page->runModel()->runAt(0).run.id, m_bigRun);
}

void TestHistoryPage::selectedRunShowsItsChanges()
{
    QVERIFY(m_page->selectRun(m_runWithErrors));
    QCOMPARE(m_page->selectedRunId(), m_runWithErrors);
    ChangeListModel *changes = m_page->changeModel();
    QCOMPARE(changes->rowCount(), 7);
    QCOMPARE(changes->index(0, ChangeListModel::SystemColumn).data().toString(), u"Act-On"_s);
    QCOMPARE(changes->index(0, ChangeListModel::OperationColumn).data().toString(), u"Create"_s);
    QCOMPARE(changes->index(2, ChangeListModel::SystemColumn).data().toString(), u"Salesforce"_s);
    QCOMPARE(
        changes->index(2, ChangeListModel::OldValueColumn).data().toString(), u"+49 30 1234"_s);
    QCOMPARE(
        changes->index(2, ChangeListModel::NewValueColumn).data().toString(), u"+49 30 9876"_s);
    QCOMPARE(changes->index(6, ChangeListModel::ReasonColumn).data().toString(),
        u"Salesforce refused the lead: Last Name is required."_s);
    const QString detail = m_page->runDetailText();
    QVERIFY2(detail.contains(u"Succeeded with errors"_s), qPrintable(detail));
    QVERIFY2(
        detail.contains(u"1 created, 2 updated, 0 deleted, 1 skipped, 1 conflicts, 1 errors"_s),
        qPrintable(detail));
    QVERIFY2(detail.contains(u"17 API calls"_s), qPrintable(detail));
    QVERIFY(m_page->exportButton()->isEnabled());

    QVERIFY(m_page->selectRun(m_preview));
    QVERIFY(m_page->runDetailText().contains(u"nothing was written"_s));
    QCOMPARE(changes->rowCount(), 1);

    QVERIFY(m_page->selectRun(m_failed));
    QCOMPARE(changes->rowCount(), 0);
    auto *error = m_page->findChild<QLabel *>(u"runError"_s);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(),
        u"Salesforce did not accept the saved password. Update it on the Accounts page."_s);
}

void TestHistoryPage::changeFilterAndSearch()
{
    QVERIFY(m_page->selectRun(m_runWithErrors));
    QComboBox *op = m_page->operationFilter();
    op->setCurrentIndex(op->findText(u"Update"_s));
    QCOMPARE(m_page->changeModel()->rowCount(), 2);
    op->setCurrentIndex(op->findText(u"Conflict"_s));
    QCOMPARE(m_page->changeModel()->rowCount(), 1);
    QCOMPARE(m_page->changeModel()->changeAt(0).recordKey, u"carol@example.com"_s);
    op->setCurrentIndex(0);
    QTest::keyClicks(m_page->changeSearch(), u"schmidt & "_s); // in a new value, any case
    QTRY_COMPARE(m_page->changeModel()->rowCount(), 1);
    QCOMPARE(m_page->changeModel()->changeAt(0).field, u"Company"_s);
    m_page->changeSearch()->clear();
    QTest::keyClicks(m_page->changeSearch(), u"Last Name"_s); // in an error sentence
    QTRY_COMPARE(m_page->changeModel()->rowCount(), 1);
    m_page->changeSearch()->clear();
    QTRY_COMPARE(m_page->changeModel()->rowCount(), 7);

    // Sorting the changes runs in SQL too.
    m_page->changeTable()->sortByColumn(ChangeListModel::RecordColumn, Qt::DescendingOrder);
    QCOMPARE(m_page->changeModel()->changeAt(0).recordKey, u"dave@example.com"_s);
    m_page->changeTable()->sortByColumn(ChangeListModel::RecordColumn, Qt::AscendingOrder);
    QCOMPARE(m_page->changeModel()->changeAt(0).recordKey, u"00Q000000000001AAA"_s);
}

void TestHistoryPage::changesArePaged()
{
    QVERIFY(m_page->selectRun(m_bigRun));
    ChangeListModel *changes = m_page->changeModel();
    const int pageSize = changes->pageSize();
    changes->setPageSize(100); // 13 pages, more than the model keeps
    changes->refresh();
    QCOMPARE(changes->totalCount(), 1234);
    // One row per change from the start, but only the pages on show are held.
    QCOMPARE(changes->rowCount(), 1234);
    QCOMPARE(m_page->findChild<QLabel *>(u"changeCount"_s)->text(),
        QLocale().toString(1234) + u" changes"_s);
    QVERIFY(changes->cachedRows() <= changes->pageSize() * 2);
    // Scrolled to the end, the view shows the run's last change (read from the end).
    QTableView *table = m_page->changeTable();
    table->scrollToBottom();
    QCoreApplication::processEvents();
    const int bottom = table->rowAt(table->viewport()->height() - 2);
    QCOMPARE(bottom < 0 ? changes->rowCount() - 1 : bottom, 1233);
    QSqlQuery last(m_journal.database());
    QVERIFY(last.exec(u"SELECT MAX(id), MIN(id) FROM record_changes WHERE run_id = %1"_s.arg(m_bigRun)));
    QVERIFY(last.next());
    QCOMPARE(changes->changeAt(1233).id, last.value(0).toLongLong());
    QCOMPARE(changes->index(1233, ChangeListModel::RecordColumn).data().toString(),
        changes->changeAt(1233).recordKey);
    // Every row once, in the order recorded, across pages read from both ends; memory stays
    // bounded to a few pages however far the rows are apart.
    qint64 previous = last.value(1).toLongLong() - 1;
    QSet<qint64> seen;
    for (int row = 0; row < changes->rowCount(); ++row) {
        const RecordChange c = changes->changeAt(row);
        QVERIFY2(c.id > previous, qPrintable(u"row %1"_s.arg(row)));
        previous = c.id;
        seen.insert(c.id);
        QVERIFY(changes->cachedRows() <= changes->pageSize() * ChangeListModel::maxCachedPages());
    }
    QCOMPARE(seen.size(), 1234);
    // Sorted by record key, descending, the end of the list is the smallest key; the reversed
    // read returns the same rows as a read from the start.
    changes->sort(ChangeListModel::RecordColumn, Qt::DescendingOrder);
    QStringList fromModel;
    for (int row = 0; row < changes->rowCount(); ++row)
        fromModel << changes->changeAt(row).recordKey;
    QStringList sorted = fromModel;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QCOMPARE(fromModel, sorted);
    changes->sort(-1, Qt::AscendingOrder);
    changes->setPageSize(pageSize);
    changes->refresh();
}

void TestHistoryPage::exportCsvWritesEveryChange()
{
    QVERIFY(m_page->selectRun(m_runWithErrors));
    m_page->operationFilter()->setCurrentIndex(0);
    const QString path = m_outDir.filePath(u"changes.csv"_s);
    QSignalSpy done(m_page.get(), &HistoryPage::exportFinished);
    QVERIFY(m_page->exportChanges(path));
    QVERIFY(done.wait(10000));
    QCOMPARE(done.constFirst().at(0).toBool(), true);
    QCOMPARE(done.constFirst().at(1).toLongLong(), 7);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray run = QByteArray::number(m_runWithErrors);
    const QByteArray expected
        = "run,system,object,record_key,operation,field,old_value,new_value,reason\r\n" + run
        + ",acton,Contact,ann@example.com,create,Email,,ann@example.com,\r\n" + run
        + ",acton,Contact,ann@example.com,create,Company,,\"M\xc3\xbcller, Schmidt & "
          "\"\"Partner\"\"\",\r\n"
        + run + ",salesforce,Lead,00Q000000000001AAA,update,Phone,'+49 30 1234,'+49 30 9876,\r\n"
        + run
        + ",salesforce,Lead,00Q000000000002AAA,update,Description,\"line one\nline two\",one "
          "line,\r\n"
        + run + ",acton,Contact,bob@example.com,skip,,,,No change since the last sync.\r\n" + run
        + ",acton,Contact,carol@example.com,conflict,Title,CTO,CEO,Changed on both sides; "
          "Salesforce wins.\r\n"
        + run
        + ",salesforce,Lead,dave@example.com,error,,,,Salesforce refused the lead: Last Name is "
          "required.\r\n";
    QCOMPARE(file.readAll(), expected);
    QCOMPARE(m_page->banner()->text(),
        u"Saved 7 record changes to “%1”."_s.arg(QDir::toNativeSeparators(path)));
}

void TestHistoryPage::exportHonoursFilterAndReportsFailure()
{
    // The big run, errors only: every matching change, not only the loaded page.
    QVERIFY(m_page->selectRun(m_bigRun));
    QComboBox *op = m_page->operationFilter();
    op->setCurrentIndex(op->findText(u"Error"_s));
    const QString path = m_outDir.filePath(u"errors.csv"_s);
    QSignalSpy done(m_page.get(), &HistoryPage::exportFinished);
    QVERIFY(m_page->exportChanges(path));
    QVERIFY(done.wait(10000));
    QCOMPARE(done.constFirst().at(1).toLongLong(), 124);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 126); // header + 124 + the empty tail after the last CRLF
    QCOMPARE(lines.at(1),
        QByteArray::number(m_bigRun)
            + ",acton,Contact,person0000@example.com,error,Email,,person0000@example.com,Act-On "
              "refused the address.\r");
    op->setCurrentIndex(0);

    // A folder that does not exist: a sentence, and no file.
    done.clear();
    const QString bad = m_outDir.filePath(u"missing/folder/x.csv"_s);
    QVERIFY(m_page->exportChanges(bad));
    QVERIFY(done.wait(10000));
    QCOMPARE(done.constFirst().at(0).toBool(), false);
    const QString message = done.constFirst().at(3).toString();
    QVERIFY2(message.startsWith(u"LeadBridge could not write"_s), qPrintable(message));
    QCOMPARE(m_page->banner()->text(), message);
    QVERIFY(!QFile::exists(bad));
}

void TestHistoryPage::copySelectedRows()
{
    m_page->flowFilter()->setCurrentIndex(m_page->flowFilter()->findText(u"Contacts two-way"_s));
    QTableView *table = m_page->runTable();
    QVERIFY(m_page->selectRun(m_failed));
    table->selectionModel()->select(m_page->runModel()->index(rowOfRun(m_cancelled), 0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->setFocus();
    QApplication::clipboard()->clear();
    QTest::keySequence(table, QKeySequence::Copy);
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(u"Run\tFlow\tTrigger\tMode\tStarted"_s));
    QVERIFY(lines.at(1).startsWith(QString::number(m_cancelled) + u"\tContacts two-way"_s)
        || lines.at(2).startsWith(QString::number(m_cancelled) + u"\tContacts two-way"_s));
    QVERIFY(QApplication::clipboard()->text().contains(u"\tFailed\t"_s));
    QVERIFY(QApplication::clipboard()->text().contains(u"\tCancelled\t"_s));
    m_page->flowFilter()->setCurrentIndex(0);
}

void TestHistoryPage::columnWidthsRemembered()
{
    m_page->runTable()->horizontalHeader()->resizeSection(RunListModel::FlowColumn, 333);
    m_page->changeTable()->horizontalHeader()->resizeSection(ChangeListModel::FieldColumn, 222);
    m_page.reset(); // saves
    m_page = std::make_unique<HistoryPage>();
    m_page->setJournal(&m_journal);
    m_page->resize(1200, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QCOMPARE(m_page->runTable()->columnWidth(RunListModel::FlowColumn), 333);
    QCOMPARE(m_page->changeTable()->columnWidth(ChangeListModel::FieldColumn), 222);
}

void TestHistoryPage::refreshShowsNewRun()
{
    QVERIFY(m_page->selectRun(m_runWithErrors));
    const qint64 fresh
        = seedRun(m_webinars, RunTrigger::Manual, RunMode::Incremental, RunStatus::Running,
            { change(u"acton"_s, u"new@example.com"_s, ChangeOperation::Create) }, 0);
    QVERIFY(fresh);
    QCOMPARE(rowOfRun(fresh), -1);
    m_page->refresh();
    QCOMPARE(rowOfRun(fresh), 0);
    QCOMPARE(runCell(fresh, RunListModel::StatusColumn), u"Running"_s);
    QCOMPARE(m_page->selectedRunId(), m_runWithErrors); // the selection survives
    RunRepository runs(m_journal);
    QVERIFY(runs.finishRun(fresh, RunStatus::Succeeded, 5));
    m_page->refresh();
    QCOMPARE(runCell(fresh, RunListModel::StatusColumn), u"Succeeded"_s);
    QCOMPARE(runCell(fresh, RunListModel::CallsColumn), u"5"_s);
}

void TestHistoryPage::changeListReadsInIndexOrder()
{
    // A page of a run's changes in the order recorded, and their count, come from the
    // (run_id, id) index: no sort of the run's rows, no scan of the whole table.
    const auto plan = [this](const QString &sql) {
        QSqlQuery q(m_journal.database());
        q.prepare(u"EXPLAIN QUERY PLAN "_s + sql);
        q.addBindValue(m_bigRun);
        if (!q.exec())
            return QString();
        QStringList steps;
        while (q.next())
            steps << q.value(3).toString();
        return steps.join(u"; "_s);
    };
    const QString page = plan(u"SELECT id, run_id, system, object, record_key, operation, field, "
                              "old_value, new_value, reason FROM record_changes WHERE run_id = ? "
                              "ORDER BY id ASC LIMIT 500 OFFSET 1000"_s);
    QVERIFY2(page.contains(u"record_changes_run_order"_s), qPrintable(page));
    QVERIFY2(!page.contains(u"TEMP B-TREE"_s), qPrintable(page));
    const QString fromEnd = plan(u"SELECT id FROM record_changes WHERE run_id = ? ORDER BY id "
                                 "DESC LIMIT 500 OFFSET 0"_s);
    QVERIFY2(!fromEnd.contains(u"TEMP B-TREE"_s), qPrintable(fromEnd));
    const QString count = plan(u"SELECT COUNT(*) FROM record_changes WHERE run_id = ?"_s);
    QVERIFY2(count.contains(u"COVERING INDEX"_s), qPrintable(count));
}

void TestHistoryPage::modelsPassTester()
{
    RunListModel runs;
    ChangeListModel changes;
    QAbstractItemModelTester runTester(
        &runs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester changeTester(
        &changes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    runs.setPageSize(50);
    changes.setPageSize(100);
    runs.setJournal(&m_journal);
    changes.setJournal(&m_journal);
    QVERIFY(runs.rowCount() >= 50);
    RunFilter filter;
    filter.flowId = m_contacts;
    runs.setFilter(filter);
    QCOMPARE(runs.rowCount(), 5);
    runs.sort(RunListModel::CallsColumn, Qt::AscendingOrder);
    QCOMPARE(runs.runAt(0).run.callsUsed, 1);
    runs.setFilter(RunFilter());
    runs.refresh();
    ChangeFilter changeFilter;
    changeFilter.runId = m_bigRun;
    changes.setFilter(changeFilter);
    QVERIFY(changes.rowCount() >= 100);
    changes.sort(ChangeListModel::RecordColumn, Qt::DescendingOrder);
    QCOMPARE(changes.changeAt(0).recordKey, u"person1233@example.com"_s);
    changeFilter.operation = ChangeOperation::Error;
    changes.setFilter(changeFilter);
    QCOMPARE(changes.totalCount(), 124);
}

void TestHistoryPage::exportWritesFormulasAsText()
{
    // CsvWriter: = + - @ tab CR first become text; genuine numbers pass in numeric columns.
    QCOMPARE(CsvWriter::field(u"=1+1"_s), u"'=1+1"_s);
    QCOMPARE(CsvWriter::field(u"-5"_s), u"'-5"_s);
    QCOMPARE(CsvWriter::field(u"-5"_s, CsvWriter::Column::Number), u"-5"_s);
    QCOMPARE(CsvWriter::field(u"-12.5e3"_s, CsvWriter::Column::Number), u"-12.5e3"_s);
    QCOMPARE(CsvWriter::field(u"+7"_s, CsvWriter::Column::Number), u"+7"_s);
    QCOMPARE(CsvWriter::field(u"-2+3+cmd|' /C calc'!A0"_s, CsvWriter::Column::Number),
        u"'-2+3+cmd|' /C calc'!A0"_s);
    QCOMPARE(CsvWriter::field(u"=HYPERLINK(\"http://x.invalid\",\"a\")"_s),
        u"\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"a\"\")\""_s);
    QCOMPARE(CsvWriter::field(u"a=b"_s), u"a=b"_s); // only the first character counts
    QCOMPARE(CsvWriter::field(u" =x"_s), u" =x"_s);

    // The history export of a run whose remote data holds formula-like cells.
    const qint64 runId = seedRun(m_contacts, RunTrigger::Manual, RunMode::Incremental,
        RunStatus::SucceededWithErrors,
        { change(u"salesforce"_s, u"=1+1"_s, ChangeOperation::Update, u"Company"_s,
              u"Acme"_s, u"=HYPERLINK(\"http://evil.invalid\",\"Click\")"_s),
            change(u"salesforce"_s, u"00Q000000000009AAA"_s, ChangeOperation::Update,
                u"Title"_s, u"+SUM(A1:A9)"_s, u"-2+3+cmd|' /C calc'!A0"_s),
            change(u"acton"_s, u"@evil.example"_s, ChangeOperation::Update, u"Score"_s,
                u"\tTAB"_s, u"\rCR"_s),
            change(u"acton"_s, u"erin@example.com"_s, ChangeOperation::Error, {}, {}, {},
                u"=cmd|' /C calc'!A0"_s) },
        3);
    QVERIFY(runId > 0);
    ChangeFilter filter;
    filter.runId = runId;
    const QString path = m_outDir.filePath(u"formulas.csv"_s);
    const auto written = ChangeCsvExport::write(AppPaths::journalPath(), filter, path);
    QVERIFY2(written.ok(), qPrintable(written.errorString()));
    QCOMPARE(written.value(), 4);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray run = QByteArray::number(runId);
    const QByteArray expected
        = "run,system,object,record_key,operation,field,old_value,new_value,reason\r\n" + run
        + ",salesforce,Lead,'=1+1,update,Company,Acme,"
          "\"'=HYPERLINK(\"\"http://evil.invalid\"\",\"\"Click\"\")\",\r\n"
        + run + ",salesforce,Lead,00Q000000000009AAA,update,Title,'+SUM(A1:A9),"
                "'-2+3+cmd|' /C calc'!A0,\r\n"
        + run + ",acton,Contact,'@evil.example,update,Score,'\tTAB,\"'\rCR\",\r\n" + run
        + ",acton,Contact,erin@example.com,error,,,,'=cmd|' /C calc'!A0\r\n";
    QCOMPARE(file.readAll(), expected);
}

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
