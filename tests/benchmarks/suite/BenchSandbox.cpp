#include "tests/benchmarks/suite/BenchSandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace LeadBridge::Bench {

namespace {

/// Splits one endpoint line into words; double-quoted words may hold spaces and \" escapes.
QStringList words(const QString &line)
{
    QStringList out;
    QString word;
    bool quoted = false, any = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'\\' && i + 1 < line.size())
                word += line.at(++i);
            else if (c == u'"')
                quoted = false;
            else
                word += c;
        } else if (c == u'"') {
            quoted = any = true;
        } else if (c.isSpace()) {
            if (any || !word.isEmpty())
                out.append(word);
            word.clear();
            any = false;
        } else {
            word += c;
            any = true;
        }
    }
    if (any || !word.isEmpty())
        out.append(word);
    return out;
}

} // namespace

bool BenchSandbox::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"cannot read the sandbox endpoints from %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    while (!f.atEnd()) {
        const QStringList w = words(QString::fromUtf8(f.readLine()).trimmed());
        if (w.size() < 2 || !w.at(1).startsWith(u"http://"_s))
            continue;
        m_urls.insert(w.at(0), QUrl(w.at(1)));
        QVariantMap creds;
        for (qsizetype i = 2; i < w.size(); ++i) {
            const qsizetype eq = w.at(i).indexOf(u'=');
            if (eq > 0)
                creds.insert(w.at(i).left(eq), w.at(i).mid(eq + 1));
        }
        m_credentials.insert(w.at(0), creds);
    }
    if (m_urls.isEmpty()) {
        *error = u"%1 holds no sandbox endpoint lines"_s.arg(path);
        return false;
    }
    return true;
}

Test::RawReply BenchSandbox::call(
    const QString &emulator, const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    QUrl u = m_urls.value(emulator);
    const qsizetype q = path.indexOf(u'?');
    u.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        u.setQuery(path.mid(q + 1));
    return m_http.send(verb, u, { { QByteArray("Content-Type"), QByteArray("application/json") } },
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
        300000);
}

QJsonObject BenchSandbox::counters(const QString &emulator)
{
    return call(emulator, "GET", u"/_sandbox/counters"_s).json();
}

void BenchSandbox::resetCounters(const QString &emulator)
{
    call(emulator, "POST", u"/_sandbox/counters/reset"_s);
}

bool BenchSandbox::advanceClocks(qint64 seconds)
{
    bool ok = true;
    for (auto it = m_urls.cbegin(); it != m_urls.cend(); ++it)
        ok = call(it.key(), "POST", u"/_sandbox/clock"_s, { { u"advanceSeconds"_s, seconds } })
                 .status
                == 200
            && ok;
    return ok;
}

bool BenchSandbox::forEachRecord(const QString &emulator, const QString &object, int pageSize,
    const std::function<void(const QJsonObject &)> &onRecord, QString *error)
{
    for (qint64 offset = 0;; offset += pageSize) {
        const Test::RawReply r = call(emulator, "GET",
            u"/_sandbox/records/%1?offset=%2&limit=%3"_s.arg(object).arg(offset).arg(pageSize));
        if (r.status != 200) {
            *error = u"%1 records of %2 could not be read (HTTP %3): %4"_s.arg(
                emulator, object, QString::number(r.status), QString::fromUtf8(r.body.left(300)));
            return false;
        }
        const QJsonArray rows = r.json().value(u"records"_s).toArray();
        for (const QJsonValue &v : rows)
            onRecord(v.toObject());
        if (rows.size() < pageSize)
            return true;
    }
}

} // namespace LeadBridge::Bench
