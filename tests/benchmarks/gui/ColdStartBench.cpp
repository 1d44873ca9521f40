#include "tests/benchmarks/gui/ColdStartBench.h"

#include "core/store/Journal.h"
#include "core/util/AppPaths.h"
#include "tests/benchmarks/gui/PaintProbe.h"
#include "ui/AppSession.h"
#include "ui/MainWindow.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>

#include <ctime>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace LeadBridge::Bench {

double ColdStartBench::s_toMainMs = -1;
double ColdStartBench::s_applicationMs = -1;
QElapsedTimer ColdStartBench::s_sinceMain;

namespace {

/// Milliseconds since this process started (Linux: field 22 of /proc/self/stat, in clock
/// ticks since boot, against CLOCK_BOOTTIME). Resolution: one clock tick (10 ms).
double msSinceProcessStart()
{
    QFile f(u"/proc/self/stat"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // The command name (field 2) may hold spaces: count fields after its closing ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const qint64 startTicks = fields.value(22 - 3).toLongLong();
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - double(startTicks) * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

} // namespace

void ColdStartBench::noteMainEntered()
{
    s_sinceMain.start();
    s_toMainMs = msSinceProcessStart();
}

void ColdStartBench::noteApplicationCreated()
{
    s_applicationMs = double(s_sinceMain.nsecsElapsed()) / 1e6;
}

BenchResult ColdStartBench::run()
{
    BenchResult result;
    result.name = u"cold-start"_s;
    const double beforeSession = double(s_sinceMain.nsecsElapsed()) / 1e6;
    AppSession session;
    AppSession::Options options;
    options.tray = false;
    session.start(options);
    const double started = double(s_sinceMain.nsecsElapsed()) / 1e6;
    MainWindow &window = session.window();
    window.resize(1280, 800);
    PaintProbe probe;
    probe.arm(&window, s_sinceMain);
    window.show();
    const bool painted = probe.wait(120000);
    const double paintedMs = probe.paintedMs();
    result.firstPaintMs = s_toMainMs + paintedMs;
    result.wallSeconds = result.firstPaintMs / 1000.0;
    result.phaseSeconds[u"to_main"_s] = s_toMainMs / 1000.0;
    result.phaseSeconds[u"application"_s] = s_applicationMs / 1000.0;
    result.phaseSeconds[u"arguments"_s] = (beforeSession - s_applicationMs) / 1000.0;
    result.phaseSeconds[u"session"_s] = (started - beforeSession) / 1000.0;
    result.phaseSeconds[u"first_paint"_s] = (paintedMs - started) / 1000.0;
    result.peakRssMb = BenchResult::peakRssMbNow();

    const qint64 bytes = QFileInfo(AppPaths::journalPath()).size();
    qint64 changes = 0;
    if (session.isJournalOpen()) {
        QSqlQuery q(session.journal().database());
        if (q.exec(u"SELECT MAX(id) FROM record_changes"_s) && q.next())
            changes = q.value(0).toLongLong();
    }
    result.count = changes;
    const QLocale c = QLocale::c();
    result.verified = painted && session.isJournalOpen();
    result.verification = u"main window painted %1 ms after the process started (%2 ms to "
                          "main, clock-tick resolution 10 ms), journal open: %3, %4 MB, about "
                          "%5 record changes, page on show: %6"_s
                              .arg(QString::number(result.firstPaintMs, 'f', 1),
                                  QString::number(s_toMainMs, 'f', 0),
                                  session.isJournalOpen() ? u"yes"_s : u"no"_s,
                                  QString::number(double(bytes) / 1048576.0, 'f', 0),
                                  c.toString(changes), session.window().currentPageName());
    return result;
}

} // namespace LeadBridge::Bench
