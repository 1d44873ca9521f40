#include "tests/benchmarks/suite/BenchResult.h"

#include <QFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace LeadBridge::Bench {

namespace {

double rounded(double v, int decimals)
{
    double f = 1;
    for (int i = 0; i < decimals; ++i)
        f *= 10;
    return double(qRound64(v * f)) / f;
}

} // namespace

void BenchResult::setRecords(const RunCounts &counts)
{
    created = counts.created;
    updated = counts.updated;
    deleted = counts.deleted;
    skipped = counts.skipped;
    errors = counts.errors;
}

double BenchResult::peakRssMbNow()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return double(line.mid(6).trimmed().split(' ').value(0).toLongLong()) / 1024.0;
    }
    return -1;
}

void BenchResult::resetPeakRss()
{
    QFile f(u"/proc/self/clear_refs"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

QJsonObject BenchResult::toJson() const
{
    QJsonObject out = coreJson();
    const auto optional = [&out](const QString &key, double ms) {
        if (ms >= 0)
            out.insert(key, rounded(ms, 1));
    };
    optional(u"max_stall_ms"_s, maxStallMs);
    optional(u"p99_gap_ms"_s, p99GapMs);
    optional(u"first_paint_ms"_s, firstPaintMs);
    optional(u"end_paint_ms"_s, endPaintMs);
    return out;
}

QJsonObject BenchResult::coreJson() const
{
    QJsonObject callsJson, phases;
    for (auto it = calls.cbegin(); it != calls.cend(); ++it)
        callsJson.insert(it.key(), it.value());
    for (auto it = phaseSeconds.cbegin(); it != phaseSeconds.cend(); ++it)
        phases.insert(it.key(), rounded(it.value(), 2));
    QJsonObject out { { u"name"_s, name }, { u"count"_s, count },
        { u"wall_s"_s, rounded(wallSeconds, 2) }, { u"peak_rss_mb"_s, rounded(peakRssMb, 1) },
        { u"calls"_s, callsJson }, { u"rate_limit_answers"_s, rateLimitAnswers },
        { u"journal_growth_mb"_s, rounded(journalGrowthMb, 1) }, { u"phases_s"_s, phases },
        { u"waiting_on_limits_s"_s, rounded(waitingOnLimitsSeconds, 2) },
        { u"records"_s,
            QJsonObject { { u"created"_s, created }, { u"updated"_s, updated },
                { u"deleted"_s, deleted }, { u"skipped"_s, skipped }, { u"errors"_s, errors } } },
        { u"verified"_s, verified }, { u"verification"_s, verification } };
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        out.insert(it.key(), rounded(it.value(), 1));
    return out;
}

QString BenchResult::toText() const
{
    QStringList callText, phaseText;
    for (auto it = calls.cbegin(); it != calls.cend(); ++it)
        callText.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
    for (auto it = phaseSeconds.cbegin(); it != phaseSeconds.cend(); ++it)
        phaseText.append(u"%1 %2 s"_s.arg(it.key(), QString::number(it.value(), 'f', 2)));
    QString extraText;
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        extraText += u"  %1 %2"_s.arg(it.key(), QString::number(it.value(), 'f', 1));
    QStringList guiText;
    const auto optional = [&guiText](const QString &label, double ms) {
        if (ms >= 0)
            guiText.append(u"%1 %2 ms"_s.arg(label, QString::number(ms, 'f', 1)));
    };
    optional(u"longest stall"_s, maxStallMs);
    optional(u"99th percentile gap"_s, p99GapMs);
    optional(u"first paint"_s, firstPaintMs);
    optional(u"paint at the end"_s, endPaintMs);
    return u"%1  count %2  wall %3 s  peak RSS %4 MB  calls: %5  rate-limit answers %6  "
           "journal +%7 MB  verified: %8%17\n"
           "    records: created %9, updated %10, deleted %11, skipped %12, errors %13\n"
           "    time: %14; waiting on limits %15 s\n    check: %16"_s
        .arg(name)
        .arg(count)
        .arg(QString::number(wallSeconds, 'f', 2), QString::number(peakRssMb, 'f', 1),
            callText.join(u", "_s))
        .arg(rateLimitAnswers)
        .arg(QString::number(journalGrowthMb, 'f', 1), verified ? u"yes"_s : u"NO"_s)
        .arg(created)
        .arg(updated)
        .arg(deleted)
        .arg(skipped)
        .arg(errors)
        .arg(phaseText.join(u", "_s), QString::number(waitingOnLimitsSeconds, 'f', 2),
            verification, extraText)
        + (guiText.isEmpty() ? QString() : u"\n    GUI: "_s + guiText.join(u", "_s));
}

} // namespace LeadBridge::Bench
