#include "tests/benchmarks/suite/BenchResult.h"

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

QJsonObject BenchResult::toJson() const
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
            verification, extraText);
}

} // namespace LeadBridge::Bench
