#include "tests/benchmarks/gui/HistoryOpenBench.h"

#include "core/store/Journal.h"
#include "core/util/AppPaths.h"
#include "tests/benchmarks/gui/PaintProbe.h"
#include "ui/AppSession.h"
#include "ui/HistoryPage.h"
#include "ui/MainWindow.h"
#include "ui/history/ChangeListModel.h"
#include "ui/history/RunListModel.h"

#include <QApplication>
#include <QFileInfo>
#include <QSqlQuery>
#include <QListWidget>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace LeadBridge::Bench {

namespace {
constexpr int kPaintTimeoutMs = 120000;

double seconds(double ms)
{
    return ms / 1000.0;
}
} // namespace

BenchResult HistoryOpenBench::run(const QString &screenshot)
{
    BenchResult result;
    result.name = u"history-open"_s;
    const QLocale c = QLocale::c();
    QElapsedTimer wall;
    wall.start();
    AppSession session;
    AppSession::Options options;
    options.page = u"flows"_s;
    options.tray = false;
    session.start(options);
    if (!session.isJournalOpen()) {
        result.verification = u"the journal did not open"_s;
        return result;
    }
    MainWindow &window = session.window();
    window.resize(1280, 800);
    PaintProbe probe;
    probe.arm(&window, wall);
    window.show();
    if (!probe.wait(kPaintTimeoutMs)) {
        result.verification = u"the window was never painted"_s;
        return result;
    }
    result.phaseSeconds[u"window"_s] = seconds(probe.paintedMs());

    // Click "History" in the navigation, as a person does.
    auto *history = qobject_cast<HistoryPage *>(window.page(u"history"_s));
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    const int historyRow = int(MainWindow::pageNames().indexOf(u"history"_s));
    QElapsedTimer click;
    click.start();
    probe.arm(history, click);
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
        navigation->visualItemRect(navigation->item(historyRow)).center());
    if (!probe.wait(kPaintTimeoutMs)) {
        result.verification = u"the History page was never painted"_s;
        return result;
    }
    result.firstPaintMs = probe.paintedMs();
    result.phaseSeconds[u"history_page"_s] = seconds(probe.paintedMs());

    // Click the newest run (the list shows the newest first).
    QTableView *runs = history->runTable();
    QTableView *changeTable = history->changeTable();
    const QModelIndex newest = runs->model()->index(0, 0);
    const qint64 shownRunId = history->runModel()->runAt(0).run.id;
    click.restart();
    probe.arm(changeTable->viewport(), click);
    QTest::mouseClick(runs->viewport(), Qt::LeftButton, {}, runs->visualRect(newest).center());
    if (!probe.wait(kPaintTimeoutMs)) {
        result.verification = u"the run's changes were never painted"_s;
        return result;
    }
    const double runPaintMs = probe.paintedMs();
    result.phaseSeconds[u"run_changes"_s] = seconds(runPaintMs);

    // Scroll the change list to its end, as dragging the scroll bar down does.
    click.restart();
    probe.arm(changeTable->viewport(), click);
    changeTable->verticalScrollBar()->setValue(changeTable->verticalScrollBar()->maximum());
    if (!probe.wait(kPaintTimeoutMs)) {
        result.verification = u"the end of the change list was never painted"_s;
        return result;
    }
    result.endPaintMs = probe.paintedMs();
    result.phaseSeconds[u"scroll_to_end"_s] = seconds(probe.paintedMs());
    result.wallSeconds = double(wall.elapsed()) / 1000.0;

    ChangeListModel *model = history->changeModel();
    const int bottomRow = changeTable->rowAt(changeTable->viewport()->height() - 2);
    const int lastRow = bottomRow >= 0 ? bottomRow : model->rowCount() - 1;
    const RecordChange bottom = model->changeAt(lastRow);
    result.peakRssMb = BenchResult::peakRssMbNow();
    // What the journal holds, read after the clock stopped.
    qint64 newestRunId = 0, newestRunChanges = 0, runCount = 0;
    {
        Journal journal;
        if (journal.open(AppPaths::journalPath(), u"bench-history-check"_s)) {
            QSqlQuery q(journal.database());
            q.exec(u"SELECT (SELECT MAX(id) FROM runs), (SELECT COUNT(*) FROM runs), "
                   "(SELECT COUNT(*) FROM record_changes)"_s);
            if (q.next()) {
                newestRunId = q.value(0).toLongLong();
                runCount = q.value(1).toLongLong();
                result.count = q.value(2).toLongLong();
            }
            q.exec(u"SELECT COUNT(*) FROM record_changes WHERE run_id = %1"_s.arg(newestRunId));
            if (q.next())
                newestRunChanges = q.value(0).toLongLong();
        }
    }
    const QString fillText = u"journal of %1 changes in %2 runs, %3 MB"_s.arg(
        c.toString(result.count), c.toString(runCount),
        QString::number(double(QFileInfo(AppPaths::journalPath()).size()) / 1048576.0, 'f', 0));
    result.verified = newestRunId > 0 && shownRunId == newestRunId
        && model->totalCount() == newestRunChanges && model->filter().runId == newestRunId
        && bottom.runId == newestRunId && lastRow == model->rowCount() - 1
        && model->rowCount() == newestRunChanges;
    result.verification = u"%1; run %2 shown (newest: %3) with %4 changes (in the journal: %5); the "
                          "bottom row on show is change %6 of the run (row %7 of %8 in the "
                          "model), opened in %9 ms, scrolled in %10 ms"_s
                              .arg(fillText)
                              .arg(shownRunId)
                              .arg(newestRunId)
                              .arg(c.toString(model->totalCount()), c.toString(newestRunChanges))
                              .arg(c.toString(bottom.id))
                              .arg(c.toString(lastRow + 1), c.toString(model->rowCount()))
                              .arg(QString::number(runPaintMs, 'f', 1),
                                  QString::number(result.endPaintMs, 'f', 1));
    if (!screenshot.isEmpty())
        history->window()->grab().save(screenshot, "PNG");
    return result;
}

} // namespace LeadBridge::Bench
